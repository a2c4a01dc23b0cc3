CREATE OR REPLACE FUNCTION public.list_call_status_history (
  p_appointment_id text,
  p_limit          text DEFAULT NULL::text,
  p_offset         text DEFAULT NULL::text
)
  RETURNS TABLE (
    id              bigint,
    changed_at      timestamp with time zone,
    changed_by      uuid,
    changed_by_name text,
    source          text,
    old_status      text,
    new_status      text,
    changes         jsonb,
    remarks         text,
    total_count     bigint
  )
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  AS $function$
declare
  v_id uuid := private.arg_uuid(p_appointment_id, 'appointment_id');
  v_limit int := least(greatest(coalesce(private.arg_int(p_limit, 'limit'), 50), 1), 200);
  v_offset int := greatest(coalesce(private.arg_int(p_offset, 'offset'), 0), 0);
begin
  if v_id is null then
    raise exception 'Choose a call.' using errcode = '22023', hint = 'field:appointment_id';
  end if;
  return query
    with page as (
      select h.*, count(*) over () as total_count
      from public.call_appointment_history h
      where h.call_appointment_id = v_id
      order by h.id desc
      limit v_limit offset v_offset
    )
    select p.id, p.changed_at, p.changed_by, pr.full_name, p.source, p.old_status, p.new_status, p.changes, p.remarks, p.total_count
    from page p
    left join public.profiles pr on pr.id = p.changed_by
    order by p.id desc;
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."list_call_status_history"(text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."list_call_status_history"(text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."list_call_status_history"(text, text, text) IS 'Newest first: the history of one call appointment (creation, status, date, time, closer and batch changes with who and when), paged (limit 1..200, default 50) with total_count. RLS: whoever reads the appointment reads its history; anyone else gets no rows. Refuses a missing or malformed id (22023 field:appointment_id).';

REVOKE ALL ON FUNCTION "public"."list_call_status_history"(text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."list_call_status_history"(text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."list_call_status_history"(text, text, text) FROM PUBLIC, "anon";
