CREATE TABLE "public"."cohort_students" (
  "id"                  uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "organization_id"     uuid                     NOT NULL,
  "cohort_batch_id"     uuid                     NOT NULL,
  "lead_id"             uuid                     NOT NULL,
  "call_appointment_id" uuid,
  "closer_id"           uuid,
  "conversion_date"     date,
  "offer_amount"        numeric(12,2)            NOT NULL DEFAULT 0,
  "cash_received"       numeric(12,2)            NOT NULL DEFAULT 0,
  "classes_access"      smallint,
  "next_follow_up_date" date,
  "no_cost_emi"         numeric(12,2)            NOT NULL DEFAULT 0,
  "gst_fees"            numeric(12,2)            NOT NULL DEFAULT 0,
  "platform_fees"       numeric(12,2)            NOT NULL DEFAULT 0,
  "pay_after_earning"   boolean                  NOT NULL DEFAULT false,
  "payment_platform"    text,
  "payment_remarks"     text,
  "status"              text                     NOT NULL DEFAULT 'active'::text,
  "notes"               text,
  "refund_reason"       text,
  "created_by"          uuid,
  "created_at"          timestamp with time zone NOT NULL DEFAULT now(),
  "updated_at"          timestamp with time zone NOT NULL DEFAULT now(),
  "due_amount"          numeric(12,2)            GENERATED ALWAYS AS (
CASE
    WHEN (status = ANY (ARRAY['refunded'::text, 'discontinued'::text])) THEN (0)::numeric
    ELSE (offer_amount - cash_received)
END) STORED,
  CONSTRAINT "cohort_students_call_appointment_id_fkey" FOREIGN KEY (call_appointment_id) REFERENCES public.call_appointments(id) ON DELETE SET NULL,
  CONSTRAINT "cohort_students_cash_received_check" CHECK ((cash_received >= (0)::numeric)),
  CONSTRAINT "cohort_students_cash_within_offer" CHECK ((cash_received <= offer_amount)),
  CONSTRAINT "cohort_students_classes_access_check" CHECK (((classes_access >= 1) AND (classes_access <= 15))),
  CONSTRAINT "cohort_students_cohort_batch_id_fkey" FOREIGN KEY (cohort_batch_id) REFERENCES public.cohort_batches(id) ON DELETE RESTRICT,
  CONSTRAINT "cohort_students_gst_fees_check" CHECK ((gst_fees >= (0)::numeric)),
  CONSTRAINT "cohort_students_lead_batch_key" UNIQUE (lead_id, cohort_batch_id),
  CONSTRAINT "cohort_students_no_cost_emi_check" CHECK ((no_cost_emi >= (0)::numeric)),
  CONSTRAINT "cohort_students_notes_check" CHECK (((notes IS NULL) OR (length(notes) <= 4000))),
  CONSTRAINT "cohort_students_offer_amount_check" CHECK ((offer_amount >= (0)::numeric)),
  CONSTRAINT "cohort_students_pkey" PRIMARY KEY (id),
  CONSTRAINT "cohort_students_platform_fees_check" CHECK ((platform_fees >= (0)::numeric)),
  CONSTRAINT "cohort_students_status_check" CHECK ((status = ANY (ARRAY['active'::text, 'refunded'::text, 'discontinued'::text]))),
  CONSTRAINT "cohort_students_lead_id_fkey" FOREIGN KEY (lead_id) REFERENCES public.leads(id) ON DELETE RESTRICT,
  CONSTRAINT "cohort_students_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE,
  CONSTRAINT "cohort_students_closer_id_fkey" FOREIGN KEY (closer_id) REFERENCES public.profiles(id) ON DELETE SET NULL,
  CONSTRAINT "cohort_students_created_by_fkey" FOREIGN KEY (created_by) REFERENCES public.profiles(id) ON DELETE SET NULL
);

ALTER TABLE "public"."cohort_students"
  ENABLE ROW LEVEL SECURITY;

CREATE INDEX cohort_students_batch_due_idx ON public.cohort_students USING btree (cohort_batch_id, next_follow_up_date)
  WHERE ((status = 'active'::text) AND (due_amount > (0)::numeric));

CREATE INDEX cohort_students_batch_idx ON public.cohort_students USING btree (cohort_batch_id, status);

CREATE INDEX cohort_students_batch_lead_idx ON public.cohort_students USING btree (cohort_batch_id, lead_id);

CREATE INDEX cohort_students_call_appointment_id_idx ON public.cohort_students USING btree (call_appointment_id);

CREATE INDEX cohort_students_closer_id_idx ON public.cohort_students USING btree (closer_id, organization_id);

CREATE INDEX cohort_students_created_by_idx ON public.cohort_students USING btree (created_by);

CREATE INDEX cohort_students_org_conversion_date_idx ON public.cohort_students USING btree (organization_id, conversion_date)
  WHERE (conversion_date IS NOT NULL);

CREATE INDEX cohort_students_org_due_idx ON public.cohort_students USING btree (organization_id, next_follow_up_date)
  WHERE ((status = 'active'::text) AND (due_amount > (0)::numeric));

CREATE INDEX cohort_students_organization_id_idx ON public.cohort_students USING btree (organization_id);

CREATE TRIGGER cohort_students_history
  AFTER UPDATE ON public.cohort_students
  FOR EACH ROW
  EXECUTE FUNCTION private.cohort_students_history();

CREATE TRIGGER cohort_students_money_totals_delete
  AFTER DELETE ON public.cohort_students REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT
  EXECUTE FUNCTION private.student_money_totals_delete();

CREATE TRIGGER cohort_students_money_totals_insert
  AFTER INSERT ON public.cohort_students REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT
  EXECUTE FUNCTION private.student_money_totals_insert();

CREATE TRIGGER cohort_students_money_totals_update
  AFTER UPDATE ON public.cohort_students REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT
  EXECUTE FUNCTION private.student_money_totals_update();

CREATE TRIGGER cohort_students_owing_delete
  AFTER DELETE ON public.cohort_students REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT
  EXECUTE FUNCTION private.owing_students_delete();

CREATE TRIGGER cohort_students_owing_insert
  AFTER INSERT ON public.cohort_students REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT
  EXECUTE FUNCTION private.owing_students_insert();

CREATE TRIGGER cohort_students_owing_update
  AFTER UPDATE ON public.cohort_students REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT
  EXECUTE FUNCTION private.owing_students_update();

CREATE TRIGGER cohort_students_touch
  BEFORE UPDATE ON public.cohort_students
  FOR EACH ROW
  EXECUTE FUNCTION private.cohort_students_touch();

CREATE POLICY "Cohort staff read every student, closers the students they conv" ON "public"."cohort_students"
  FOR SELECT
  TO "authenticated"
  USING
    (((organization_id IN ( SELECT private.org_ids_with_role(ARRAY['admin'::text, 'manager'::text, 'cohort_manager'::text]) AS org_ids_with_role)) OR ((closer_id = ( SELECT
    auth.uid() AS uid)) AND (organization_id IN ( SELECT private.org_ids_with_role(ARRAY['closer'::text]) AS org_ids_with_role)))));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."cohort_students" TO "service_role";

COMMENT ON COLUMN "public"."cohort_students"."due_amount" IS 'What the student still owes: offer - cash received while active; 0 once refunded or discontinued (they owe nothing; offer and cash received keep their figures).';

COMMENT ON TABLE "public"."cohort_students" IS 'A paying student of a batch. Exactly one per (lead, batch); kept in step with the converting call appointment in the same transaction (invariant S1).';

REVOKE ALL ON TABLE "public"."cohort_students" FROM "authenticated";

GRANT SELECT ON TABLE "public"."cohort_students" TO "authenticated";

REVOKE ALL ON TABLE "public"."cohort_students" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."cohort_students" TO "postgres";

REVOKE ALL ON TABLE "public"."cohort_students" FROM "anon";
