CREATE TABLE "private"."call_desk_daily_waits" (
  "organization_id" uuid    NOT NULL,
  "day"             date    NOT NULL,
  "completed_by"    uuid,
  "wait_bucket"     integer NOT NULL,
  "called"          bigint  NOT NULL DEFAULT 0,
  CONSTRAINT "call_desk_daily_waits_key" UNIQUE NULLS NOT DISTINCT (organization_id, day, completed_by, wait_bucket),
  CONSTRAINT "call_desk_daily_waits_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE
);

COMMENT ON TABLE "private"."call_desk_daily_waits" IS 'Called requests of the call desk per (organization, organization-local day of the request, completed by, wait bucket = private.call_wait_bucket(first_called_at - created_at)). Maintained by statement triggers on specialist_call_logs; read by call_desk_metrics.';
