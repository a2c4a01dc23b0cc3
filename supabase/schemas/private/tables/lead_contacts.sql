CREATE TABLE "private"."lead_contacts" (
  "organization_id" uuid NOT NULL,
  "kind"            text NOT NULL,
  "value"           text NOT NULL,
  "lead_id"         uuid NOT NULL,
  CONSTRAINT "lead_contacts_kind_check" CHECK ((kind = ANY (ARRAY['email'::text, 'phone'::text]))),
  CONSTRAINT "lead_contacts_pkey" PRIMARY KEY (organization_id, kind, VALUE),
  CONSTRAINT "lead_contacts_value_shape"
    CHECK ((((kind = 'email'::text) AND (value = lower(value)) AND (value ~ '^[^@\s]+@[^@\s]+$'::text)) OR ((kind = 'phone'::text) AND (value ~ '^\+[1-9][0-9]{6,14}$'::text)))),
  CONSTRAINT "lead_contacts_lead_id_fkey" FOREIGN KEY (lead_id) REFERENCES public.leads(id) ON DELETE CASCADE,
  CONSTRAINT "lead_contacts_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE
);

CREATE INDEX lead_contacts_lead_id_idx ON private.lead_contacts USING btree (lead_id);

COMMENT ON TABLE "private"."lead_contacts" IS 'Email (lower case) and E.164 phone of each lead, per organization: the find-or-create key of bookings, imports and the webhook. The first lead with a contact keeps it. Kept by trigger on public.leads.';
