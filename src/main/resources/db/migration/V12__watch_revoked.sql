-- Watch list ids whose feed URLs their owner replaced (the /watch page's "Replace these links"). Tokens are
-- signed and carry the id, so only the revoked ones need a row; a token naming one of these is refused.
CREATE TABLE watch_revoked (
    id          VARCHAR(22)  PRIMARY KEY,
    revoked_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
