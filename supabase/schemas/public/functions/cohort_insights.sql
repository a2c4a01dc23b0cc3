CREATE OR REPLACE FUNCTION public.cohort_insights (
  p_organization_id text,
  p_batch_id        text DEFAULT NULL::text,
  p_limit           text DEFAULT '10'::text,
  p_due_soon_offset text DEFAULT '0'::text,
  p_action_offset   text DEFAULT '0'::text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  SET plan_cache_mode TO 'force_custom_plan'
  AS $function$
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_batch uuid := private.arg_uuid(nullif(btrim(p_batch_id), ''), 'batch_id');
  v_limit int := least(greatest(coalesce(private.arg_int(p_limit, 'limit'), 10), 1), 50);
  v_due_offset int := greatest(coalesce(private.arg_int(p_due_soon_offset, 'due_soon_offset'), 0), 0);
  v_action_offset int := greatest(coalesce(private.arg_int(p_action_offset, 'action_offset'), 0), 0);
  v_today date;
  v_week date;
  v_quiet date;
  v_owing bigint;
  v_owing_due numeric;
  v_owing_follow_up bigint;
  v_follow_up_today bigint;
  v_follow_up_ahead bigint;
  v_due_soon jsonb;
  v_due_rows jsonb;
  v_due_days jsonb;
  v_aging jsonb;
  v_collections jsonb;
  v_action jsonb;
  v_action_rows jsonb;
  v_money jsonb;
begin
  if v_org is null then
    raise exception 'Choose an organization.' using errcode = '22023', hint = 'field:organization_id';
  end if;
  if not private.has_role(v_org, array['admin', 'manager', 'cohort_manager', 'closer', 'specialist', 'member']) then
    raise exception 'Organization not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  if not private.has_role(v_org, array['admin', 'manager', 'cohort_manager']) then
    raise exception 'Only cohort staff can see insights.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  if v_batch is not null and not exists (
    select 1 from public.cohort_batches b where b.id = v_batch and b.organization_id = v_org) then
    raise exception 'Batch not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  v_today := private.org_today(v_org);
  v_week := date_trunc('week', v_today)::date;
  v_quiet := v_today - 30; -- "no payment in 30 days": last activity before this day

  -- The money of the organization's (or the batch's) students: the roster's four figures.
  -- (from the running totals, one row per batch and closer).
  select jsonb_build_object('students', coalesce(sum(t.students), 0), 'offered', coalesce(sum(t.offered), 0),
      'received', coalesce(sum(t.received), 0), 'due', coalesce(sum(t.due), 0),
      'written_off', coalesce(sum(t.offered - t.received - t.due), 0))
  into v_money
  from public.student_money_totals t
  where t.organization_id = v_org and (v_batch is null or t.cohort_batch_id = v_batch);

  -- Every student who owes: how many, their due, how many have a follow-up date (per batch).
  select coalesce(sum(t.owing), 0), coalesce(sum(t.due), 0), coalesce(sum(t.follow_up), 0)
  into v_owing, v_owing_due, v_owing_follow_up
  from public.owing_student_totals t
  where t.organization_id = v_org and (v_batch is null or t.cohort_batch_id = v_batch);

  -- Follow-ups from today on, per day: for the organization the per-day totals (one row per
  -- date), for a batch its owing students. Due in the next 14 days (totals, per day for the
  -- chart), follow-ups today and today or later come from them.
  with days as (
    select f.next_follow_up_date as day, f.owing as students, f.due as amount
    from public.owing_follow_ups f
    where v_batch is null and f.organization_id = v_org and f.next_follow_up_date >= v_today
      and (f.owing <> 0 or f.due <> 0)
    union all
    select o.next_follow_up_date, count(*), sum(o.due_amount)
    from public.owing_students o
    where v_batch is not null and o.organization_id = v_org and o.cohort_batch_id = v_batch and o.next_follow_up_date >= v_today
    group by o.next_follow_up_date
  )
  select jsonb_build_object('students', coalesce(sum(d.students) filter (where d.day < v_today + 14), 0),
      'amount', coalesce(sum(d.amount) filter (where d.day < v_today + 14), 0)),
    coalesce(jsonb_agg(jsonb_build_object('date', d.day, 'students', d.students, 'amount', d.amount) order by d.day)
      filter (where d.day < v_today + 14), '[]'::jsonb),
    coalesce(sum(d.students) filter (where d.day = v_today), 0),
    coalesce(sum(d.students), 0)
  into v_due_soon, v_due_days, v_follow_up_today, v_follow_up_ahead
  from days d;

  -- One page, soonest first, then by id: walked on the follow-up index of who owes; only its
  -- rows are joined to students, leads and batches.
  select coalesce(jsonb_agg(jsonb_build_object(
      'student_id', r.student_id, 'lead_name', l.full_name, 'batch_id', r.cohort_batch_id, 'batch_name', b.name,
      'due_amount', r.due_amount, 'next_follow_up_date', r.next_follow_up_date) order by r.next_follow_up_date, r.student_id), '[]'::jsonb)
  into v_due_rows
  from (
    select o.student_id, o.cohort_batch_id, o.due_amount, o.next_follow_up_date
    from public.owing_students o
    where o.organization_id = v_org and (v_batch is null or o.cohort_batch_id = v_batch)
      and o.next_follow_up_date >= v_today and o.next_follow_up_date < v_today + 14
    order by o.next_follow_up_date, o.student_id
    limit v_limit offset v_due_offset
  ) r
  join public.cohort_students cs on cs.id = r.student_id
  join public.leads l on l.id = cs.lead_id
  join public.cohort_batches b on b.id = r.cohort_batch_id;

  -- Receivables aging by days since conversion: the last 90 days and the undated ones are read
  -- (index ranges); 90+ is every owing student minus those. Every bucket, even empty, in order.
  with recent as (
    select
      count(*) filter (where a.conversion_date >= v_today - 30) as s1, sum(a.due_amount) filter (where a.conversion_date >= v_today - 30) as a1,
      count(*) filter (where a.conversion_date < v_today - 30 and a.conversion_date >= v_today - 60) as s2,
      sum(a.due_amount) filter (where a.conversion_date < v_today - 30 and a.conversion_date >= v_today - 60) as a2,
      count(*) filter (where a.conversion_date < v_today - 60) as s3, sum(a.due_amount) filter (where a.conversion_date < v_today - 60) as a3,
      count(*) filter (where a.conversion_date is null) as s0, sum(a.due_amount) filter (where a.conversion_date is null) as a0
    from (
      select o.conversion_date, o.due_amount
      from public.owing_students o
      where o.organization_id = v_org and (v_batch is null or o.cohort_batch_id = v_batch)
        and o.conversion_date >= v_today - 90
      union all
      select o.conversion_date, o.due_amount
      from public.owing_students o
      where o.organization_id = v_org and (v_batch is null or o.cohort_batch_id = v_batch)
        and o.conversion_date is null
    ) a
  )
  select jsonb_build_array(
      jsonb_build_object('bucket', '0_30', 'students', r.s1, 'amount', coalesce(r.a1, 0)),
      jsonb_build_object('bucket', '31_60', 'students', r.s2, 'amount', coalesce(r.a2, 0)),
      jsonb_build_object('bucket', '61_90', 'students', r.s3, 'amount', coalesce(r.a3, 0)),
      jsonb_build_object('bucket', '90_plus', 'students', v_owing - r.s0 - r.s1 - r.s2 - r.s3,
        'amount', v_owing_due - coalesce(r.a0, 0) - coalesce(r.a1, 0) - coalesce(r.a2, 0) - coalesce(r.a3, 0)),
      jsonb_build_object('bucket', 'unknown', 'students', r.s0, 'amount', coalesce(r.a0, 0)))
  into v_aging
  from recent r;

  -- Collections: this week so far vs last week, per day.
  with days as (
    select p.paid_on, count(*) filter (where p.kind = 'payment') as payments,
      coalesce(sum(p.amount) filter (where p.kind = 'payment'), 0) as amount,
      coalesce(sum(p.amount) filter (where p.kind = 'refund'), 0) as refunds
    from public.emi_payments p
    where p.organization_id = v_org
      and p.paid_on >= v_week - 7 and p.paid_on <= v_today
      -- For a batch, its students' payments (by primary key); the organization needs no join.
      and (v_batch is null or exists (
        select 1 from public.cohort_students cs where cs.id = p.cohort_student_id and cs.cohort_batch_id = v_batch))
    group by p.paid_on
  )
  select jsonb_build_object(
    'this_week', jsonb_build_object('from', v_week, 'to', v_today,
      'payments', coalesce(sum(d.payments) filter (where d.paid_on >= v_week), 0),
      'amount', coalesce(sum(d.amount) filter (where d.paid_on >= v_week), 0),
      'refunds', coalesce(sum(d.refunds) filter (where d.paid_on >= v_week), 0)),
    'last_week', jsonb_build_object('from', v_week - 7, 'to', v_week - 1,
      'payments', coalesce(sum(d.payments) filter (where d.paid_on < v_week), 0),
      'amount', coalesce(sum(d.amount) filter (where d.paid_on < v_week), 0),
      'refunds', coalesce(sum(d.refunds) filter (where d.paid_on < v_week), 0)),
    'by_day', coalesce(jsonb_agg(jsonb_build_object('date', d.paid_on, 'payments', d.payments, 'amount', d.amount, 'refunds', d.refunds) order by d.paid_on)
                       filter (where d.paid_on is not null), '[]'::jsonb))
  into v_collections
  from days d;

  -- Students needing action (owing, and no payment in 30 days or a follow-up today or
  -- overdue). Counted as every owing student minus the quiet ones: active in the last 30 days
  -- (or never: no payment, no conversion date) with no follow-up due. Follow-ups today and
  -- later are an index range; overdue = every follow-up minus those.
  with active_recently as (
    select o.next_follow_up_date, o.due_amount
    from public.owing_students o
    where o.organization_id = v_org and (v_batch is null or o.cohort_batch_id = v_batch)
      and o.last_activity >= v_quiet
    union all
    select o.next_follow_up_date, o.due_amount
    from public.owing_students o
    where o.organization_id = v_org and (v_batch is null or o.cohort_batch_id = v_batch)
      and o.last_activity is null
  ), quiet as (
    select count(*) as active_recently,
      count(*) filter (where a.next_follow_up_date is null or a.next_follow_up_date > v_today) as fine,
      coalesce(sum(a.due_amount) filter (where a.next_follow_up_date is null or a.next_follow_up_date > v_today), 0) as fine_due
    from active_recently a
  )
  select jsonb_build_object(
      'students', v_owing - q.fine,
      'no_payment', v_owing - q.active_recently,
      'follow_up_today', v_follow_up_today,
      'follow_up_overdue', v_owing_follow_up - v_follow_up_ahead,
      'amount', v_owing_due - q.fine_due)
  into v_action
  from quiet q;

  -- One page, most urgent follow-up first, walked in the order of the action index.
  select coalesce(jsonb_agg(jsonb_build_object(
      'student_id', r.student_id, 'lead_name', l.full_name, 'batch_id', r.cohort_batch_id, 'batch_name', b.name,
      'due_amount', r.due_amount, 'next_follow_up_date', r.next_follow_up_date, 'last_paid_on', r.last_paid_on,
      'no_payment', coalesce(r.last_activity < v_quiet, false),
      'follow_up_today', coalesce(r.next_follow_up_date = v_today, false),
      'follow_up_overdue', coalesce(r.next_follow_up_date < v_today, false))
    order by r.k), '[]'::jsonb)
  into v_action_rows
  from (
    select o.*, row_number() over (order by o.next_follow_up_date, o.last_activity nulls first, o.student_id) as k
    from (
      select o.student_id, o.cohort_batch_id, o.due_amount, o.next_follow_up_date, o.last_paid_on, o.last_activity
      from public.owing_students o
      where o.organization_id = v_org and (v_batch is null or o.cohort_batch_id = v_batch)
        and (o.last_activity < v_quiet or o.next_follow_up_date <= v_today)
      order by o.next_follow_up_date, o.last_activity nulls first, o.student_id
      limit v_limit offset v_action_offset
    ) o
  ) r
  join public.cohort_students cs on cs.id = r.student_id
  join public.leads l on l.id = cs.lead_id
  join public.cohort_batches b on b.id = r.cohort_batch_id;

  return jsonb_build_object(
    'today', v_today,
    'money', v_money,
    'due_soon', v_due_soon || jsonb_build_object('by_day', v_due_days, 'rows', v_due_rows),
    'aging', v_aging,
    'collections', v_collections,
    'needs_action', v_action || jsonb_build_object('rows', v_action_rows));
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."cohort_insights"(text, text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."cohort_insights"(text, text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."cohort_insights"(text, text, text, text, text) IS 'Money insights of the organization or one of its batches (definitions in docs/api.md): money (students, offered, received = payments - refunds, due, written_off = offered - received - due), due in the next 14 days (by follow-up date), receivables aging by days since conversion, this week''s collections (payments in, refunds out) vs last week (organization timezone), students needing action; totals plus one page (p_limit 1..50) of each list. Reads the period (last 90 days, the two weeks, the 14 days ahead) and the running totals (student_money_totals, owing_student_totals, owing_students), not the history. Cohort staff only (admin, manager, cohort_manager: PT403 for other roles of the organization, PT404 outside it or for a batch of another organization); RLS applies as well. Bad arguments: 22023 field:*.';

REVOKE ALL ON FUNCTION "public"."cohort_insights"(text, text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."cohort_insights"(text, text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."cohort_insights"(text, text, text, text, text) FROM PUBLIC, "anon";
