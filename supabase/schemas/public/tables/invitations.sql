CREATE TABLE "public"."invitations" (
  "id"              uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "organization_id" uuid                     NOT NULL,
  "email"           text                     NOT NULL,
  "roles"           text[]                   NOT NULL,
  "status"          text                     NOT NULL DEFAULT 'pending'::text,
  "invited_by"      uuid,
  "auth_user_id"    uuid,
  "expires_at"      timestamp with time zone NOT NULL,
  "sent_count"      integer                  NOT NULL DEFAULT 1,
  "last_sent_at"    timestamp with time zone NOT NULL DEFAULT now(),
  "accepted_at"     timestamp with time zone,
  "accepted_by"     uuid,
  "revoked_at"      timestamp with time zone,
  "revoked_by"      uuid,
  "created_at"      timestamp with time zone NOT NULL DEFAULT now(),
  "updated_at"      timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT "invitations_check1" CHECK (((status = 'revoked'::text) = (revoked_at IS NOT NULL))),
  CONSTRAINT "invitations_check" CHECK (((status = 'accepted'::text) = (accepted_at IS NOT NULL))),
  CONSTRAINT "invitations_email_check"
    CHECK (((email = lower(btrim(email))) AND ((length(email) >= 3) AND (length(email) <= 254)) AND (email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'::text))),
  CONSTRAINT "invitations_pkey" PRIMARY KEY (id),
  CONSTRAINT "invitations_roles_check"
    CHECK
    ((((cardinality(roles) >= 1) AND (cardinality(roles) <= 5)) AND (roles <@ ARRAY['admin'::text, 'manager'::text, 'closer'::text, 'cohort_manager'::text, 'specialist'::text]))),
  CONSTRAINT "invitations_sent_count_check" CHECK (((sent_count >= 1) AND (sent_count <= 10000))),
  CONSTRAINT "invitations_status_check" CHECK ((status = ANY (ARRAY['pending'::text, 'accepted'::text, 'revoked'::text]))),
  CONSTRAINT "invitations_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE,
  CONSTRAINT "invitations_invited_by_fkey" FOREIGN KEY (invited_by) REFERENCES public.profiles(id) ON DELETE SET NULL
);

ALTER TABLE "public"."invitations"
  ENABLE ROW LEVEL SECURITY;

CREATE INDEX invitations_invited_by_idx ON public.invitations USING btree (invited_by);

CREATE UNIQUE INDEX invitations_one_pending_per_email ON public.invitations USING btree (organization_id, email)
  WHERE (status = 'pending'::text);

CREATE INDEX invitations_organization_id_idx ON public.invitations USING btree (organization_id, created_at DESC);

CREATE INDEX invitations_pending_email_idx ON public.invitations USING btree (email)
  WHERE (status = 'pending'::text);

CREATE POLICY "Admins can read their organizations' invitations" ON "public"."invitations"
  FOR SELECT
  TO "authenticated"
  USING ((organization_id IN ( SELECT private.org_ids_with_role(ARRAY['admin'::text]) AS org_ids_with_role)));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."invitations" TO "service_role";

COMMENT ON TABLE "public"."invitations" IS 'An invitation of a person (by email) to an organization with staff roles. Pending until accepted by the signed-in owner of that email, revoked by an admin, or past expires_at (7 days after the last send). At most one pending invitation per organization and email. Written only through database functions.';

REVOKE ALL ON TABLE "public"."invitations" FROM "authenticated";

GRANT SELECT ON TABLE "public"."invitations" TO "authenticated";

REVOKE ALL ON TABLE "public"."invitations" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."invitations" TO "postgres";

REVOKE ALL ON TABLE "public"."invitations" FROM "anon";
