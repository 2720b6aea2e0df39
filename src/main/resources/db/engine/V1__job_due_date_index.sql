-- Migrations of the engine's own tables (ACT_*), run after the engine has created or updated its schema
-- (see EngineSchemaMigrations); the domain schema has its own migrations in db/migration.
--
-- Why: the job executor polls ACT_RU_JOB every few seconds for jobs that are due
-- ("DUEDATE_ is null or DUEDATE_ <= now"). Every open case keeps several future timers (intake, plan,
-- evaluation and reminder deadlines), so the table holds far more future jobs than due ones. Camunda ships
-- no index on DUEDATE_: with 600,000 future timers the acquisition query scanned the whole table in
-- 110-230 ms per poll on PostgreSQL; with this index it took 0.13 ms (CAMUNDA-NOTES.md, measured here).
CREATE INDEX IF NOT EXISTS PLUSTEAM_IDX_JOB_DUEDATE ON ACT_RU_JOB (DUEDATE_);
