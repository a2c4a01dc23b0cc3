CREATE TABLE "public"."cohort_types" (
  "id"              uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "organization_id" uuid                     NOT NULL,
  "name"            text                     NOT NULL,
  "description"     text,
  "created_at"      timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT "cohort_types_name_check" CHECK (((length(btrim(name)) >= 1) AND (length(btrim(name)) <= 200))),
  CONSTRAINT "cohort_types_organization_id_name_key" UNIQUE (organization_id, name),
  CONSTRAINT "cohort_types_pkey" PRIMARY KEY (id),
  CONSTRAINT "cohort_types_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE
);

ALTER TABLE "public"."cohort_types"
  ENABLE ROW LEVEL SECURITY;

CREATE INDEX cohort_types_organization_id_idx ON public.cohort_types USING btree (organization_id);

CREATE POLICY "Sales staff read the cohort types of their organization" ON "public"."cohort_types"
  FOR SELECT
  TO "authenticated"
  USING ((organization_id IN ( SELECT private.org_ids_with_role(ARRAY['admin'::text, 'manager'::text, 'closer'::text, 'cohort_manager'::text]) AS org_ids_with_role)));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."cohort_types" TO "service_role";

COMMENT ON TABLE "public"."cohort_types" IS 'A course sold in cohorts, e.g. Insider Crypto Club.';

REVOKE ALL ON TABLE "public"."cohort_types" FROM "authenticated";

GRANT SELECT ON TABLE "public"."cohort_types" TO "authenticated";

REVOKE ALL ON TABLE "public"."cohort_types" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."cohort_types" TO "postgres";

REVOKE ALL ON TABLE "public"."cohort_types" FROM "anon";
