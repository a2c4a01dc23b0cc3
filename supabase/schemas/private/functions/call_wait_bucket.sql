CREATE OR REPLACE FUNCTION private.call_wait_bucket (
  p_seconds double precision
)
  RETURNS integer
  LANGUAGE sql
  IMMUTABLE
  SET search_path TO ''
  AS $function$
  select case
    when p_seconds is null then null
    when p_seconds <= 60 then ceil(p_seconds)::integer
    when p_seconds <= 86400 then (ceil(p_seconds / 60) * 60)::integer
    else (least(ceil(p_seconds / 3600) * 3600, 2147483647))::integer
  end
$function$;

COMMENT ON FUNCTION "private"."call_wait_bucket"(double precision) IS 'The wait bucket of a wait in seconds, named by its upper edge in seconds: whole seconds up to 60, whole minutes up to one day, whole hours beyond. Every whole minute up to 1440 is an edge, so "called within T minutes" is exact from the buckets.';

REVOKE ALL ON FUNCTION "private"."call_wait_bucket"(double precision) FROM PUBLIC;
