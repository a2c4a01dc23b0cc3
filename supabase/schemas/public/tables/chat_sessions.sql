CREATE TABLE "public"."chat_sessions" (
  "id"                           uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "organization_id"              uuid                     NOT NULL,
  "user_id"                      uuid                     NOT NULL,
  "company_id"                   uuid,
  "pillar"                       text,
  "status"                       text                     NOT NULL DEFAULT 'active'::text,
  "title"                        text,
  "phone_escalation_reason"      text,
  "phone_escalated_at"           timestamp with time zone,
  "phone_contact_made"           boolean                  NOT NULL DEFAULT false,
  "session_booked_by_specialist" uuid,
  "created_at"                   timestamp with time zone NOT NULL DEFAULT now(),
  "updated_at"                   timestamp with time zone NOT NULL DEFAULT now(),
  "ended_at"                     timestamp with time zone,
  CONSTRAINT "chat_sessions_phone_escalation_reason_check" CHECK (((phone_escalation_reason IS NULL) OR (length(phone_escalation_reason) <= 1000))),
  CONSTRAINT "chat_sessions_pillar_check" CHECK ((pillar = ANY (ARRAY['psychological'::text, 'physical'::text, 'financial'::text, 'legal'::text]))),
  CONSTRAINT "chat_sessions_pkey" PRIMARY KEY (id),
  CONSTRAINT "chat_sessions_status_check" CHECK ((status = ANY (ARRAY['active'::text, 'pending'::text, 'phone_escalated'::text, 'resolved'::text, 'abandoned'::text]))),
  CONSTRAINT "chat_sessions_title_check" CHECK (((title IS NULL) OR (length(title) <= 200))),
  CONSTRAINT "chat_sessions_company_id_fkey" FOREIGN KEY (company_id) REFERENCES public.companies(id) ON DELETE SET NULL,
  CONSTRAINT "chat_sessions_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE,
  CONSTRAINT "chat_sessions_session_booked_by_specialist_fkey" FOREIGN KEY (session_booked_by_specialist) REFERENCES public.profiles(id) ON DELETE SET NULL,
  CONSTRAINT "chat_sessions_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.profiles(id) ON DELETE CASCADE
);

ALTER TABLE "public"."chat_sessions"
  ENABLE ROW LEVEL SECURITY;

CREATE INDEX chat_sessions_booked_by_idx ON public.chat_sessions USING btree (session_booked_by_specialist);

CREATE INDEX chat_sessions_company_id_idx ON public.chat_sessions USING btree (company_id);

CREATE INDEX chat_sessions_org_status_idx ON public.chat_sessions USING btree (organization_id, status);

CREATE INDEX chat_sessions_user_id_idx ON public.chat_sessions USING btree (user_id, created_at DESC);

CREATE TRIGGER chat_sessions_delete_call_logs
  BEFORE DELETE ON public.chat_sessions
  FOR EACH ROW
  EXECUTE FUNCTION private.chat_sessions_delete_call_logs();

CREATE TRIGGER chat_sessions_desk_pillar
  AFTER UPDATE OF pillar ON public.chat_sessions
  FOR EACH ROW
  WHEN ((old.pillar IS DISTINCT FROM new.pillar))
  EXECUTE FUNCTION private.chat_sessions_desk_pillar();

CREATE TRIGGER chat_sessions_set_updated_at
  BEFORE UPDATE ON public.chat_sessions
  FOR EACH ROW
  EXECUTE FUNCTION private.set_updated_at();

CREATE POLICY "Members read their own chats, specialists and admins those of t" ON "public"."chat_sessions"
  FOR SELECT
  TO "authenticated"
  USING
    ((((user_id = ( SELECT auth.uid() AS uid)) AND (organization_id IN ( SELECT private.org_ids_with_role(ARRAY['member'::text]) AS org_ids_with_role))) OR (organization_id IN (
    SELECT private.org_ids_with_role(ARRAY['admin'::text, 'specialist'::text]) AS org_ids_with_role))));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."chat_sessions" TO "service_role";

COMMENT ON TABLE "public"."chat_sessions" IS 'A member''s conversation. Call now sets phone_escalated with the reason and phone_escalated_at, from which the wait is counted.';

REVOKE ALL ON TABLE "public"."chat_sessions" FROM "authenticated";

GRANT SELECT ON TABLE "public"."chat_sessions" TO "authenticated";

REVOKE ALL ON TABLE "public"."chat_sessions" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."chat_sessions" TO "postgres";

REVOKE ALL ON TABLE "public"."chat_sessions" FROM "anon";
