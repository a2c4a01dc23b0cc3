-- The ownership and rights of a hosted project, for CI's migration check on the PostgreSQL server.
-- Applied as the superuser after platform.sql to a fresh database; the migrations are then applied
-- as `hosted_postgres`, a role with the rights hosted gives `postgres`:
--   not a superuser (login, createrole, createdb, bypassrls, member of the API roles with admin);
--   owner of the database, of schemas public and extensions, of the supabase_realtime
--   publication and of the CLI's migration history;
--   NOT the owner of schema auth or its tables and functions: supabase_auth_admin owns them, and
--   postgres may read and write their rows, add triggers and foreign keys to them, and call
--   their functions, but not create, alter or drop anything there.
-- So a migration that `supabase db push` would refuse on a hosted project (a table or function in
-- auth, an `alter table auth.users`, a superuser-only statement) fails in CI too.
-- The harness (tests, local stack) keeps the superuser: PGlite has no other role, and scratch
-- databases are created and dropped by it (local-supabase/README.md).
-- Not for a hosted project (it already is like this). Safe to run again.

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'supabase_auth_admin') then
    create role supabase_auth_admin nologin noinherit createrole;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'hosted_postgres') then
    -- The well-known local-development password, like the `postgres` one of the local stack.
    create role hosted_postgres login createrole createdb bypassrls password 'postgres';
  end if;
end
$$;
grant anon, authenticated, service_role to hosted_postgres with admin option;

do $$
declare
  r record;
begin
  execute format('alter database %I owner to hosted_postgres', current_database());
  alter schema public owner to hosted_postgres;
  alter schema extensions owner to hosted_postgres;
  alter schema supabase_migrations owner to hosted_postgres;
  alter table supabase_migrations.schema_migrations owner to hosted_postgres;
  alter publication supabase_realtime owner to hosted_postgres;

  alter schema auth owner to supabase_auth_admin;
  for r in select c.oid::regclass as t from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where n.nspname = 'auth' and c.relkind in ('r', 'p', 'v', 'S')
             -- a serial's sequence follows its table
             and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i')) loop
    execute format('alter table %s owner to supabase_auth_admin', r.t);
  end loop;
  for r in select p.oid::regprocedure as f from pg_proc p join pg_namespace n on n.oid = p.pronamespace
           where n.nspname = 'auth' loop
    execute format('alter function %s owner to supabase_auth_admin', r.f);
  end loop;
end
$$;

grant usage on schema auth to hosted_postgres;
grant select, insert, update, delete, trigger, references on all tables in schema auth to hosted_postgres;
grant usage, select on all sequences in schema auth to hosted_postgres;
grant execute on all functions in schema auth to hosted_postgres;

-- Supabase's default privileges are those of the role that creates the objects (hosted: postgres).
alter default privileges for role hosted_postgres in schema public grant all on tables to anon, authenticated, service_role;
alter default privileges for role hosted_postgres in schema public grant all on sequences to anon, authenticated, service_role;
alter default privileges for role hosted_postgres in schema public grant all on functions to anon, authenticated, service_role;
