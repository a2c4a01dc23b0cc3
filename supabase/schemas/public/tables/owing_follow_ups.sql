CREATE TABLE "public"."owing_follow_ups" (
  "organization_id"     uuid    NOT NULL,
  "next_follow_up_date" date    NOT NULL,
  "owing"               bigint  NOT NULL DEFAULT 0,
  "due"                 numeric NOT NULL DEFAULT 0,
  CONSTRAINT "owing_follow_ups_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE,
  CONSTRAINT "owing_follow_ups_pkey" PRIMARY KEY (organization_id, next_follow_up_date)
);

ALTER TABLE "public"."owing_follow_ups"
  ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Cohort staff read the follow-up totals" ON "public"."owing_follow_ups"
  FOR SELECT
  TO "authenticated"
  USING ((organization_id IN ( SELECT private.org_ids_with_role(ARRAY['admin'::text, 'manager'::text, 'cohort_manager'::text]) AS org_ids_with_role)));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."owing_follow_ups" TO "service_role";

COMMENT ON TABLE "public"."owing_follow_ups" IS 'Per organization and follow-up date: how many students who owe money have that next follow-up date, and their due. Kept by the triggers that keep owing_students; read by cohort_insights (due in the next 14 days, follow-ups today and later). Read-only to clients (RLS: cohort staff of the organization).';

REVOKE ALL ON TABLE "public"."owing_follow_ups" FROM "authenticated";

GRANT SELECT ON TABLE "public"."owing_follow_ups" TO "authenticated";

REVOKE ALL ON TABLE "public"."owing_follow_ups" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."owing_follow_ups" TO "postgres";

REVOKE ALL ON TABLE "public"."owing_follow_ups" FROM "anon";
