CREATE OR REPLACE FUNCTION public.closer_kpis (
  p_organization_id text,
  p_preset          text DEFAULT 'today'::text,
  p_from            text DEFAULT NULL::text,
  p_to              text DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  AS $function$
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_from date := private.arg_date(p_from, 'from');
  v_to date := private.arg_date(p_to, 'to');
  v_today date;
  v_pf date;
  v_pt date;
  v_closers jsonb;
begin
  if v_org is null then
    raise exception 'Choose an organization.' using errcode = '22023', hint = 'field:organization_id';
  end if;
  v_today := private.org_today(v_org);
  select k.period_from, k.period_to into v_pf, v_pt from private.kpi_period(coalesce(p_preset, 'today'), v_from, v_to, v_today) k;

  with closers as (
    select distinct m.user_id
    from public.memberships m
    where m.organization_id = v_org and m.role = 'closer'
      and (private.has_role(v_org, array['admin', 'manager']) or m.user_id = (select auth.uid()))
  ), ids as (
    select array_agg(c.user_id) as a from closers c
  ), scheduled as (
    -- Calls by their scheduled date (organization-local): today's, the period's, and the period's
    -- decided ones (an outcome: not one of private.awaiting_outcome_call_statuses()).
    select ca.closer_id,
      count(*) filter (where ca.scheduled_date = v_today) as calls_today,
      count(*) filter (where ca.scheduled_date between v_pf and v_pt) as calls,
      count(*) filter (where ca.scheduled_date between v_pf and v_pt
                         and ca.status <> all (private.awaiting_outcome_call_statuses())) as decided,
      count(*) filter (where ca.scheduled_date between v_pf and v_pt
                         and ca.status = any (private.sales_converted_statuses())) as converted_of_calls
    from public.call_appointments ca
    where ca.organization_id = v_org
      and ca.closer_id = any ((select a from ids)::uuid[])
      and (ca.scheduled_date between v_pf and v_pt or ca.scheduled_date = v_today)
    group by ca.closer_id
  ), conversions as (
    -- Sales made in the period: the closer's students (whatever their status now: a sale later
    -- refunded or discontinued was still made) by conversion date, with their money.
    select cs.closer_id, count(*) as conversions, sum(cs.offer_amount) as offered,
      sum(cs.cash_received) as received, sum(cs.due_amount) as due,
      sum(cs.offer_amount - cs.cash_received - cs.due_amount) as written_off
    from public.cohort_students cs
    where cs.organization_id = v_org
      and cs.conversion_date between v_pf and v_pt
      and cs.closer_id = any ((select a from ids)::uuid[])
    group by cs.closer_id
  ), cash as (
    -- Cash collected in the period: the ledger's entries by date on the closer's students (the
    -- same students as conversions count): payments in, refunds out.
    select cs.closer_id,
      coalesce(sum(p.amount) filter (where p.kind = 'payment'), 0) as paid,
      coalesce(sum(p.amount) filter (where p.kind = 'refund'), 0) as refunded
    from public.emi_payments p
    join public.cohort_students cs on cs.id = p.cohort_student_id
    where p.organization_id = v_org
      and p.paid_on between v_pf and v_pt
      and cs.closer_id = any ((select a from ids)::uuid[])
    group by cs.closer_id
  ), rows as (
    select c.user_id as closer_id, coalesce(pr.full_name, '') as closer_name,
      coalesce(s.calls_today, 0) as calls_today, coalesce(s.calls, 0) as calls,
      coalesce(s.decided, 0) as decided, coalesce(s.converted_of_calls, 0) as converted_of_calls,
      coalesce(v.conversions, 0) as conversions, coalesce(m.paid, 0) - coalesce(m.refunded, 0) as cash_collected,
      coalesce(m.refunded, 0) as refunds,
      coalesce(v.offered, 0) as offered, coalesce(v.received, 0) as received,
      coalesce(v.due, 0) as due, coalesce(v.written_off, 0) as written_off
    from closers c
    left join public.profiles pr on pr.id = c.user_id
    left join scheduled s on s.closer_id = c.user_id
    left join conversions v on v.closer_id = c.user_id
    left join cash m on m.closer_id = c.user_id
  )
  select coalesce(jsonb_agg(jsonb_build_object(
      'closer_id', r.closer_id, 'closer_name', r.closer_name, 'calls_today', r.calls_today, 'calls', r.calls,
      'decided', r.decided, 'converted_of_calls', r.converted_of_calls, 'conversions', r.conversions,
      'conversion_rate', case when r.decided > 0 then round(r.converted_of_calls::numeric / r.decided, 4) end,
      'cash_collected', r.cash_collected, 'refunds', r.refunds,
      'offered', r.offered, 'received', r.received, 'due', r.due, 'written_off', r.written_off)
    order by r.closer_name, r.closer_id), '[]'::jsonb)
  into v_closers
  from rows r;

  return jsonb_build_object(
    'period', jsonb_build_object('preset', coalesce(p_preset, 'today'), 'from', v_pf, 'to', v_pt, 'today', v_today),
    'closers', v_closers,
    'total', (
      select jsonb_build_object(
        'calls_today', coalesce(sum((e ->> 'calls_today')::bigint), 0),
        'calls', coalesce(sum((e ->> 'calls')::bigint), 0),
        'decided', coalesce(sum((e ->> 'decided')::bigint), 0),
        'converted_of_calls', coalesce(sum((e ->> 'converted_of_calls')::bigint), 0),
        'conversions', coalesce(sum((e ->> 'conversions')::bigint), 0),
        'conversion_rate', case when coalesce(sum((e ->> 'decided')::bigint), 0) > 0
          then round(sum((e ->> 'converted_of_calls')::bigint)::numeric / sum((e ->> 'decided')::bigint), 4) end,
        'cash_collected', coalesce(sum((e ->> 'cash_collected')::numeric), 0),
        'refunds', coalesce(sum((e ->> 'refunds')::numeric), 0),
        'offered', coalesce(sum((e ->> 'offered')::numeric), 0),
        'received', coalesce(sum((e ->> 'received')::numeric), 0),
        'due', coalesce(sum((e ->> 'due')::numeric), 0),
        'written_off', coalesce(sum((e ->> 'written_off')::numeric), 0))
      from jsonb_array_elements(v_closers) e)
  );
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."closer_kpis"(text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."closer_kpis"(text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."closer_kpis"(text, text, text, text) IS 'KPI figures of the closers for a period in the organization''s timezone (preset today | week (ISO, Monday..Sunday) | month | custom with p_from..p_to): calls today; calls scheduled in the period; decided ones (status other than scheduled/reschedule/pending) and the converted among them, whose ratio is conversion_rate (null when none decided). Conversions = the closer''s students (any status now) whose conversion_date is in the period, with their offered / received / due / written_off (offered = received + due + written_off); cash_collected = ledger payments minus refunds dated in the period on the closer''s students (the same students conversions count), refunds = the refunds alone. One object per closer of the organization plus the total of those shown; a closer sees only their own figures, other roles none (RLS). Refuses bad ids, dates, presets and From after To (22023 field:*).';

REVOKE ALL ON FUNCTION "public"."closer_kpis"(text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."closer_kpis"(text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."closer_kpis"(text, text, text, text) FROM PUBLIC, "anon";
