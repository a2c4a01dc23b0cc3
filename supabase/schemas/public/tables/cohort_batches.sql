CREATE TABLE "public"."cohort_batches" (
  "id"              uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "organization_id" uuid                     NOT NULL,
  "cohort_type_id"  uuid                     NOT NULL,
  "name"            text                     NOT NULL,
  "status"          text                     NOT NULL DEFAULT 'planned'::text,
  "start_date"      date,
  "end_date"        date,
  "created_at"      timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT "cohort_batches_check" CHECK (((end_date IS NULL) OR (start_date IS NULL) OR (end_date >= start_date))),
  CONSTRAINT "cohort_batches_cohort_type_id_name_key" UNIQUE (cohort_type_id, name),
  CONSTRAINT "cohort_batches_name_check" CHECK (((length(btrim(name)) >= 1) AND (length(btrim(name)) <= 200))),
  CONSTRAINT "cohort_batches_pkey" PRIMARY KEY (id),
  CONSTRAINT "cohort_batches_status_check" CHECK ((status = ANY (ARRAY['planned'::text, 'active'::text, 'completed'::text]))),
  CONSTRAINT "cohort_batches_cohort_type_id_fkey" FOREIGN KEY (cohort_type_id) REFERENCES public.cohort_types(id) ON DELETE RESTRICT,
  CONSTRAINT "cohort_batches_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE
);

ALTER TABLE "public"."cohort_batches"
  ENABLE ROW LEVEL SECURITY;

CREATE INDEX cohort_batches_cohort_type_id_idx ON public.cohort_batches USING btree (cohort_type_id);

CREATE INDEX cohort_batches_org_start_idx ON public.cohort_batches USING btree (organization_id, start_date DESC, name, id);

CREATE INDEX cohort_batches_organization_id_idx ON public.cohort_batches USING btree (organization_id, status);

CREATE POLICY "Sales staff read the batches of their organization" ON "public"."cohort_batches"
  FOR SELECT
  TO "authenticated"
  USING ((organization_id IN ( SELECT private.org_ids_with_role(ARRAY['admin'::text, 'manager'::text, 'closer'::text, 'cohort_manager'::text]) AS org_ids_with_role)));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."cohort_batches" TO "service_role";

COMMENT ON TABLE "public"."cohort_batches" IS 'One run of a cohort type, e.g. Batch 3. Students are converted into a batch.';

REVOKE ALL ON TABLE "public"."cohort_batches" FROM "authenticated";

GRANT SELECT ON TABLE "public"."cohort_batches" TO "authenticated";

REVOKE ALL ON TABLE "public"."cohort_batches" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."cohort_batches" TO "postgres";

REVOKE ALL ON TABLE "public"."cohort_batches" FROM "anon";
