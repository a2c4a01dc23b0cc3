CREATE TABLE "public"."student_money_totals" (
  "organization_id" uuid    NOT NULL,
  "cohort_batch_id" uuid    NOT NULL,
  "closer_id"       uuid,
  "students"        bigint  NOT NULL DEFAULT 0,
  "offered"         numeric NOT NULL DEFAULT 0,
  "received"        numeric NOT NULL DEFAULT 0,
  "due"             numeric NOT NULL DEFAULT 0,
  CONSTRAINT "student_money_totals_key" UNIQUE NULLS NOT DISTINCT (cohort_batch_id, closer_id),
  CONSTRAINT "student_money_totals_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE
);

ALTER TABLE "public"."student_money_totals"
  ENABLE ROW LEVEL SECURITY;

CREATE INDEX student_money_totals_org_idx ON public.student_money_totals USING btree (organization_id, closer_id);

CREATE POLICY "Whoever reads the students reads their totals" ON "public"."student_money_totals"
  FOR SELECT
  TO "authenticated"
  USING
    (((organization_id IN ( SELECT private.org_ids_with_role(ARRAY['admin'::text, 'manager'::text, 'cohort_manager'::text]) AS org_ids_with_role)) OR ((closer_id = ( SELECT
    auth.uid() AS uid)) AND (organization_id IN ( SELECT private.org_ids_with_role(ARRAY['closer'::text]) AS org_ids_with_role)))));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."student_money_totals" TO "service_role";

COMMENT ON TABLE "public"."student_money_totals" IS 'Running totals of cohort_students per (batch, closer): students, offered, received (payments - refunds), due; written off = offered - received - due. Maintained by statement triggers on cohort_students; read by list_cohort_batches, closer_summary and cohort_insights. Read-only to clients (RLS as cohort_students).';

REVOKE ALL ON TABLE "public"."student_money_totals" FROM "authenticated";

GRANT SELECT ON TABLE "public"."student_money_totals" TO "authenticated";

REVOKE ALL ON TABLE "public"."student_money_totals" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."student_money_totals" TO "postgres";

REVOKE ALL ON TABLE "public"."student_money_totals" FROM "anon";
