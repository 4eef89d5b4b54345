-- Password reset links: only the SHA-256 of the token; single use; burnt after too many wrong answers.
CREATE TABLE password_reset_token (
    id            VARCHAR(36) PRIMARY KEY,
    account_id    VARCHAR(36) NOT NULL REFERENCES account (id),
    token_hash    VARCHAR(64) NOT NULL UNIQUE,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at       TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    wrong_answers INTEGER     NOT NULL
);
CREATE INDEX password_reset_token_account ON password_reset_token (account_id);

-- Failed log-ins in a row per account ("account:<login e-mail>") or client address ("address:<ip>").
CREATE TABLE login_failure (
    failure_key     VARCHAR(300) PRIMARY KEY,
    failures        INTEGER      NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE,
    locked_until    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX login_failure_locked ON login_failure (locked_until);
