CREATE OR REPLACE FUNCTION public.assign_call_appointments (
  p_organization_id text,
  p_appointment_ids text[],
  p_closer_id       text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_replayed jsonb := private.replayed_write('assign_call_appointments');
  v_org uuid;
  v_uid uuid;
  v_closer uuid;
  v_ids uuid[];
  v_found int;
  v_sales int;
  v_updated int;
begin
  if v_replayed is not null then
    return v_replayed;
  end if;
  v_org := private.arg_uuid(p_organization_id, 'organization_id');
  v_uid := private.assert_call_desk_staff(v_org);
  v_closer := private.check_closer(v_org, private.arg_uuid(p_closer_id, 'closer_id'));
  if p_appointment_ids is null or cardinality(p_appointment_ids) = 0 then
    raise exception 'Choose at least one call.' using errcode = '22023', hint = 'field:appointment_ids';
  end if;
  if cardinality(p_appointment_ids) > 500 then
    raise exception 'Assign at most 500 calls at a time.' using errcode = '22023', hint = 'field:appointment_ids';
  end if;
  select array_agg(distinct private.arg_uuid(x, 'appointment_ids')) into v_ids from unnest(p_appointment_ids) x;
  -- Locked in id order: two managers assigning overlapping selections never deadlock.
  perform 1 from public.call_appointments ca where ca.id = any (v_ids) and ca.organization_id = v_org order by ca.id for update;
  select count(*), count(*) filter (where private.is_sale(ca)) into v_found, v_sales
  from public.call_appointments ca where ca.id = any (v_ids) and ca.organization_id = v_org;
  if v_found <> cardinality(v_ids) then
    raise exception '% of the chosen calls were not found in this organization; nothing was assigned.', cardinality(v_ids) - v_found
      using errcode = 'PT404', hint = 'not_found';
  end if;
  if v_sales > 0 then
    raise exception '% of the chosen calls are converted and keep their closer; nothing was assigned.', v_sales
      using errcode = 'PT409', hint = 'converted_locked';
  end if;
  perform set_config('cohort_desk.call_via', 'manual', true);
  update public.call_appointments ca set closer_id = v_closer, updated_by = v_uid
  where ca.id = any (v_ids) and ca.organization_id = v_org and ca.closer_id is distinct from v_closer;
  get diagnostics v_updated = row_count;
  perform set_config('cohort_desk.call_via', '', true);
  return private.remember_write(jsonb_build_object('updated', v_updated, 'unchanged', cardinality(v_ids) - v_updated, 'closer_id', v_closer));
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."assign_call_appointments"(text, text[], text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."assign_call_appointments"(text, text[], text) TO "service_role";

COMMENT ON FUNCTION "public"."assign_call_appointments"(text, text[], text) IS 'Admins and managers: assigns 1..500 calls of the organization to a closer of it (closer null = unassigned); each change is in the call''s history. All or nothing: an id outside the organization (PT404) or a converted call (PT409 converted_locked) refuses the whole request. Returns {updated, unchanged, closer_id}.';

REVOKE ALL ON FUNCTION "public"."assign_call_appointments"(text, text[], text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."assign_call_appointments"(text, text[], text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."assign_call_appointments"(text, text[], text) FROM PUBLIC, "anon";
