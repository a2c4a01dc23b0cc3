CREATE TABLE "private"."call_external_keys" (
  "organization_id"     uuid                     NOT NULL,
  "source"              text                     NOT NULL,
  "external_key"        text                     NOT NULL,
  "call_appointment_id" uuid                     NOT NULL,
  "created_at"          timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT "call_external_keys_external_key_check" CHECK (((length(external_key) >= 1) AND (length(external_key) <= 500))),
  CONSTRAINT "call_external_keys_pkey" PRIMARY KEY (organization_id, source, external_key),
  CONSTRAINT "call_external_keys_source_check" CHECK ((source = ANY (ARRAY['csv'::text, 'calendly'::text]))),
  CONSTRAINT "call_external_keys_call_appointment_id_fkey" FOREIGN KEY (call_appointment_id) REFERENCES public.call_appointments(id) ON DELETE CASCADE,
  CONSTRAINT "call_external_keys_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE
);

CREATE INDEX call_external_keys_call_idx ON private.call_external_keys USING btree (call_appointment_id);

COMMENT ON TABLE "private"."call_external_keys" IS 'The key under which a call came in from outside (CSV row key, Calendly invitee uri): a second delivery with the same key finds the call instead of booking another.';
