-- Every change made in the admin area: who, when, what.
CREATE SEQUENCE admin_audit_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE admin_audit (
    id        BIGINT       PRIMARY KEY,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    username  VARCHAR(40)  NOT NULL,
    action    VARCHAR(40)  NOT NULL,
    detail    VARCHAR(1000) NOT NULL
);
CREATE INDEX ix_admin_audit_at ON admin_audit (at);

-- Some meals are served alongside another on purpose (Malott's weekend Brunch and Lunch): the editor refuses
-- overlapping windows unless a row says so.
ALTER TABLE dining_hours ADD COLUMN overlap_allowed BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE dining_hours SET overlap_allowed = TRUE
 WHERE hall_id = 'malott' AND day_of_week IN (6, 7) AND meal_key IN ('brunch', 'lunch');
