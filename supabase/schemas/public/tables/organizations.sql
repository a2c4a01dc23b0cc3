CREATE TABLE "public"."organizations" (
  "id"                       uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "name"                     text                     NOT NULL,
  "slug"                     text                     NOT NULL,
  "timezone"                 text                     NOT NULL DEFAULT 'UTC'::text,
  "currency"                 text                     NOT NULL DEFAULT 'USD'::text,
  "locale"                   text                     NOT NULL DEFAULT 'en'::text,
  "call_wait_target_minutes" integer                  NOT NULL DEFAULT 15,
  "created_at"               timestamp with time zone NOT NULL DEFAULT now(),
  "phone_country"            text,
  CONSTRAINT "organizations_call_wait_target_minutes_check" CHECK (((call_wait_target_minutes >= 1) AND (call_wait_target_minutes <= 1440))),
  CONSTRAINT "organizations_currency_check" CHECK ((currency ~ '^[A-Z]{3}$'::text)),
  CONSTRAINT "organizations_locale_check" CHECK ((locale = ANY (ARRAY['en'::text, 'pt-BR'::text]))),
  CONSTRAINT "organizations_name_check" CHECK (((length(btrim(name)) >= 1) AND (length(btrim(name)) <= 200))),
  CONSTRAINT "organizations_phone_country_check" CHECK (((phone_country IS NULL) OR (phone_country ~ '^[A-Z]{2}$'::text))),
  CONSTRAINT "organizations_pkey" PRIMARY KEY (id),
  CONSTRAINT "organizations_slug_check" CHECK ((slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'::text)),
  CONSTRAINT "organizations_slug_key" UNIQUE (slug)
);

ALTER TABLE "public"."organizations"
  ENABLE ROW LEVEL SECURITY;

CREATE TRIGGER organizations_desk_timezone
  AFTER UPDATE OF timezone ON public.organizations
  FOR EACH ROW
  WHEN ((old.timezone IS DISTINCT FROM new.timezone))
  EXECUTE FUNCTION private.organizations_desk_timezone();

CREATE POLICY "Members can read their organizations" ON "public"."organizations"
  FOR SELECT
  TO "authenticated"
  USING ((id IN ( SELECT private.user_org_ids() AS user_org_ids)));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."organizations" TO "service_role";

COMMENT ON COLUMN "public"."organizations"."phone_country" IS 'ISO 3166-1 alpha-2 country for phone numbers written without a country code (e.g. IN); null: they must carry one.';

COMMENT ON TABLE "public"."organizations" IS 'A tenant. Times show in its timezone, money in its currency, labels in its locale.';

REVOKE ALL ON TABLE "public"."organizations" FROM "authenticated";

GRANT SELECT ON TABLE "public"."organizations" TO "authenticated";

REVOKE ALL ON TABLE "public"."organizations" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."organizations" TO "postgres";

REVOKE ALL ON TABLE "public"."organizations" FROM "anon";
