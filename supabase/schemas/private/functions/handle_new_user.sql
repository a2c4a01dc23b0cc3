CREATE OR REPLACE FUNCTION private.handle_new_user()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  insert into public.profiles (id, full_name, email, phone)
  values (
    new.id,
    coalesce(new.raw_user_meta_data ->> 'full_name', split_part(coalesce(new.email, ''), '@', 1)),
    new.email,
    coalesce(new.phone, new.raw_user_meta_data ->> 'phone')
  )
  on conflict (id) do nothing;
  return new;
end
$function$;

COMMENT ON FUNCTION "private"."handle_new_user"() IS 'Creates the profile of a new auth user; never fails on a repeat.';

REVOKE ALL ON FUNCTION "private"."handle_new_user"() FROM PUBLIC;
