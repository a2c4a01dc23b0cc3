CREATE OR REPLACE FUNCTION public.book_call_appointment (
  p_organization_id text,
  p_full_name       text,
  p_email           text,
  p_phone           text,
  p_closer_id       text,
  p_scheduled_date  text,
  p_scheduled_time  text,
  p_remarks         text DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_replayed jsonb := private.replayed_write('book_call_appointment');
  v_org uuid;
  v_uid uuid;
begin
  if v_replayed is not null then
    return v_replayed;
  end if;
  v_org := private.arg_uuid(p_organization_id, 'organization_id');
  v_uid := private.assert_call_desk_staff(v_org);
  return private.remember_write(private.book_call_impl(
    v_org, p_full_name, p_email, p_phone,
    private.arg_uuid(p_closer_id, 'closer_id'),
    private.arg_date(p_scheduled_date, 'scheduled_date'),
    private.arg_time(p_scheduled_time, 'scheduled_time'),
    p_remarks, 'manual', null, null, v_uid));
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."book_call_appointment"(text, text, text, text, text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."book_call_appointment"(text, text, text, text, text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."book_call_appointment"(text, text, text, text, text, text, text, text) IS 'Admins and managers: books a call for the lead with this email or E.164 phone (created with the name when new), for a closer of the organization or unassigned (closer null), on a local date (today .. two years ahead) and time in the organization''s timezone. Returns {appointment, lead, created, lead_created}. PT404 outside the organization, PT403 for other roles, 22023 field:<name> for bad input; nothing written after a refusal.';

REVOKE ALL ON FUNCTION "public"."book_call_appointment"(text, text, text, text, text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."book_call_appointment"(text, text, text, text, text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."book_call_appointment"(text, text, text, text, text, text, text, text) FROM PUBLIC, "anon";
