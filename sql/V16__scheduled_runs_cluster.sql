-- The timers that several servers run side by side: each period of a task is claimed by one server only, with a
-- conditional update of the task's row (docs/cluster.md). The audit anchoring is the one such task so far.
-- Portable between MySQL/MariaDB and H2 in LEGACY mode.

CREATE TABLE scheduled_run (
    task VARCHAR(60) NOT NULL PRIMARY KEY,
    last_period BIGINT NOT NULL,
    run_by VARCHAR(200),
    run_at DATETIME(6)
);

INSERT INTO scheduled_run (task, last_period) VALUES ('audit-anchor', 0);
