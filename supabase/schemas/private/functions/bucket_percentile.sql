CREATE OR REPLACE FUNCTION private.bucket_percentile (
  p_buckets  integer[],
  p_counts   bigint[],
  p_fraction double precision
)
  RETURNS double precision
  LANGUAGE plpgsql
  IMMUTABLE
  SET search_path TO ''
  AS $function$
-- percentile_cont over a histogram: p_buckets ascending, p_counts their counts; the value at rank
-- r (0-based) is the bucket holding it, interpolated between ranks as percentile_cont does.
declare
  v_total bigint := 0;
  v_pos double precision;
  v_lo bigint;
  v_hi bigint;
  v_cum bigint := 0;
  v_lo_value double precision;
  v_hi_value double precision;
begin
  for i in 1 .. coalesce(cardinality(p_counts), 0) loop
    v_total := v_total + p_counts[i];
  end loop;
  if v_total = 0 then
    return null;
  end if;
  v_pos := p_fraction * (v_total - 1);
  v_lo := floor(v_pos)::bigint;
  v_hi := ceil(v_pos)::bigint;
  for i in 1 .. cardinality(p_buckets) loop
    v_cum := v_cum + p_counts[i];
    if v_lo_value is null and v_lo < v_cum then
      v_lo_value := p_buckets[i];
    end if;
    if v_hi < v_cum then
      v_hi_value := p_buckets[i];
      exit;
    end if;
  end loop;
  return v_lo_value + (v_pos - v_lo) * (v_hi_value - v_lo_value);
end
$function$;

COMMENT ON FUNCTION "private"."bucket_percentile"(integer[], bigint[], double precision) IS 'percentile_cont(p_fraction) of a histogram (p_buckets ascending with their p_counts): the exact percentile_cont of the values rounded to their buckets. Null when the histogram is empty.';

REVOKE ALL ON FUNCTION "private"."bucket_percentile"(integer[], bigint[], double precision) FROM PUBLIC;
