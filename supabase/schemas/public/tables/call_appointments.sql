CREATE TABLE "public"."call_appointments" (
  "id"                  uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "organization_id"     uuid                     NOT NULL,
  "lead_id"             uuid                     NOT NULL,
  "closer_id"           uuid,
  "scheduled_date"      date                     NOT NULL,
  "scheduled_time"      time without time zone,
  "status"              text                     NOT NULL DEFAULT 'scheduled'::text,
  "batch_id"            uuid,
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
  "additional_comments" text,
  "refund_reason"       text,
  "conversion_date"     date,
  "version"             integer                  NOT NULL DEFAULT 1,
  "created_by"          uuid,
  "updated_by"          uuid,
  "created_at"          timestamp with time zone NOT NULL DEFAULT now(),
  "updated_at"          timestamp with time zone NOT NULL DEFAULT now(),
  "due_amount"          numeric(12,2)            GENERATED ALWAYS AS (
CASE
    WHEN (status = ANY (ARRAY['refunded'::text, 'discontinued'::text])) THEN (0)::numeric
    ELSE (offer_amount - cash_received)
END) STORED,
  "cancellation_reason" text,
  CONSTRAINT "call_appointments_additional_comments_check" CHECK (((additional_comments IS NULL) OR (length(additional_comments) <= 4000))),
  CONSTRAINT "call_appointments_cancellation_reason_length" CHECK (((cancellation_reason IS NULL) OR (length(cancellation_reason) <= 2000))),
  CONSTRAINT "call_appointments_cash_received_check" CHECK ((cash_received >= (0)::numeric)),
  CONSTRAINT "call_appointments_cash_within_offer" CHECK ((cash_received <= offer_amount)),
  CONSTRAINT "call_appointments_classes_access_check" CHECK (((classes_access >= 1) AND (classes_access <= 15))),
  CONSTRAINT "call_appointments_gst_fees_check" CHECK ((gst_fees >= (0)::numeric)),
  CONSTRAINT "call_appointments_no_cost_emi_check" CHECK ((no_cost_emi >= (0)::numeric)),
  CONSTRAINT "call_appointments_offer_amount_check" CHECK ((offer_amount >= (0)::numeric)),
  CONSTRAINT "call_appointments_payment_platform_check" CHECK (((payment_platform IS NULL) OR (length(payment_platform) <= 100))),
  CONSTRAINT "call_appointments_payment_remarks_check" CHECK (((payment_remarks IS NULL) OR (length(payment_remarks) <= 2000))),
  CONSTRAINT "call_appointments_pkey" PRIMARY KEY (id),
  CONSTRAINT "call_appointments_platform_fees_check" CHECK ((platform_fees >= (0)::numeric)),
  CONSTRAINT "call_appointments_refund_reason_check" CHECK (((refund_reason IS NULL) OR (length(refund_reason) <= 2000))),
  CONSTRAINT "call_appointments_status_check_v2"
    CHECK
    ((status = ANY (ARRAY['scheduled'::text, 'pending'::text, 'reschedule'::text, 'not_decided'::text, 'so_so'::text, 'not_converted'::text, 'no_show'::text, 'discontinued'::text,
    'booking_amount'::text, 'converted'::text, 'converted_beginner'::text, 'converted_intermediate'::text, 'converted_advance'::text, 'refunded'::text, 'cancelled'::text]))),
  CONSTRAINT "call_appointments_batch_id_fkey" FOREIGN KEY (batch_id) REFERENCES public.cohort_batches(id) ON DELETE RESTRICT,
  CONSTRAINT "call_appointments_lead_id_fkey" FOREIGN KEY (lead_id) REFERENCES public.leads(id) ON DELETE RESTRICT,
  CONSTRAINT "call_appointments_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE,
  CONSTRAINT "call_appointments_closer_id_fkey" FOREIGN KEY (closer_id) REFERENCES public.profiles(id) ON DELETE SET NULL,
  CONSTRAINT "call_appointments_created_by_fkey" FOREIGN KEY (created_by) REFERENCES public.profiles(id) ON DELETE SET NULL,
  CONSTRAINT "call_appointments_updated_by_fkey" FOREIGN KEY (updated_by) REFERENCES public.profiles(id) ON DELETE SET NULL
);

ALTER TABLE "public"."call_appointments"
  ENABLE ROW LEVEL SECURITY;

CREATE INDEX call_appointments_batch_id_idx ON public.call_appointments USING btree (batch_id);

CREATE INDEX call_appointments_closer_id_idx ON public.call_appointments USING btree (closer_id, organization_id);

CREATE INDEX call_appointments_created_by_idx ON public.call_appointments USING btree (created_by);

CREATE INDEX call_appointments_kpi_conversion_idx ON public.call_appointments USING btree (organization_id, conversion_date) INCLUDE (closer_id, status)
  WHERE (conversion_date IS NOT NULL);

CREATE INDEX call_appointments_kpi_scheduled_idx ON public.call_appointments USING btree (organization_id, closer_id, scheduled_date) INCLUDE (status);

CREATE INDEX call_appointments_lead_id_idx ON public.call_appointments USING btree (lead_id);

CREATE INDEX call_appointments_org_closer_status_idx ON public.call_appointments USING btree (organization_id, closer_id, status) INCLUDE (cash_received);

CREATE INDEX call_appointments_org_date_idx ON public.call_appointments USING btree (organization_id, scheduled_date DESC, scheduled_time DESC NULLS LAST, id);

CREATE INDEX call_appointments_sync_set_idx ON public.call_appointments USING btree (lead_id, batch_id)
  WHERE ((batch_id IS
    NOT NULL) AND
    (status = ANY (ARRAY['converted'::text, 'converted_beginner'::text, 'converted_intermediate'::text, 'converted_advance'::text, 'booking_amount'::text, 'refunded'::text,
    'discontinued'::text])));

CREATE INDEX call_appointments_updated_by_idx ON public.call_appointments USING btree (updated_by);

CREATE TRIGGER call_appointments_bump_version
  BEFORE UPDATE ON public.call_appointments
  FOR EACH ROW
  EXECUTE FUNCTION private.call_appointments_bump_version();

CREATE TRIGGER call_appointments_counts_delete
  AFTER DELETE ON public.call_appointments REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT
  EXECUTE FUNCTION private.closer_call_counts_delete();

CREATE TRIGGER call_appointments_counts_insert
  AFTER INSERT ON public.call_appointments REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT
  EXECUTE FUNCTION private.closer_call_counts_insert();

CREATE TRIGGER call_appointments_counts_update
  AFTER UPDATE ON public.call_appointments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT
  EXECUTE FUNCTION private.closer_call_counts_update();

CREATE TRIGGER call_appointments_history_insert
  AFTER INSERT ON public.call_appointments
  FOR EACH ROW
  EXECUTE FUNCTION private.record_call_appointment_history();

CREATE TRIGGER call_appointments_history_update
  AFTER UPDATE ON public.call_appointments
  FOR EACH ROW
  WHEN
    (((old.status IS DISTINCT FROM new.status) OR (old.scheduled_date IS DISTINCT FROM new.scheduled_date) OR (old.scheduled_time IS DISTINCT FROM new.scheduled_time) OR
    (old.closer_id IS DISTINCT FROM new.closer_id) OR (old.batch_id IS DISTINCT FROM new.batch_id)))
  EXECUTE FUNCTION private.record_call_appointment_history();

CREATE TRIGGER call_appointments_refuse_cancel_converted
  BEFORE UPDATE OF status ON public.call_appointments
  FOR EACH ROW
  WHEN ((new.status = 'cancelled'::text))
  EXECUTE FUNCTION private.call_appointments_refuse_cancel_converted();

CREATE TRIGGER call_appointments_sync_cohort_student
  AFTER INSERT OR UPDATE ON public.call_appointments
  FOR EACH ROW
  EXECUTE FUNCTION private.sync_cohort_student();

CREATE POLICY "Admins and managers read all calls, closers their own" ON "public"."call_appointments"
  FOR SELECT
  TO "authenticated"
  USING
    (((organization_id IN ( SELECT private.org_ids_with_role(ARRAY['admin'::text, 'manager'::text]) AS org_ids_with_role)) OR ((closer_id = ( SELECT auth.uid() AS uid)) AND
    (organization_id IN ( SELECT private.org_ids_with_role(ARRAY['closer'::text]) AS org_ids_with_role)))));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."call_appointments" TO "service_role";

COMMENT ON COLUMN "public"."call_appointments"."cancellation_reason" IS 'Why the booking was called off (status cancelled): typed by an admin/manager, or the reason given in the booking tool.';

COMMENT ON COLUMN "public"."call_appointments"."due_amount" IS 'offer - cash received; 0 for a refunded or discontinued call (the same rule as its cohort student).';

COMMENT ON TABLE "public"."call_appointments" IS 'A sales call assigned to a closer. scheduled_date/time are in the organization''s timezone. due_amount is always offer - cash received.';

REVOKE ALL ON TABLE "public"."call_appointments" FROM "authenticated";

GRANT SELECT ON TABLE "public"."call_appointments" TO "authenticated";

REVOKE ALL ON TABLE "public"."call_appointments" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."call_appointments" TO "postgres";

REVOKE ALL ON TABLE "public"."call_appointments" FROM "anon";
