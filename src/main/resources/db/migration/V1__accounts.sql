-- The portal's accounts. Personal columns are nullable because a closed account is erased
-- (login e-mail freed, names wiped) while its row stays for the process history's ids.
CREATE TABLE account (
    id                 VARCHAR(36)  PRIMARY KEY,
    login_email        VARCHAR(254) UNIQUE,
    contact_email      VARCHAR(254),
    first_name         VARCHAR(100),
    last_name          VARCHAR(100),
    phone              VARCHAR(30),
    language           VARCHAR(2)   NOT NULL,
    survey_consent     BOOLEAN      NOT NULL,
    status             VARCHAR(32)  NOT NULL,
    password_hash      VARCHAR(255),
    secret_question    VARCHAR(255),
    secret_answer_hash VARCHAR(255),
    terms_accepted_at  TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    activated_at       TIMESTAMP WITH TIME ZONE,
    closed_at          TIMESTAMP WITH TIME ZONE,
    version            BIGINT       NOT NULL
);

-- Activation links: only the SHA-256 of the token is kept; a token is single use.
CREATE TABLE activation_token (
    id         VARCHAR(36) PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL REFERENCES account (id),
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX activation_token_account ON activation_token (account_id);

-- Captcha challenges: single use, short-lived.
CREATE TABLE captcha_challenge (
    id         VARCHAR(36) PRIMARY KEY,
    answer     VARCHAR(16) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX captcha_challenge_expiry ON captcha_challenge (expires_at);
