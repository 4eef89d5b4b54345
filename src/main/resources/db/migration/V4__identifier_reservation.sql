-- A structure reserves its identifier only once it is real (or requested by an active account):
-- a registration with a structure, by an address nobody has confirmed yet, must not block the
-- identifier for everybody else (nor tell whether that address was free).
ALTER TABLE structure DROP CONSTRAINT structure_identifier_unique;
ALTER TABLE structure ADD COLUMN identifier_key VARCHAR(120);
UPDATE structure SET identifier_key = identifier_type || ':' || identifier WHERE status = 'ACTIVE';
CREATE UNIQUE INDEX structure_identifier_key ON structure (identifier_key);
CREATE INDEX structure_identifier ON structure (identifier_type, identifier);
