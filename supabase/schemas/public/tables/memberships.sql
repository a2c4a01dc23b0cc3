CREATE TABLE "public"."memberships" (
  "id"              uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "organization_id" uuid                     NOT NULL,
  "user_id"         uuid                     NOT NULL,
  "role"            text                     NOT NULL,
  "company_id"      uuid,
  "created_at"      timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT "memberships_company_id_fkey" FOREIGN KEY (company_id) REFERENCES public.companies(id) ON DELETE SET NULL,
  CONSTRAINT "memberships_organization_id_user_id_role_key" UNIQUE (organization_id, user_id, ROLE),
  CONSTRAINT "memberships_pkey" PRIMARY KEY (id),
  CONSTRAINT "memberships_role_check" CHECK ((role = ANY (ARRAY['admin'::text, 'manager'::text, 'closer'::text, 'cohort_manager'::text, 'specialist'::text, 'member'::text]))),
  CONSTRAINT "memberships_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE,
  CONSTRAINT "memberships_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.profiles(id) ON DELETE CASCADE
);

ALTER TABLE "public"."memberships"
  ENABLE ROW LEVEL SECURITY;

CREATE INDEX memberships_company_id_idx ON public.memberships USING btree (company_id);

CREATE INDEX memberships_organization_id_idx ON public.memberships USING btree (organization_id);

CREATE INDEX memberships_user_id_idx ON public.memberships USING btree (user_id, organization_id, ROLE);

CREATE POLICY "People can read their own memberships and staff those of their " ON "public"."memberships"
  FOR SELECT
  TO "authenticated"
  USING
    (((user_id = ( SELECT auth.uid() AS uid)) OR (organization_id IN ( SELECT private.org_ids_with_role(ARRAY['admin'::text, 'manager'::text, 'cohort_manager'::text,
    'specialist'::text, 'closer'::text]) AS org_ids_with_role))));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."memberships" TO "service_role";

COMMENT ON TABLE "public"."memberships" IS 'Who holds which role in which organization. A person may hold several roles in several organizations.';

REVOKE ALL ON TABLE "public"."memberships" FROM "authenticated";

GRANT SELECT ON TABLE "public"."memberships" TO "authenticated";

REVOKE ALL ON TABLE "public"."memberships" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."memberships" TO "postgres";

REVOKE ALL ON TABLE "public"."memberships" FROM "anon";
