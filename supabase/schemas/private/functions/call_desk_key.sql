CREATE OR REPLACE FUNCTION private.call_desk_key (
  p_log      public.specialist_call_logs,
  p_pillar   text,
  p_timezone text
)
  RETURNS private.call_desk_delta
  LANGUAGE sql
  IMMUTABLE
  SET search_path TO ''
  AS $function$
  select row(
    p_log.organization_id,
    (p_log.created_at at time zone p_timezone)::date,
    p_pillar,
    case when p_log.call_status = 'completed' then p_log.specialist_id end,
    p_log.outcome,
    case when p_log.call_status in ('pending', 'scheduled') then 1 else 0 end,
    private.call_wait_bucket(extract(epoch from p_log.first_called_at - p_log.created_at)::double precision),
    1
  )::private.call_desk_delta
$function$;

COMMENT ON FUNCTION "private"."call_desk_key"(public.specialist_call_logs, text, text) IS 'The keys of one call log in the desk''s daily aggregates (n = 1), given its chat''s pillar and its organization''s timezone.';

REVOKE ALL ON FUNCTION "private"."call_desk_key"(public.specialist_call_logs, text, text) FROM PUBLIC;
