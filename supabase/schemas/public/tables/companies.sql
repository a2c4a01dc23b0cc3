CREATE TABLE "public"."companies" (
  "id"              uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "organization_id" uuid                     NOT NULL,
  "name"            text                     NOT NULL,
  "created_at"      timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT "companies_name_check" CHECK (((length(btrim(name)) >= 1) AND (length(btrim(name)) <= 200))),
  CONSTRAINT "companies_organization_id_name_key" UNIQUE (organization_id, name),
  CONSTRAINT "companies_pkey" PRIMARY KEY (id),
  CONSTRAINT "companies_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE
);

ALTER TABLE "public"."companies"
  ENABLE ROW LEVEL SECURITY;

CREATE INDEX companies_organization_id_idx ON public.companies USING btree (organization_id);

CREATE POLICY "Members can read the companies of their organizations" ON "public"."companies"
  FOR SELECT
  TO "authenticated"
  USING ((organization_id IN ( SELECT private.user_org_ids() AS user_org_ids)));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."companies" TO "service_role";

COMMENT ON TABLE "public"."companies" IS 'A client company whose employees chat as members.';

REVOKE ALL ON TABLE "public"."companies" FROM "authenticated";

GRANT SELECT ON TABLE "public"."companies" TO "authenticated";

REVOKE ALL ON TABLE "public"."companies" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."companies" TO "postgres";

REVOKE ALL ON TABLE "public"."companies" FROM "anon";
