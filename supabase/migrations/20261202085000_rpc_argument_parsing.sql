-- Parsing of rpc arguments that arrive as text.
--
-- PostgREST casts each JSON argument to the parameter's declared type before the function body
-- runs, so a function declared with a uuid/date/numeric/int parameter answers a bad value with a
-- raw 22P02/22007/22008/22003 that names no field. Public rpc functions therefore declare such
-- parameters as text and parse them with these helpers, which refuse a bad value with 22023 and
-- `hint = 'field:<name>'` (the error contract of docs/api.md). A null stays null: whether a value is
-- required is the calling function's decision.

create or replace function private.arg_uuid(p_value text, p_field text)
returns uuid
language plpgsql immutable set search_path = ''
as $$
begin
  if p_value is null then
    return null;
  end if;
  if p_value !~* '^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$' then
    raise exception 'That is not a valid id.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  return p_value::uuid;
end
$$;
comment on function private.arg_uuid(text, text) is 'Parses a uuid argument; refuses anything else with 22023 field:<name>. Null stays null.';
revoke all on function private.arg_uuid(text, text) from public, anon;
grant execute on function private.arg_uuid(text, text) to authenticated;

create or replace function private.arg_date(p_value text, p_field text)
returns date
language plpgsql immutable set search_path = ''
as $$
declare
  v date;
begin
  if p_value is null then
    return null;
  end if;
  -- Only a plain calendar date YYYY-MM-DD: no 'infinity', 'epoch', BC dates or years past 9999.
  if p_value !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' then
    raise exception 'That is not a valid date.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  begin
    v := to_date(p_value, 'YYYY-MM-DD');
  exception when others then
    raise exception 'That is not a valid date.' using errcode = '22023', hint = 'field:' || p_field;
  end;
  -- to_date accepts 2026-02-30 as 2026-03-02: refuse dates that do not exist.
  if to_char(v, 'YYYY-MM-DD') <> p_value or extract(year from v) < 1 then
    raise exception 'That is not a valid date.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  return v;
end
$$;
comment on function private.arg_date(text, text) is 'Parses a YYYY-MM-DD date argument; refuses other forms, impossible dates, infinity and BC dates with 22023 field:<name>. Null stays null.';
revoke all on function private.arg_date(text, text) from public, anon;
grant execute on function private.arg_date(text, text) to authenticated;

create or replace function private.arg_timestamptz(p_value text, p_field text)
returns timestamptz
language plpgsql stable set search_path = ''
as $$
declare
  v timestamptz;
begin
  if p_value is null then
    return null;
  end if;
  -- An ISO 8601 instant as JSON.stringify(new Date()) or Date.toISOString() writes it, with an
  -- explicit offset: no 'infinity', 'now', BC or five-digit years.
  if p_value !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)$' then
    raise exception 'That is not a valid date and time.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  begin
    v := p_value::timestamptz;
  exception when others then
    raise exception 'That is not a valid date and time.' using errcode = '22023', hint = 'field:' || p_field;
  end;
  return v;
end
$$;
comment on function private.arg_timestamptz(text, text) is 'Parses an ISO 8601 timestamp with offset; refuses other forms, infinity and impossible values with 22023 field:<name>. Null stays null.';
revoke all on function private.arg_timestamptz(text, text) from public, anon;
grant execute on function private.arg_timestamptz(text, text) to authenticated;

create or replace function private.arg_numeric(p_value text, p_field text, p_scale int default 2)
returns numeric
language plpgsql immutable set search_path = ''
as $$
declare
  v text := btrim(p_value);
begin
  if p_value is null then
    return null;
  end if;
  if v !~ '^[+-]?[0-9]{1,15}(\.[0-9]+)?$' then
    raise exception 'That is not a valid number.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  -- Trailing zeros are not precision: 12.500 is 12.50.
  if length(coalesce(substring(rtrim(v, '0') from '\.([0-9]*)$'), '')) > p_scale
     and position('.' in v) > 0 then
    raise exception 'Use at most % decimal places.', p_scale using errcode = '22023', hint = 'field:' || p_field;
  end if;
  return v::numeric;
end
$$;
comment on function private.arg_numeric(text, text, int) is 'Parses a decimal argument (JSON number or string) with at most p_scale decimals; refuses anything else with 22023 field:<name>. Null stays null. Ranges are the caller''s.';
revoke all on function private.arg_numeric(text, text, int) from public, anon;
grant execute on function private.arg_numeric(text, text, int) to authenticated;

create or replace function private.arg_int(p_value text, p_field text)
returns int
language plpgsql immutable set search_path = ''
as $$
begin
  if p_value is null then
    return null;
  end if;
  if btrim(p_value) !~ '^[+-]?[0-9]{1,9}$' then
    raise exception 'That is not a valid whole number.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  return btrim(p_value)::int;
end
$$;
comment on function private.arg_int(text, text) is 'Parses a whole-number argument within ±999,999,999; refuses anything else with 22023 field:<name>. Null stays null.';
revoke all on function private.arg_int(text, text) from public, anon;
grant execute on function private.arg_int(text, text) to authenticated;

create or replace function private.clean_text(p_value text)
returns text
language sql immutable set search_path = ''
as $$
  -- Whitespace and invisible characters (zero-width space/joiners, BOM, word joiner, soft hyphen,
  -- NBSP and the other Unicode spaces) at either end are removed; text made only of them is null.
  select nullif(
    regexp_replace(
      p_value,
      '^[\s\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+|[\s\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+$',
      '', 'g'),
    '')
$$;
comment on function private.clean_text(text) is 'Trims whitespace and invisible characters at both ends; null when nothing visible is left.';
revoke all on function private.clean_text(text) from public, anon;
grant execute on function private.clean_text(text) to authenticated;
