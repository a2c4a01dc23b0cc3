CREATE TABLE "public"."owing_student_totals" (
  "organization_id" uuid    NOT NULL,
  "cohort_batch_id" uuid    NOT NULL,
  "owing"           bigint  NOT NULL DEFAULT 0,
  "due"             numeric NOT NULL DEFAULT 0,
  "follow_up"       bigint  NOT NULL DEFAULT 0,
  CONSTRAINT "owing_student_totals_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE,
  CONSTRAINT "owing_student_totals_pkey" PRIMARY KEY (cohort_batch_id)
);

ALTER TABLE "public"."owing_student_totals"
  ENABLE ROW LEVEL SECURITY;

CREATE INDEX owing_student_totals_org_idx ON public.owing_student_totals USING btree (organization_id);

CREATE POLICY "Cohort staff read the owing totals" ON "public"."owing_student_totals"
  FOR SELECT
  TO "authenticated"
  USING ((organization_id IN ( SELECT private.org_ids_with_role(ARRAY['admin'::text, 'manager'::text, 'cohort_manager'::text]) AS org_ids_with_role)));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."owing_student_totals" TO "service_role";

COMMENT ON TABLE "public"."owing_student_totals" IS 'Per batch: how many students owe money (owing = rows of owing_students), their due, and how many of them have a follow-up date. Kept by the triggers that keep owing_students; read by cohort_insights. Read-only to clients (RLS: cohort staff of the organization).';

REVOKE ALL ON TABLE "public"."owing_student_totals" FROM "authenticated";

GRANT SELECT ON TABLE "public"."owing_student_totals" TO "authenticated";

REVOKE ALL ON TABLE "public"."owing_student_totals" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."owing_student_totals" TO "postgres";

REVOKE ALL ON TABLE "public"."owing_student_totals" FROM "anon";
