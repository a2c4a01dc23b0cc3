CREATE TABLE "public"."leads" (
  "id"              uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "organization_id" uuid                     NOT NULL,
  "full_name"       text                     NOT NULL,
  "email"           text,
  "phone"           text,
  "source"          text,
  "created_at"      timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT "leads_email_check" CHECK (((email IS NULL) OR (length(email) <= 320))),
  CONSTRAINT "leads_full_name_check" CHECK (((length(btrim(full_name)) >= 1) AND (length(btrim(full_name)) <= 200))),
  CONSTRAINT "leads_phone_check" CHECK (((phone IS NULL) OR (length(phone) <= 40))),
  CONSTRAINT "leads_pkey" PRIMARY KEY (id),
  CONSTRAINT "leads_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE
);

ALTER TABLE "public"."leads"
  ENABLE ROW LEVEL SECURITY;

CREATE INDEX leads_organization_id_idx ON public.leads USING btree (organization_id);

CREATE TRIGGER leads_contacts_sync
  AFTER INSERT OR UPDATE OF email, phone ON public.leads
  FOR EACH ROW
  EXECUTE FUNCTION private.leads_contacts_sync();

CREATE POLICY "Admins and managers read their organization's leads, cohort man" ON "public"."leads"
  FOR SELECT
  TO "authenticated"
  USING (((organization_id IN ( SELECT private.org_ids_with_role(ARRAY['admin'::text, 'manager'::text]) AS org_ids_with_role)) OR (EXISTS ( SELECT 1
   FROM public.call_appointments ca
  WHERE
    ((ca.lead_id = leads.id) AND (ca.closer_id = ( SELECT auth.uid() AS uid)) AND (ca.organization_id IN ( SELECT private.org_ids_with_role(ARRAY['closer'::text]) AS
    org_ids_with_role))))) OR (EXISTS ( SELECT 1
   FROM public.cohort_students cs
  WHERE ((cs.lead_id = leads.id) AND (cs.organization_id IN ( SELECT private.org_ids_with_role(ARRAY['cohort_manager'::text]) AS org_ids_with_role)))))));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."leads" TO "service_role";

COMMENT ON TABLE "public"."leads" IS 'A prospective student. A lead becomes a cohort student when one of its calls is converted with a batch.';

REVOKE ALL ON TABLE "public"."leads" FROM "authenticated";

GRANT SELECT ON TABLE "public"."leads" TO "authenticated";

REVOKE ALL ON TABLE "public"."leads" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."leads" TO "postgres";

REVOKE ALL ON TABLE "public"."leads" FROM "anon";
