CREATE TABLE "public"."closer_call_counts" (
  "organization_id" uuid   NOT NULL,
  "closer_id"       uuid,
  "status"          text   NOT NULL,
  "calls"           bigint NOT NULL DEFAULT 0,
  CONSTRAINT "closer_call_counts_key" UNIQUE NULLS NOT DISTINCT (organization_id, closer_id, status),
  CONSTRAINT "closer_call_counts_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE
);

ALTER TABLE "public"."closer_call_counts"
  ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Staff read the counts, a closer their own" ON "public"."closer_call_counts"
  FOR SELECT
  TO "authenticated"
  USING
    (((organization_id IN ( SELECT private.org_ids_with_role(ARRAY['admin'::text, 'manager'::text]) AS org_ids_with_role)) OR ((closer_id = ( SELECT auth.uid() AS uid)) AND
    (organization_id IN ( SELECT private.org_ids_with_role(ARRAY['closer'::text]) AS org_ids_with_role)))));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."closer_call_counts" TO "service_role";

COMMENT ON TABLE "public"."closer_call_counts" IS 'Running count of call_appointments per (organization, closer, status); maintained by statement triggers on call_appointments; read by closer_summary for all-time counts. Read-only to clients (RLS: cohort staff / admins and managers read the organization''s rows, a closer their own).';

REVOKE ALL ON TABLE "public"."closer_call_counts" FROM "authenticated";

GRANT SELECT ON TABLE "public"."closer_call_counts" TO "authenticated";

REVOKE ALL ON TABLE "public"."closer_call_counts" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."closer_call_counts" TO "postgres";

REVOKE ALL ON TABLE "public"."closer_call_counts" FROM "anon";
