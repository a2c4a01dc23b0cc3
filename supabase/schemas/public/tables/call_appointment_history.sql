CREATE TABLE "public"."call_appointment_history" (
  "id"                  bigint                   GENERATED ALWAYS AS IDENTITY NOT NULL,
  "organization_id"     uuid                     NOT NULL,
  "call_appointment_id" uuid                     NOT NULL,
  "changed_at"          timestamp with time zone NOT NULL DEFAULT now(),
  "changed_by"          uuid,
  "source"              text                     NOT NULL,
  "old_status"          text,
  "new_status"          text                     NOT NULL,
  "changes"             jsonb                    NOT NULL DEFAULT '{}'::jsonb,
  "remarks"             text,
  CONSTRAINT "call_appointment_history_pkey" PRIMARY KEY (id),
  CONSTRAINT "call_appointment_history_source_check" CHECK ((source = ANY (ARRAY['app'::text, 'database'::text]))),
  CONSTRAINT "call_appointment_history_call_appointment_id_fkey" FOREIGN KEY (call_appointment_id) REFERENCES public.call_appointments(id) ON DELETE CASCADE,
  CONSTRAINT "call_appointment_history_organization_id_fkey" FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE,
  CONSTRAINT "call_appointment_history_changed_by_fkey" FOREIGN KEY (changed_by) REFERENCES public.profiles(id) ON DELETE SET NULL
);

ALTER TABLE "public"."call_appointment_history"
  ENABLE ROW LEVEL SECURITY;

CREATE INDEX call_appointment_history_appointment_idx ON public.call_appointment_history USING btree (call_appointment_id, id);

CREATE INDEX call_appointment_history_changed_by_idx ON public.call_appointment_history USING btree (changed_by);

CREATE INDEX call_appointment_history_organization_id_idx ON public.call_appointment_history USING btree (organization_id);

CREATE POLICY "Admins and managers read the history of all calls, closers that" ON "public"."call_appointment_history"
  FOR SELECT
  TO "authenticated"
  USING
    (((organization_id IN ( SELECT private.org_ids_with_role(ARRAY['admin'::text, 'manager'::text]) AS org_ids_with_role)) OR (call_appointment_id IN ( SELECT
    private.closer_appointment_ids() AS closer_appointment_ids))));

REVOKE ALL ON SEQUENCE "public"."call_appointment_history_id_seq" FROM "anon";

GRANT SELECT, UPDATE, USAGE ON SEQUENCE "public"."call_appointment_history_id_seq" TO "anon";

REVOKE ALL ON SEQUENCE "public"."call_appointment_history_id_seq" FROM "authenticated";

GRANT SELECT, UPDATE, USAGE ON SEQUENCE "public"."call_appointment_history_id_seq" TO "authenticated";

REVOKE ALL ON SEQUENCE "public"."call_appointment_history_id_seq" FROM "postgres";

GRANT SELECT, UPDATE, USAGE ON SEQUENCE "public"."call_appointment_history_id_seq" TO "postgres";

REVOKE ALL ON SEQUENCE "public"."call_appointment_history_id_seq" FROM "service_role";

GRANT SELECT, UPDATE, USAGE ON SEQUENCE "public"."call_appointment_history_id_seq" TO "service_role";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."call_appointment_history" TO "service_role";

COMMENT ON TABLE "public"."call_appointment_history" IS 'One row per creation and per change of status, date, time, closer or batch of a call appointment, written by trigger whatever the path. changed_by is the signed-in caller (null and source = database for SQL run without a user). changes: {field: {from, to}} for the fields other than status that changed.';

REVOKE ALL ON TABLE "public"."call_appointment_history" FROM "authenticated";

GRANT SELECT ON TABLE "public"."call_appointment_history" TO "authenticated";

REVOKE ALL ON TABLE "public"."call_appointment_history" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."call_appointment_history" TO "postgres";

REVOKE ALL ON TABLE "public"."call_appointment_history" FROM "anon";
