CREATE TABLE "public"."emi_payments" (
  "id"                uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "organization_id"   uuid                     NOT NULL,
  "cohort_student_id" uuid                     NOT NULL,
  "amount"            numeric(12,2)            NOT NULL,
  "paid_on"           date                     NOT NULL,
  "payment_platform"  text,
  "remarks"           text,
  "created_by"        uuid,
  "created_at"        timestamp with time zone NOT NULL DEFAULT now(),
  "updated_at"        timestamp with time zone NOT NULL DEFAULT now(),
  "kind"              text                     NOT NULL DEFAULT 'payment'::text,
  CONSTRAINT "emi_payments_amount_check" CHECK ((amount > (0)::numeric)),
  CONSTRAINT "emi_payments_cohort_student_id_fkey" FOREIGN KEY (cohort_student_id) REFERENCES public.cohort_students(id) ON DELETE CASCADE,
  CONSTRAINT "emi_payments_kind_check" CHECK ((kind = ANY (ARRAY['payment'::text, 'refund'::text]))),
  CONSTRAINT "emi_payments_payment_platform_check" CHECK (((payment_platform IS NULL) OR (length(payment_platform) <= 100))),
  CONSTRAINT "emi_payments_pkey" PRIMARY KEY (id),
  CONSTRAINT "emi_payments_refund_reason_check" CHECK (((kind <> 'refund'::text) OR (remarks IS NOT NULL))),
  CONSTRAINT "emi_payments_remarks_check" CHECK (((remarks IS NULL) OR (length(remarks) <= 2000))),
  CONSTRAINT "emi_payments_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE,
  CONSTRAINT "emi_payments_created_by_fkey" FOREIGN KEY (created_by) REFERENCES public.profiles(id) ON DELETE SET NULL
);

ALTER TABLE "public"."emi_payments"
  ENABLE ROW LEVEL SECURITY;

CREATE INDEX emi_payments_created_by_idx ON public.emi_payments USING btree (created_by);

CREATE INDEX emi_payments_kpi_paid_on_idx ON public.emi_payments USING btree (organization_id, paid_on) INCLUDE (cohort_student_id, amount);

CREATE INDEX emi_payments_student_idx ON public.emi_payments USING btree (cohort_student_id, paid_on);

CREATE TRIGGER emi_payments_ledger
  AFTER INSERT OR DELETE OR UPDATE ON public.emi_payments
  FOR EACH ROW
  EXECUTE FUNCTION private.emi_payments_ledger();

CREATE TRIGGER emi_payments_owing_delete
  AFTER DELETE ON public.emi_payments REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT
  EXECUTE FUNCTION private.owing_students_payments_delete();

CREATE TRIGGER emi_payments_owing_insert
  AFTER INSERT ON public.emi_payments
  FOR EACH ROW
  WHEN ((new.kind = 'payment'::text))
  EXECUTE FUNCTION private.owing_students_payment_row();

CREATE TRIGGER emi_payments_owing_update
  AFTER UPDATE ON public.emi_payments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT
  EXECUTE FUNCTION private.owing_students_payments_update();

CREATE TRIGGER emi_payments_set_updated_at
  BEFORE UPDATE ON public.emi_payments
  FOR EACH ROW
  EXECUTE FUNCTION private.set_updated_at();

CREATE POLICY "Whoever reads a student reads its payments" ON "public"."emi_payments"
  FOR SELECT
  TO "authenticated"
  USING
    (((organization_id IN ( SELECT private.org_ids_with_role(ARRAY['admin'::text, 'manager'::text, 'cohort_manager'::text]) AS org_ids_with_role)) OR (cohort_student_id IN ( SELECT
    private.closer_student_ids() AS closer_student_ids))));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."emi_payments" TO "service_role";

COMMENT ON COLUMN "public"."emi_payments"."kind" IS 'payment (money in) or refund (money out; remarks holds the reason). cash_received = payments - refunds.';

COMMENT ON TABLE "public"."emi_payments" IS 'The one ledger of a student''s money: payments (kind payment) and refunds (kind refund, with a reason). Its inserts, edits and deletes move cash_received (= payments - refunds) of the student and of the converting appointment in the same transaction.';

REVOKE ALL ON TABLE "public"."emi_payments" FROM "authenticated";

GRANT SELECT ON TABLE "public"."emi_payments" TO "authenticated";

REVOKE ALL ON TABLE "public"."emi_payments" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."emi_payments" TO "postgres";

REVOKE ALL ON TABLE "public"."emi_payments" FROM "anon";
