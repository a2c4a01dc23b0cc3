CREATE TABLE "public"."owing_students" (
  "student_id"          uuid          NOT NULL,
  "organization_id"     uuid          NOT NULL,
  "cohort_batch_id"     uuid          NOT NULL,
  "due_amount"          numeric(12,2) NOT NULL,
  "next_follow_up_date" date,
  "conversion_date"     date,
  "last_paid_on"        date,
  "last_activity"       date          GENERATED ALWAYS AS (COALESCE(last_paid_on, conversion_date)) STORED,
  CONSTRAINT "owing_students_due_amount_check" CHECK ((due_amount > (0)::numeric)),
  CONSTRAINT "owing_students_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE,
  CONSTRAINT "owing_students_pkey" PRIMARY KEY (student_id)
);

ALTER TABLE "public"."owing_students"
  ENABLE ROW LEVEL SECURITY;

CREATE INDEX owing_students_batch_action_idx ON public.owing_students USING btree (cohort_batch_id, next_follow_up_date, last_activity NULLS FIRST, student_id);

CREATE INDEX owing_students_org_action_idx ON public.owing_students USING btree (organization_id, next_follow_up_date, last_activity NULLS FIRST, student_id);

CREATE INDEX owing_students_org_activity_idx ON public.owing_students USING btree (organization_id, last_activity) INCLUDE (next_follow_up_date, due_amount);

CREATE INDEX owing_students_org_conversion_idx ON public.owing_students USING btree (organization_id, conversion_date) INCLUDE (due_amount);

CREATE INDEX owing_students_org_follow_up_idx ON public.owing_students USING btree (organization_id, next_follow_up_date, student_id) INCLUDE (due_amount);

CREATE POLICY "Cohort staff read who owes" ON "public"."owing_students"
  FOR SELECT
  TO "authenticated"
  USING ((organization_id IN ( SELECT private.org_ids_with_role(ARRAY['admin'::text, 'manager'::text, 'cohort_manager'::text]) AS org_ids_with_role)));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."owing_students" TO "service_role";

COMMENT ON TABLE "public"."owing_students" IS 'One row per cohort student who owes money (active, due_amount > 0): due, next follow-up, conversion date, latest payment date (last_paid_on) and last_activity = coalesce(last_paid_on, conversion_date). Kept by triggers on cohort_students and emi_payments; read by cohort_insights. Read-only to clients (RLS: cohort staff of the organization).';

REVOKE ALL ON TABLE "public"."owing_students" FROM "authenticated";

GRANT SELECT ON TABLE "public"."owing_students" TO "authenticated";

REVOKE ALL ON TABLE "public"."owing_students" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."owing_students" TO "postgres";

REVOKE ALL ON TABLE "public"."owing_students" FROM "anon";
