-- Admin sign-ins, shared by every instance so that any of them can answer a signed-in admin. The cookie holds
-- a random token; the table only its SHA-256, so a copy of the table signs nobody in.
CREATE TABLE admin_session (
    token_hash  VARCHAR(64)  PRIMARY KEY,
    username    VARCHAR(40)  NOT NULL,
    csrf_token  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_admin_session_user ON admin_session (username);

-- Secrets every instance must share (the key that signs the sign-in form's token). Made by the first instance
-- that needs one.
CREATE TABLE app_secret (
    name   VARCHAR(40)  PRIMARY KEY,
    secret VARCHAR(128) NOT NULL
);
