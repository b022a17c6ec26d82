-- Organisations: the contact of an organisation reads mail in a language of their own.
-- Portable between MySQL/MariaDB and H2 in LEGACY mode.

ALTER TABLE organisation ADD COLUMN contact_language CHAR(2);
