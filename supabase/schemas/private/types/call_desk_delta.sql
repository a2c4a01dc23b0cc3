CREATE TYPE "private"."call_desk_delta" AS (
  "organization_id" uuid,
  "day"             date,
  "pillar"          text,
  "completed_by"    uuid,
  "outcome"         text,
  "is_open"         integer,
  "wait_bucket"     integer,
  "n"               bigint
);

COMMENT ON TYPE "private"."call_desk_delta" IS 'A change to the desk''s daily aggregates: n requests (negative: removed) with these keys (wait_bucket null: not called).';
