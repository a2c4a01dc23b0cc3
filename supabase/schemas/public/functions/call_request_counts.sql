CREATE OR REPLACE FUNCTION public.call_request_counts (
  p_organization_id text,
  p_since           text DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  SET jit TO 'off'
  AS $function$
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_since timestamptz := private.arg_timestamptz(p_since, 'since');
  v_ok boolean;
  v_resolved bigint;
begin
  if v_org is null then
    raise exception 'Choose an organization.' using errcode = '22023', hint = 'field:organization_id';
  end if;
  v_ok := private.has_role(v_org, array['specialist', 'admin']);
  if not v_ok then
    return jsonb_build_object('pending', 0, 'resolved', 0, 'resolved_capped', false, 'new_since', 0, 'as_of', now());
  end if;
  -- The completed history only up to 1,001 rows: the tab shows "1,000+" beyond.
  select count(*) into v_resolved from (
    select 1 from public.specialist_call_logs l
    where l.organization_id = v_org and l.call_status = 'completed' limit 1001
  ) c;
  return jsonb_build_object(
    'pending', (select count(*) from public.specialist_call_logs l
                where l.organization_id = v_org and l.call_status in ('pending', 'scheduled')),
    'resolved', least(v_resolved, 1000),
    'resolved_capped', v_resolved > 1000,
    'new_since', case when v_since is null then 0 else
                 (select count(*) from public.specialist_call_logs l
                  where l.organization_id = v_org and l.call_status in ('pending', 'scheduled') and l.created_at > v_since) end,
    'as_of', now()
  );
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."call_request_counts"(text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."call_request_counts"(text, text) TO "service_role";

COMMENT ON FUNCTION "public"."call_request_counts"(text, text) IS 'Tab counts of the call queue: open (pending) requests of the organization, completed (resolved) ones up to 1000 (resolved_capped = more: "1,000+"), and new_since = open requests created after p_since (for the "new request" title); as_of is the database''s now, to pass back as the next p_since. Zero for callers who are not specialist/admin there (checked here: security definer, the counts read the partial indexes alone). Refuses malformed id/time (22023 field:*).';

REVOKE ALL ON FUNCTION "public"."call_request_counts"(text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."call_request_counts"(text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."call_request_counts"(text, text) FROM PUBLIC, "anon";
