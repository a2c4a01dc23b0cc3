CREATE TABLE "private"."calendly_settings" (
  "organization_id" uuid                     NOT NULL,
  "signing_key"     text                     NOT NULL,
  "updated_by"      uuid,
  "updated_at"      timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT "calendly_settings_pkey" PRIMARY KEY (organization_id),
  CONSTRAINT "calendly_settings_signing_key_check" CHECK (((length(signing_key) >= 16) AND (length(signing_key) <= 500))),
  CONSTRAINT "calendly_settings_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE,
  CONSTRAINT "calendly_settings_updated_by_fkey" FOREIGN KEY (updated_by) REFERENCES public.profiles(id) ON DELETE SET NULL
);

CREATE INDEX calendly_settings_updated_by_idx ON private.calendly_settings USING btree (updated_by);

COMMENT ON TABLE "private"."calendly_settings" IS 'The Calendly webhook signing key of an organization. Written by admins through set_calendly_signing_key, read back only by the service role (calendly_webhook_config) for the Edge Function.';
