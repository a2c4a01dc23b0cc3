CREATE OR REPLACE FUNCTION private.kpi_period (
  p_preset text,
  p_from   date,
  p_to     date,
  p_today  date
)
  RETURNS TABLE (
    period_from date,
    period_to   date
  )
  LANGUAGE plpgsql
  IMMUTABLE
  SET search_path TO ''
  AS $function$
begin
  case p_preset
    when 'today' then
      return query select p_today, p_today;
    when 'week' then
      -- ISO week: Monday to Sunday.
      return query select p_today - (extract(isodow from p_today)::int - 1), p_today - (extract(isodow from p_today)::int - 1) + 6;
    when 'month' then
      return query select date_trunc('month', p_today)::date, (date_trunc('month', p_today) + interval '1 month - 1 day')::date;
    when 'custom' then
      if p_from is null then
        raise exception 'Choose the start date.' using errcode = '22023', hint = 'field:from';
      end if;
      if p_to is null then
        raise exception 'Choose the end date.' using errcode = '22023', hint = 'field:to';
      end if;
      if p_from > p_to then
        raise exception 'The start date must be on or before the end date.' using errcode = '22023', hint = 'field:to';
      end if;
      if p_to - p_from > 366 * 3 then
        raise exception 'Choose a period of at most three years.' using errcode = '22023', hint = 'field:from';
      end if;
      return query select p_from, p_to;
    else
      raise exception 'Choose a period: today, this week, this month or custom.' using errcode = '22023', hint = 'field:preset';
  end case;
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."kpi_period"(text, date, date, date) TO "authenticated";

COMMENT ON FUNCTION "private"."kpi_period"(text, date, date, date) IS 'The dates of a KPI period: today, this ISO week (Monday..Sunday), this month, or a custom From..To (both required, From <= To, at most three years), relative to p_today. Refuses anything else with 22023 field:preset/from/to.';

REVOKE ALL ON FUNCTION "private"."kpi_period"(text, date, date, date) FROM PUBLIC;
