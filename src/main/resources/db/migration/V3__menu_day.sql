-- What the vendor said about a whole day (served, closed, not published), so that a later vendor failure can
-- still show the last known answer for that date, and the order of its meals.
CREATE TABLE menu_day (
    hall_id      VARCHAR(32) NOT NULL REFERENCES hall (id),
    service_date DATE        NOT NULL,
    status       VARCHAR(20) NOT NULL,
    fetched_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_menu_day PRIMARY KEY (hall_id, service_date),
    CONSTRAINT ck_menu_day_status CHECK (status IN ('served', 'closed', 'not_published'))
);

ALTER TABLE menu ADD COLUMN meal_order INTEGER DEFAULT 0 NOT NULL;
