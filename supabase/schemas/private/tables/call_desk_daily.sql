CREATE TABLE "private"."call_desk_daily" (
  "organization_id" uuid   NOT NULL,
  "day"             date   NOT NULL,
  "pillar"          text,
  "completed_by"    uuid,
  "outcome"         text,
  "requests"        bigint NOT NULL DEFAULT 0,
  "open"            bigint NOT NULL DEFAULT 0,
  CONSTRAINT "call_desk_daily_key" UNIQUE NULLS NOT DISTINCT (organization_id, day, pillar, completed_by, outcome),
  CONSTRAINT "call_desk_daily_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE
);

COMMENT ON TABLE "private"."call_desk_daily" IS 'Requests of the call desk per (organization, organization-local day of the request, chat pillar, completed by, outcome): requests and open ones. Maintained by statement triggers on specialist_call_logs; read by call_desk_metrics.';
