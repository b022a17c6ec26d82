-- The outbox retries a mail after a growing pause and gives it up after a number of attempts, for the secretariat to
-- resend: the time of the next attempt, and the time it was given up.
-- Portable between MySQL/MariaDB and H2 in LEGACY mode.

ALTER TABLE outbox_mail ADD COLUMN next_attempt_at DATETIME(6);
ALTER TABLE outbox_mail ADD COLUMN given_up_at DATETIME(6);
CREATE INDEX ix_outbox_due ON outbox_mail (sent_at, given_up_at, next_attempt_at);
