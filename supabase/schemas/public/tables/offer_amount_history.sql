CREATE TABLE "public"."offer_amount_history" (
  "id"                uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "organization_id"   uuid                     NOT NULL,
  "cohort_student_id" uuid                     NOT NULL,
  "old_amount"        numeric(12,2)            NOT NULL,
  "new_amount"        numeric(12,2)            NOT NULL,
  "reason"            text,
  "changed_by"        uuid,
  "changed_at"        timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT "offer_amount_history_cohort_student_id_fkey" FOREIGN KEY (cohort_student_id) REFERENCES public.cohort_students(id) ON DELETE CASCADE,
  CONSTRAINT "offer_amount_history_pkey" PRIMARY KEY (id),
  CONSTRAINT "offer_amount_history_reason_check" CHECK (((reason IS NULL) OR (length(reason) <= 2000))),
  CONSTRAINT "offer_amount_history_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE,
  CONSTRAINT "offer_amount_history_changed_by_fkey" FOREIGN KEY (changed_by) REFERENCES public.profiles(id) ON DELETE SET NULL
);

ALTER TABLE "public"."offer_amount_history"
  ENABLE ROW LEVEL SECURITY;

CREATE INDEX offer_amount_history_changed_by_idx ON public.offer_amount_history USING btree (changed_by);

CREATE INDEX offer_amount_history_organization_id_idx ON public.offer_amount_history USING btree (organization_id);

CREATE INDEX offer_amount_history_student_idx ON public.offer_amount_history USING btree (cohort_student_id, changed_at);

CREATE POLICY "Whoever reads a student reads its offer history" ON "public"."offer_amount_history"
  FOR SELECT
  TO "authenticated"
  USING
    (((organization_id IN ( SELECT private.org_ids_with_role(ARRAY['admin'::text, 'manager'::text, 'cohort_manager'::text]) AS org_ids_with_role)) OR (cohort_student_id IN ( SELECT
    private.closer_student_ids() AS closer_student_ids))));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."offer_amount_history" TO "service_role";

COMMENT ON TABLE "public"."offer_amount_history" IS 'Every change of a student''s offer amount, whoever made it and by whatever path.';

REVOKE ALL ON TABLE "public"."offer_amount_history" FROM "authenticated";

GRANT SELECT ON TABLE "public"."offer_amount_history" TO "authenticated";

REVOKE ALL ON TABLE "public"."offer_amount_history" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."offer_amount_history" TO "postgres";

REVOKE ALL ON TABLE "public"."offer_amount_history" FROM "anon";
