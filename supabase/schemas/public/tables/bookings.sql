CREATE TABLE "public"."bookings" (
  "id"              uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "organization_id" uuid                     NOT NULL,
  "chat_session_id" uuid,
  "user_id"         uuid                     NOT NULL,
  "specialist_id"   uuid,
  "booking_date"    timestamp with time zone NOT NULL,
  "status"          text                     NOT NULL DEFAULT 'scheduled'::text,
  "notes"           text,
  "created_at"      timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT "bookings_notes_check" CHECK (((notes IS NULL) OR (length(notes) <= 4000))),
  CONSTRAINT "bookings_pkey" PRIMARY KEY (id),
  CONSTRAINT "bookings_status_check" CHECK ((status = ANY (ARRAY['scheduled'::text, 'completed'::text, 'cancelled'::text, 'no_show'::text]))),
  CONSTRAINT "bookings_chat_session_id_fkey" FOREIGN KEY (chat_session_id) REFERENCES public.chat_sessions(id) ON DELETE SET NULL,
  CONSTRAINT "bookings_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE,
  CONSTRAINT "bookings_specialist_id_fkey" FOREIGN KEY (specialist_id) REFERENCES public.profiles(id) ON DELETE SET NULL,
  CONSTRAINT "bookings_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.profiles(id) ON DELETE CASCADE
);

ALTER TABLE "public"."bookings"
  ENABLE ROW LEVEL SECURITY;

CREATE INDEX bookings_chat_session_id_idx ON public.bookings USING btree (chat_session_id);

CREATE INDEX bookings_organization_id_idx ON public.bookings USING btree (organization_id, booking_date);

CREATE INDEX bookings_specialist_id_idx ON public.bookings USING btree (specialist_id);

CREATE INDEX bookings_user_id_idx ON public.bookings USING btree (user_id);

CREATE POLICY "Members read their own bookings, specialists and admins those o" ON "public"."bookings"
  FOR SELECT
  TO "authenticated"
  USING
    ((((user_id = ( SELECT auth.uid() AS uid)) AND (organization_id IN ( SELECT private.org_ids_with_role(ARRAY['member'::text]) AS org_ids_with_role))) OR (organization_id IN (
    SELECT private.org_ids_with_role(ARRAY['admin'::text, 'specialist'::text]) AS org_ids_with_role))));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."bookings" TO "service_role";

COMMENT ON TABLE "public"."bookings" IS 'A session booked by a specialist for a member. The date column is booking_date.';

REVOKE ALL ON TABLE "public"."bookings" FROM "authenticated";

GRANT SELECT ON TABLE "public"."bookings" TO "authenticated";

REVOKE ALL ON TABLE "public"."bookings" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."bookings" TO "postgres";

REVOKE ALL ON TABLE "public"."bookings" FROM "anon";
