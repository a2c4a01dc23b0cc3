CREATE TABLE "public"."specialist_call_logs" (
  "id"              uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "organization_id" uuid                     NOT NULL,
  "chat_session_id" uuid                     NOT NULL,
  "user_id"         uuid                     NOT NULL,
  "specialist_id"   uuid,
  "call_status"     text                     NOT NULL DEFAULT 'pending'::text,
  "reason"          text,
  "claimed_by"      uuid,
  "claimed_at"      timestamp with time zone,
  "attempts"        integer                  NOT NULL DEFAULT 0,
  "last_attempt_at" timestamp with time zone,
  "scheduled_for"   timestamp with time zone,
  "call_notes"      text,
  "outcome"         text,
  "session_booked"  boolean                  NOT NULL DEFAULT false,
  "booking_id"      uuid,
  "created_at"      timestamp with time zone NOT NULL DEFAULT now(),
  "updated_at"      timestamp with time zone NOT NULL DEFAULT now(),
  "completed_at"    timestamp with time zone,
  "first_called_at" timestamp with time zone,
  CONSTRAINT "specialist_call_logs_attempts_check" CHECK ((attempts >= 0)),
  CONSTRAINT "specialist_call_logs_booking_id_fkey" FOREIGN KEY (booking_id) REFERENCES public.bookings(id) ON DELETE SET NULL,
  CONSTRAINT "specialist_call_logs_call_notes_check" CHECK (((call_notes IS NULL) OR (length(call_notes) <= 4000))),
  CONSTRAINT "specialist_call_logs_call_status_check" CHECK ((call_status = ANY (ARRAY['pending'::text, 'scheduled'::text, 'completed'::text, 'missed'::text]))),
  CONSTRAINT "specialist_call_logs_chat_session_id_fkey" FOREIGN KEY (chat_session_id) REFERENCES public.chat_sessions(id) ON DELETE CASCADE,
  CONSTRAINT "specialist_call_logs_check1" CHECK (((call_status <> 'completed'::text) OR (outcome IS NOT NULL))),
  CONSTRAINT "specialist_call_logs_check" CHECK (((call_status = 'completed'::text) = (completed_at IS NOT NULL))),
  CONSTRAINT "specialist_call_logs_claimed_by_fkey" FOREIGN KEY (claimed_by) REFERENCES public.profiles(id) ON DELETE SET NULL,
  CONSTRAINT "specialist_call_logs_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE,
  CONSTRAINT "specialist_call_logs_outcome_check" CHECK ((outcome = ANY (ARRAY['resolved_by_phone'::text, 'session_booked'::text, 'escalated'::text]))),
  CONSTRAINT "specialist_call_logs_pkey" PRIMARY KEY (id),
  CONSTRAINT "specialist_call_logs_reason_check" CHECK (((reason IS NULL) OR (length(reason) <= 1000))),
  CONSTRAINT "specialist_call_logs_specialist_id_fkey" FOREIGN KEY (specialist_id) REFERENCES public.profiles(id) ON DELETE SET NULL,
  CONSTRAINT "specialist_call_logs_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.profiles(id) ON DELETE CASCADE
);

ALTER TABLE "public"."specialist_call_logs"
  ENABLE ROW LEVEL SECURITY;

CREATE INDEX specialist_call_logs_booking_id_idx ON public.specialist_call_logs USING btree (booking_id);

CREATE INDEX specialist_call_logs_claimed_by_idx ON public.specialist_call_logs USING btree (claimed_by);

CREATE INDEX specialist_call_logs_completed_idx ON public.specialist_call_logs USING btree (organization_id, completed_at DESC)
  WHERE (call_status = 'completed'::text);

CREATE UNIQUE INDEX specialist_call_logs_one_open_per_session ON public.specialist_call_logs USING btree (chat_session_id)
  WHERE (call_status = ANY (ARRAY['pending'::text, 'scheduled'::text]));

CREATE INDEX specialist_call_logs_open_queue_idx ON public.specialist_call_logs USING btree (organization_id, created_at)
  WHERE (call_status = ANY (ARRAY['pending'::text, 'scheduled'::text]));

CREATE INDEX specialist_call_logs_org_created_idx ON public.specialist_call_logs USING btree (organization_id, created_at);

CREATE INDEX specialist_call_logs_org_status_idx ON public.specialist_call_logs USING btree (organization_id, call_status, created_at);

CREATE INDEX specialist_call_logs_session_idx ON public.specialist_call_logs USING btree (chat_session_id);

CREATE INDEX specialist_call_logs_specialist_id_idx ON public.specialist_call_logs USING btree (specialist_id);

CREATE INDEX specialist_call_logs_user_created_idx ON public.specialist_call_logs USING btree (user_id, created_at DESC);

CREATE INDEX specialist_call_logs_user_id_idx ON public.specialist_call_logs USING btree (user_id);

CREATE TRIGGER specialist_call_logs_desk_daily_delete
  AFTER DELETE ON public.specialist_call_logs REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT
  EXECUTE FUNCTION private.call_desk_daily_delete();

CREATE TRIGGER specialist_call_logs_desk_daily_insert
  AFTER INSERT ON public.specialist_call_logs REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT
  EXECUTE FUNCTION private.call_desk_daily_insert();

CREATE TRIGGER specialist_call_logs_desk_daily_truncate
  AFTER TRUNCATE ON public.specialist_call_logs
  FOR EACH STATEMENT
  EXECUTE FUNCTION private.call_desk_daily_truncate();

CREATE TRIGGER specialist_call_logs_desk_daily_update
  AFTER UPDATE ON public.specialist_call_logs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT
  EXECUTE FUNCTION private.call_desk_daily_update();

CREATE TRIGGER specialist_call_logs_first_called
  BEFORE INSERT OR UPDATE ON public.specialist_call_logs
  FOR EACH ROW
  EXECUTE FUNCTION private.call_logs_first_called();

CREATE TRIGGER specialist_call_logs_set_updated_at
  BEFORE UPDATE ON public.specialist_call_logs
  FOR EACH ROW
  EXECUTE FUNCTION private.set_updated_at();

CREATE POLICY "Members read their own call requests, specialists and admins th" ON "public"."specialist_call_logs"
  FOR SELECT
  TO "authenticated"
  USING
    ((((user_id = ( SELECT auth.uid() AS uid)) AND (organization_id IN ( SELECT private.org_ids_with_role(ARRAY['member'::text]) AS org_ids_with_role))) OR (organization_id IN (
    SELECT private.org_ids_with_role(ARRAY['admin'::text, 'specialist'::text]) AS org_ids_with_role))));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."specialist_call_logs" TO "service_role";

COMMENT ON COLUMN "public"."specialist_call_logs"."first_called_at" IS 'When a specialist first called (first missed attempt or completion), by trigger; null while nobody has called.';

COMMENT ON TABLE "public"."specialist_call_logs" IS 'One phone-call request of a member and its handling. At most one open (pending or scheduled) per chat session; completion closes that row, never adds another.';

REVOKE ALL ON TABLE "public"."specialist_call_logs" FROM "authenticated";

GRANT SELECT ON TABLE "public"."specialist_call_logs" TO "authenticated";

REVOKE ALL ON TABLE "public"."specialist_call_logs" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."specialist_call_logs" TO "postgres";

REVOKE ALL ON TABLE "public"."specialist_call_logs" FROM "anon";
