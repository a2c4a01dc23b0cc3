-- Issue 14: required text made only of invisible or formatting characters is empty text, and batch
-- dates get a business range.
set lock_timeout = '5s';
set statement_timeout = '60s';

-- private.clean_text, from its body in 20261202085000_rpc_argument_parsing.sql, with the characters
-- that show nothing extended from spaces and zero-width characters to Unicode White_Space and
-- Default_Ignorable_Code_Point (bidi controls and isolates such as U+202E and U+2066, invisible
-- operators such as U+2061, the combining grapheme joiner U+034F, variation selectors such as U+FE0F,
-- Hangul fillers U+115F, U+1160, U+3164, U+FFA0, tag characters U+E0000..U+E0FFF, ...) and the blank
-- Braille pattern U+2800. The list is src/domain/input-rules.ts INVISIBLE_RANGES, written as a
-- bracket expression (\uXXXX, \UXXXXXXXX above the BMP); supabase/tests/invisible-text.test.ts
-- checks that the two agree. Every write function cleans its text arguments through here
-- (private.check_text), so a name of U+3164 alone is refused as "is required".
create or replace function private.clean_text(p_value text)
returns text
language sql immutable set search_path = ''
as $$
  select nullif(
    regexp_replace(
      p_value,
      '^[\u0009-\u000d\u0020\u0085\u00a0\u00ad\u034f\u061c\u115f-\u1160\u1680\u17b4-\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u2800\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]+|[\u0009-\u000d\u0020\u0085\u00a0\u00ad\u034f\u061c\u115f-\u1160\u1680\u17b4-\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u2800\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]+$',
      '', 'g'),
    '')
$$;
comment on function private.clean_text(text) is 'Trims whitespace and characters that show nothing (Unicode White_Space, Default_Ignorable_Code_Point, U+2800; src/domain/input-rules.ts INVISIBLE_RANGES) at both ends; null when nothing visible is left.';

-- Batch start and end dates: 2000-01-01..2100-12-31 (src/domain/input-rules.ts BATCH_DATE_MIN/MAX;
-- the batch form checks the same). Parsed and bounded as the arguments are read, in the public
-- function (from its body in 20261202130100_idempotent_writes.sql, arg_date -> arg_batch_date), so
-- the idempotency check stays first and private.save_cohort_batch_impl (end before start, names,
-- rights) is unchanged.
create or replace function private.arg_batch_date(p_value text, p_field text)
returns date
language plpgsql immutable set search_path = ''
as $$
declare
  v date := private.arg_date(p_value, p_field);
begin
  if v is not null and (v < date '2000-01-01' or v > date '2100-12-31') then
    raise exception 'The % date must be between 2000-01-01 and 2100-12-31.', case when p_field = 'end_date' then 'end' else 'start' end
      using errcode = '22023', hint = 'field:' || p_field;
  end if;
  return v;
end
$$;
comment on function private.arg_batch_date(text, text) is 'Parses a batch start or end date (private.arg_date) and refuses one outside 2000-01-01..2100-12-31 (22023 field:<name>). Null stays null.';
revoke all on function private.arg_batch_date(text, text) from public, anon;
grant execute on function private.arg_batch_date(text, text) to authenticated;

create or replace function public.save_cohort_batch(p_organization_id text, p_cohort_type_id text, p_name text, p_status text, p_start_date text DEFAULT NULL::text, p_end_date text DEFAULT NULL::text, p_id text DEFAULT NULL::text)
 RETURNS jsonb
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
  select coalesce(
    private.replayed_write('save_cohort_batch'),
    private.remember_write(
    private.save_cohort_batch_impl(
      private.arg_uuid(p_organization_id, 'organization_id'),
      private.arg_uuid(p_cohort_type_id, 'cohort_type_id'),
      p_name,
      p_status,
      private.arg_batch_date(p_start_date, 'start_date'),
      private.arg_batch_date(p_end_date, 'end_date'),
      private.arg_uuid(p_id, 'id')
    )
    )
  )
$function$;
comment on function public.save_cohort_batch(text, text, text, text, text, text, text) is
  'Parses its uuid/date arguments (malformed: 22023 field:<name>; start or end date outside 2000-01-01..2100-12-31: 22023 field:start_date / field:end_date; nothing written) and runs private.save_cohort_batch_impl (see its comment).';
