CREATE TABLE "public"."cohort_student_moves" (
  "id"                uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "organization_id"   uuid                     NOT NULL,
  "cohort_student_id" uuid                     NOT NULL,
  "from_batch_id"     uuid                     NOT NULL,
  "to_batch_id"       uuid                     NOT NULL,
  "moved_by"          uuid,
  "moved_at"          timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT "cohort_student_moves_from_batch_id_fkey" FOREIGN KEY (from_batch_id) REFERENCES public.cohort_batches(id) ON DELETE CASCADE,
  CONSTRAINT "cohort_student_moves_pkey" PRIMARY KEY (id),
  CONSTRAINT "cohort_student_moves_to_batch_id_fkey" FOREIGN KEY (to_batch_id) REFERENCES public.cohort_batches(id) ON DELETE CASCADE,
  CONSTRAINT "cohort_student_moves_cohort_student_id_fkey" FOREIGN KEY (cohort_student_id) REFERENCES public.cohort_students(id) ON DELETE CASCADE,
  CONSTRAINT "cohort_student_moves_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE,
  CONSTRAINT "cohort_student_moves_moved_by_fkey" FOREIGN KEY (moved_by) REFERENCES public.profiles(id) ON DELETE SET NULL
);

ALTER TABLE "public"."cohort_student_moves"
  ENABLE ROW LEVEL SECURITY;

CREATE INDEX cohort_student_moves_from_idx ON public.cohort_student_moves USING btree (from_batch_id);

CREATE INDEX cohort_student_moves_moved_by_idx ON public.cohort_student_moves USING btree (moved_by);

CREATE INDEX cohort_student_moves_organization_id_idx ON public.cohort_student_moves USING btree (organization_id);

CREATE INDEX cohort_student_moves_student_idx ON public.cohort_student_moves USING btree (cohort_student_id, moved_at);

CREATE INDEX cohort_student_moves_to_idx ON public.cohort_student_moves USING btree (to_batch_id);

CREATE POLICY "Whoever reads a student reads its batch moves" ON "public"."cohort_student_moves"
  FOR SELECT
  TO "authenticated"
  USING
    (((organization_id IN ( SELECT private.org_ids_with_role(ARRAY['admin'::text, 'manager'::text, 'cohort_manager'::text]) AS org_ids_with_role)) OR (cohort_student_id IN ( SELECT
    private.closer_student_ids() AS closer_student_ids))));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."cohort_student_moves" TO "service_role";

COMMENT ON TABLE "public"."cohort_student_moves" IS 'History of batch changes: the student row moves, this keeps where it was.';

REVOKE ALL ON TABLE "public"."cohort_student_moves" FROM "authenticated";

GRANT SELECT ON TABLE "public"."cohort_student_moves" TO "authenticated";

REVOKE ALL ON TABLE "public"."cohort_student_moves" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."cohort_student_moves" TO "postgres";

REVOKE ALL ON TABLE "public"."cohort_student_moves" FROM "anon";
