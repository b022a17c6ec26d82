-- The second factor's secret moves to a column wide enough for it sealed under the server's seal (R3.20). Secrets
-- enrolled before are copied as they are and read so. Portable between MySQL/MariaDB and H2 in LEGACY mode.

ALTER TABLE account ADD COLUMN second_factor_secret VARCHAR(200);
UPDATE account SET second_factor_secret = totp_secret;
ALTER TABLE account DROP COLUMN totp_secret;
