-- Specialists' queue without a reload: on a Supabase project, changes to call logs are published
-- to Realtime (which applies the table's RLS to each subscriber). The app also polls, so a
-- database without the publication (the local stack, a bare Postgres) loses nothing.
do $$
begin
  if exists (select 1 from pg_catalog.pg_publication where pubname = 'supabase_realtime')
     and not exists (
       select 1 from pg_catalog.pg_publication_tables
       where pubname = 'supabase_realtime' and schemaname = 'public' and tablename = 'specialist_call_logs'
     ) then
    alter publication supabase_realtime add table public.specialist_call_logs;
  end if;
end
$$;
