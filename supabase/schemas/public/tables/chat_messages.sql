CREATE TABLE "public"."chat_messages" (
  "id"              uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "organization_id" uuid                     NOT NULL,
  "chat_session_id" uuid                     NOT NULL,
  "sender_id"       uuid,
  "role"            text                     NOT NULL,
  "content"         text                     NOT NULL,
  "created_at"      timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT "chat_messages_content_check" CHECK (((length(btrim(content)) >= 1) AND (length(btrim(content)) <= 4000))),
  CONSTRAINT "chat_messages_pkey" PRIMARY KEY (id),
  CONSTRAINT "chat_messages_role_check" CHECK ((role = ANY (ARRAY['member'::text, 'assistant'::text, 'specialist'::text, 'system'::text]))),
  CONSTRAINT "chat_messages_chat_session_id_fkey" FOREIGN KEY (chat_session_id) REFERENCES public.chat_sessions(id) ON DELETE CASCADE,
  CONSTRAINT "chat_messages_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE,
  CONSTRAINT "chat_messages_sender_id_fkey" FOREIGN KEY (sender_id) REFERENCES public.profiles(id) ON DELETE SET NULL
);

ALTER TABLE "public"."chat_messages"
  ENABLE ROW LEVEL SECURITY;

CREATE INDEX chat_messages_organization_id_idx ON public.chat_messages USING btree (organization_id);

CREATE INDEX chat_messages_sender_id_idx ON public.chat_messages USING btree (sender_id);

CREATE INDEX chat_messages_session_idx ON public.chat_messages USING btree (chat_session_id, created_at);

CREATE POLICY "Members read their own chat messages, specialists and admins th" ON "public"."chat_messages"
  FOR SELECT
  TO "authenticated"
  USING
    (((chat_session_id IN ( SELECT private.own_chat_session_ids() AS own_chat_session_ids)) OR (organization_id IN ( SELECT private.org_ids_with_role(ARRAY['admin'::text,
    'specialist'::text]) AS org_ids_with_role))));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."chat_messages" TO "service_role";

COMMENT ON TABLE "public"."chat_messages" IS 'Messages of a chat session, stored and shown in order.';

REVOKE ALL ON TABLE "public"."chat_messages" FROM "authenticated";

GRANT SELECT ON TABLE "public"."chat_messages" TO "authenticated";

REVOKE ALL ON TABLE "public"."chat_messages" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."chat_messages" TO "postgres";

REVOKE ALL ON TABLE "public"."chat_messages" FROM "anon";
