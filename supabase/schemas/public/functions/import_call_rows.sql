CREATE OR REPLACE FUNCTION public.import_call_rows (
  p_organization_id text,
  p_rows            jsonb
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_replayed jsonb := private.replayed_write('import_call_rows');
  v_org uuid;
  v_uid uuid;
  v_row jsonb;
  v_n int := 0;
  v_created int := 0;
  v_existing int := 0;
  v_leads int := 0;
  v_closer uuid;
  v_closer_email text;
  v_closers jsonb;
  v_known jsonb;
  v_today date;
  v_result jsonb;
  v_msg text;
  v_hint text;
begin
  if v_replayed is not null then
    return v_replayed;
  end if;
  v_org := private.arg_uuid(p_organization_id, 'organization_id');
  v_uid := private.assert_call_desk_staff(v_org);
  if p_rows is null or jsonb_typeof(p_rows) <> 'array' or jsonb_array_length(p_rows) = 0 then
    raise exception 'There are no rows to import.' using errcode = '22023', hint = 'field:rows';
  end if;
  if jsonb_array_length(p_rows) > 500 then
    raise exception 'Import at most 500 rows at a time.' using errcode = '22023', hint = 'field:rows';
  end if;
  -- Once per request: the closers by login email, today, and the row keys imported before.
  select coalesce(jsonb_object_agg(lower(u.email), m.user_id), '{}'::jsonb) into v_closers
  from public.memberships m join auth.users u on u.id = m.user_id
  where m.organization_id = v_org and m.role = 'closer' and u.email is not null;
  v_today := private.org_today(v_org);
  select coalesce(jsonb_object_agg(k.external_key, true), '{}'::jsonb) into v_known
  from private.call_external_keys k
  where k.organization_id = v_org and k.source = 'csv'
    and k.external_key in (select btrim(e ->> 'key') from jsonb_array_elements(p_rows) e where jsonb_typeof(e) = 'object');
  begin
  for v_row in select value from jsonb_array_elements(p_rows) loop
    v_n := v_n + 1;
      if jsonb_typeof(v_row) <> 'object' or private.clean_text(v_row ->> 'key') is null then
        raise exception 'The row has no key.' using errcode = '22023', hint = 'field:key';
      end if;
      if v_known ? btrim(v_row ->> 'key') then
        -- Imported before: nothing to check or write.
        v_existing := v_existing + 1;
        continue;
      end if;
      v_closer := null;
      if nullif(btrim(v_row ->> 'closer_email'), '') is not null then
        v_closer_email := private.normalize_email(v_row ->> 'closer_email');
        v_closer := (v_closers ->> v_closer_email)::uuid;
        if v_closer is null then
          raise exception 'No closer of this organization signs in with %.', v_row ->> 'closer_email' using errcode = '22023', hint = 'field:closer_email';
        end if;
      end if;
      v_result := private.book_call_impl(
        v_org, v_row ->> 'full_name', v_row ->> 'email', v_row ->> 'phone', v_closer,
        private.arg_date(v_row ->> 'scheduled_date', 'scheduled_date'),
        private.arg_time(nullif(v_row ->> 'scheduled_time', ''), 'scheduled_time'),
        v_row ->> 'remarks', 'csv', 'csv', v_row ->> 'key', v_uid, v_today);
    if (v_result ->> 'created')::boolean then
      v_created := v_created + 1;
    else
      v_existing := v_existing + 1;
    end if;
    if (v_result ->> 'lead_created')::boolean then
      v_leads := v_leads + 1;
    end if;
  end loop;
  -- One block for the whole request (not a subtransaction per row): the first bad row stops it.
  exception when sqlstate '22023' then
    get stacked diagnostics v_msg = message_text, v_hint = pg_exception_hint;
    raise exception 'Row %: %', v_n, v_msg using errcode = '22023', hint = v_hint,
      detail = jsonb_build_object('row', v_n, 'field', replace(coalesce(v_hint, ''), 'field:', ''), 'message', v_msg)::text;
  end;
  return private.remember_write(jsonb_build_object('created', v_created, 'existing', v_existing, 'leads_created', v_leads));
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."import_call_rows"(text, jsonb) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."import_call_rows"(text, jsonb) TO "service_role";

COMMENT ON FUNCTION "public"."import_call_rows"(text, jsonb) IS 'Admins and managers: imports up to 500 rows [{key, full_name, email, phone (E.164), closer_email, scheduled_date, scheduled_time, remarks}] through the booking path; a row whose key was imported before changes nothing. A bad row refuses the whole request (22023, DETAIL {row, field, message}); nothing is written. Returns {created, existing, leads_created}.';

REVOKE ALL ON FUNCTION "public"."import_call_rows"(text, jsonb) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."import_call_rows"(text, jsonb) TO "postgres";

REVOKE ALL ON FUNCTION "public"."import_call_rows"(text, jsonb) FROM PUBLIC, "anon";
