-- A login e-mail changes only once the new address is proven: the requested address waits on the
-- account, and the link mailed to it is a one-time token carrying that address.
ALTER TABLE account ADD COLUMN pending_login_email VARCHAR(254);

CREATE TABLE login_email_change_token (
    id              VARCHAR(36)  PRIMARY KEY,
    account_id      VARCHAR(36)  NOT NULL REFERENCES account (id),
    token_hash      VARCHAR(64)  NOT NULL UNIQUE,
    new_login_email VARCHAR(254) NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at         TIMESTAMP WITH TIME ZONE,
    revoked_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX login_email_change_token_account ON login_email_change_token (account_id);
