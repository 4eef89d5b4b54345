-- Structures of the portal, unique by identifier type and identifier. A public structure waits
-- for support's approval in status PENDING_APPROVAL.
CREATE TABLE structure (
    id                  VARCHAR(36)  PRIMARY KEY,
    identifier_type     VARCHAR(20)  NOT NULL,
    identifier          VARCHAR(80)  NOT NULL,
    siren               VARCHAR(9),
    company_name        VARCHAR(200),
    last_name           VARCHAR(100),
    first_name          VARCHAR(100),
    label               VARCHAR(100),
    email               VARCHAR(254),
    phone               VARCHAR(30),
    address_line        VARCHAR(200),
    address_complement1 VARCHAR(200),
    address_complement2 VARCHAR(200),
    postal_code         VARCHAR(20),
    city                VARCHAR(100),
    country_code        VARCHAR(2),
    non_diffusible      BOOLEAN      NOT NULL,
    public_entity       BOOLEAN      NOT NULL,
    payment_requests    BOOLEAN      NOT NULL,
    dume                BOOLEAN      NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT structure_identifier_unique UNIQUE (identifier_type, identifier)
);
-- The SIREN keys the e-invoicing directory.
CREATE INDEX structure_siren ON structure (siren);

CREATE TABLE structure_service (
    structure_id VARCHAR(36)  NOT NULL REFERENCES structure (id),
    code         VARCHAR(40)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    PRIMARY KEY (structure_id, code)
);

-- An account's attachment to a structure: role, status of the request, scope.
CREATE TABLE membership (
    id             VARCHAR(36) PRIMARY KEY,
    account_id     VARCHAR(36) NOT NULL REFERENCES account (id),
    structure_id   VARCHAR(36) NOT NULL REFERENCES structure (id),
    role           VARCHAR(20) NOT NULL,
    status         VARCHAR(20) NOT NULL,
    scope          VARCHAR(20) NOT NULL,
    requested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at     TIMESTAMP WITH TIME ZONE,
    refusal_reason VARCHAR(1000),
    version        BIGINT      NOT NULL
);
CREATE INDEX membership_account ON membership (account_id);
CREATE INDEX membership_structure ON membership (structure_id, status);

CREATE TABLE membership_service (
    membership_id VARCHAR(36) NOT NULL REFERENCES membership (id),
    service_code  VARCHAR(40) NOT NULL,
    PRIMARY KEY (membership_id, service_code)
);

-- Workspaces an account chose; without a row, the defaults apply.
CREATE TABLE workspace_settings (
    account_id                    VARCHAR(36) PRIMARY KEY REFERENCES account (id),
    justice_fee_provider_category VARCHAR(100),
    justice_fee_regime            VARCHAR(100)
);
CREATE TABLE workspace_enabled (
    account_id VARCHAR(36) NOT NULL REFERENCES workspace_settings (account_id),
    workspace  VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, workspace)
);
