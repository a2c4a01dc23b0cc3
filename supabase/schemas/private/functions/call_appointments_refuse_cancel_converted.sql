CREATE OR REPLACE FUNCTION private.call_appointments_refuse_cancel_converted()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  if old.status is distinct from 'cancelled'
     and (old.status = any (private.sales_converted_statuses())
          or old.status = 'refunded'
          or (old.status = 'discontinued' and old.batch_id is not null)) then
    raise exception 'This call was converted; a converted call cannot be cancelled.'
      using errcode = 'PT409', hint = 'converted_locked';
  end if;
  return new;
end
$function$;

COMMENT ON FUNCTION "private"."call_appointments_refuse_cancel_converted"() IS 'BEFORE UPDATE of call_appointments to cancelled: refuses (PT409 converted_locked) when the call was converted, refunded or discontinued with a batch.';

REVOKE ALL ON FUNCTION "private"."call_appointments_refuse_cancel_converted"() FROM PUBLIC;
