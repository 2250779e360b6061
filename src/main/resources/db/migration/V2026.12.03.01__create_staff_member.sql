-- Organisation: what the identity store cannot hold about a person. Rows are kept in step with the declared users
-- by OrganisationSync; users created in Camunda Admin get a row when an administrator records their certificate.
CREATE TABLE staff_member (
    user_id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    unit_code            VARCHAR(64)  NOT NULL,
    certified            BOOLEAN      NOT NULL DEFAULT FALSE,
    legal_qualification  BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at           TIMESTAMP    NOT NULL
);
