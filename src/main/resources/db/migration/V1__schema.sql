-- Portable SQL: runs unchanged on PostgreSQL 15 and on Payara's embedded H2 2.2.
-- Ids come from sequences (JPA GenerationType.SEQUENCE, allocation 1); seed rows use explicit ids below 1000.

CREATE TABLE hall (
    id         VARCHAR(32)  PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    college    VARCHAR(100) NOT NULL,
    vendor     VARCHAR(20)  NOT NULL,
    color      VARCHAR(7)   NOT NULL,
    sort_order INTEGER      NOT NULL,
    CONSTRAINT ck_hall_vendor CHECK (vendor IN ('sodexo', 'bon_appetit', 'pomona'))
);

-- One row per hall, service date and meal; the vendor's stations and items are kept as the normalised JSON.
CREATE SEQUENCE menu_seq START WITH 1000 INCREMENT BY 1;
CREATE TABLE menu (
    id           BIGINT       PRIMARY KEY,
    hall_id      VARCHAR(32)  NOT NULL REFERENCES hall (id),
    service_date DATE         NOT NULL,
    meal_key     VARCHAR(64)  NOT NULL,
    period       VARCHAR(20),
    label        VARCHAR(100) NOT NULL,
    starts_at    TIME,
    ends_at      TIME,
    stations     VARCHAR      NOT NULL,
    fetched_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    content_hash VARCHAR(64)  NOT NULL,
    CONSTRAINT uq_menu_hall_date_meal UNIQUE (hall_id, service_date, meal_key)
);

-- Weekly hours: day_of_week is ISO (1 = Monday … 7 = Sunday); end_time <= start_time ends the next day.
CREATE SEQUENCE dining_hours_seq START WITH 1000 INCREMENT BY 1;
CREATE TABLE dining_hours (
    id          BIGINT       PRIMARY KEY,
    hall_id     VARCHAR(32)  NOT NULL REFERENCES hall (id),
    day_of_week SMALLINT     NOT NULL,
    meal_key    VARCHAR(64)  NOT NULL,
    label       VARCHAR(100) NOT NULL,
    period      VARCHAR(20),
    start_time  TIME         NOT NULL,
    end_time    TIME         NOT NULL,
    active      BOOLEAN      NOT NULL,
    estimated   BOOLEAN      NOT NULL,
    source      VARCHAR(300),
    CONSTRAINT uq_hours_hall_day_meal UNIQUE (hall_id, day_of_week, meal_key),
    CONSTRAINT ck_hours_day CHECK (day_of_week BETWEEN 1 AND 7)
);

-- Date overrides. A whole-day closure is stored with the sentinel meal key '*' so that the unique constraint
-- covers it (a UNIQUE constraint treats NULLs as distinct).
CREATE SEQUENCE hours_override_seq START WITH 1000 INCREMENT BY 1;
CREATE TABLE hours_override (
    id           BIGINT       PRIMARY KEY,
    hall_id      VARCHAR(32)  NOT NULL REFERENCES hall (id),
    service_date DATE         NOT NULL,
    meal_key     VARCHAR(64)  NOT NULL,
    label        VARCHAR(100),
    start_time   TIME,
    end_time     TIME,
    reason       VARCHAR(300),
    CONSTRAINT uq_override_hall_date_meal UNIQUE (hall_id, service_date, meal_key),
    CONSTRAINT ck_override_times_paired CHECK ((start_time IS NULL AND end_time IS NULL)
                                            OR (start_time IS NOT NULL AND end_time IS NOT NULL)),
    CONSTRAINT ck_override_whole_day_has_no_times CHECK (meal_key <> '*' OR start_time IS NULL)
);

-- Every vendor call, for the health view: outcome is ok, not_published, closed, unchanged or failed.
CREATE SEQUENCE vendor_fetch_seq START WITH 1000 INCREMENT BY 1;
CREATE TABLE vendor_fetch (
    id           BIGINT       PRIMARY KEY,
    hall_id      VARCHAR(32)  NOT NULL REFERENCES hall (id),
    service_date DATE         NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_ms  BIGINT       NOT NULL,
    outcome      VARCHAR(20)  NOT NULL,
    item_count   INTEGER,
    error        VARCHAR(2000)
);
CREATE INDEX ix_vendor_fetch_hall_started ON vendor_fetch (hall_id, started_at);
