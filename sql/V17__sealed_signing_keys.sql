-- The private keys of the secret ballots move to a column that may be empty: they are stored sealed under the
-- server's seal (R9.28, longer than the plain key) and destroyed once their ballot closes (R9.29). Keys made before
-- are copied as they are and read so. Portable between MySQL/MariaDB and H2 in LEGACY mode.

ALTER TABLE petition_key ADD COLUMN signing_secret VARCHAR(4000);
UPDATE petition_key SET signing_secret = private_key;
ALTER TABLE petition_key DROP COLUMN private_key;

ALTER TABLE vote_key ADD COLUMN signing_secret VARCHAR(4000);
UPDATE vote_key SET signing_secret = private_key;
ALTER TABLE vote_key DROP COLUMN private_key;
