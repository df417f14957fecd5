-- Dishes across halls and days, for dish pages, search and watch lists. Rebuilt from a day's menu whenever the
-- day is stored (in the same transaction), so they always match what is stored in menu.

-- One row per normalised dish name (see dish/DishNames): "Cheeseburgers" and "cheeseburger" are one dish.
CREATE TABLE dish (
    slug   VARCHAR(200) PRIMARY KEY,
    name   VARCHAR(300) NOT NULL,
    normal VARCHAR(300) NOT NULL
);

-- The search index: every two-letter sequence of a dish's normal form. A query's pairs, all present, narrow the
-- dishes to a few candidates by primary key, which are then matched exactly: a substring search without a scan,
-- the same on PostgreSQL and H2.
CREATE TABLE dish_gram (
    gram      VARCHAR(2)   NOT NULL,
    dish_slug VARCHAR(200) NOT NULL REFERENCES dish (slug),
    CONSTRAINT pk_dish_gram PRIMARY KEY (gram, dish_slug)
);

-- Every serving: one row per item of a stored meal, at its place in the meal.
CREATE TABLE dish_serving (
    hall_id      VARCHAR(32)  NOT NULL REFERENCES hall (id),
    service_date DATE         NOT NULL,
    meal_key     VARCHAR(64)  NOT NULL,
    position     INTEGER      NOT NULL,
    dish_slug    VARCHAR(200) NOT NULL REFERENCES dish (slug),
    name         VARCHAR(300) NOT NULL,
    meal_label   VARCHAR(100) NOT NULL,
    meal_order   INTEGER      NOT NULL,
    station      VARCHAR(200) NOT NULL,
    tags         VARCHAR(500) NOT NULL,
    allergens    VARCHAR(500),
    CONSTRAINT pk_dish_serving PRIMARY KEY (hall_id, service_date, meal_key, position)
);
CREATE INDEX ix_dish_serving_dish ON dish_serving (dish_slug, service_date);
