CREATE OR REPLACE FUNCTION private.member_open_work_data (
  p_org  uuid,
  p_user uuid
)
  RETURNS jsonb
  LANGUAGE plpgsql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  return jsonb_build_object(
    'user_id', p_user,
    'calls_total', (select count(*) from public.call_appointments a
                    where a.organization_id = p_org and a.closer_id = p_user and a.status = any (private.open_call_appointment_statuses())),
    'calls', coalesce((
      select jsonb_agg(jsonb_build_object('id', x.id, 'scheduled_date', x.scheduled_date, 'scheduled_time', x.scheduled_time,
                                          'status', x.status, 'lead_name', x.full_name) order by x.scheduled_date, x.scheduled_time)
      from (select a.id, a.scheduled_date, a.scheduled_time, a.status, l.full_name
            from public.call_appointments a join public.leads l on l.id = a.lead_id
            where a.organization_id = p_org and a.closer_id = p_user and a.status = any (private.open_call_appointment_statuses())
            order by a.scheduled_date, a.scheduled_time limit 100) x), '[]'::jsonb),
    'claims', coalesce((
      select jsonb_agg(jsonb_build_object('id', x.id, 'call_status', x.call_status, 'claimed_at', x.claimed_at,
                                          'member_name', x.full_name) order by x.claimed_at)
      from (select c.id, c.call_status, c.claimed_at, p.full_name
            from public.specialist_call_logs c join public.profiles p on p.id = c.user_id
            where c.organization_id = p_org and c.claimed_by = p_user and c.call_status in ('pending', 'scheduled')
            order by c.claimed_at limit 100) x), '[]'::jsonb)
  );
end
$function$;

COMMENT ON FUNCTION "private"."member_open_work_data"(uuid, uuid) IS 'What that person leaves open in the organization (no access check: callers check).';

REVOKE ALL ON FUNCTION "private"."member_open_work_data"(uuid, uuid) FROM PUBLIC;
