-- Platform bootstrap: what every Supabase project already has before its first migration.
-- Applied to a bare Postgres (PGlite, a Debian server in CI) by the local stack, the tests and
-- .ci/run. Never applied to a hosted project (which has all of this) and never a migration.
-- Safe to run again: every object is created only where missing.

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'authenticator') then
    create role authenticator login noinherit;
  end if;
end
$$;

grant anon, authenticated, service_role to authenticator;

-- Hosted's per-role limits. PostgREST applies the connection role's settings and then those of the
-- role it switches to (anon 3 s, authenticated 8 s, service_role inherits authenticator's 8 s); the
-- local stack does the same per request (local-supabase/limits.mjs).
-- Hosted's authenticator also carries settings only a superuser may set (`session_preload_libraries
-- = safeupdate`); `log_statement = 'none'` stands in for them here (superuser-only too, and harmless:
-- it only changes what connections as authenticator log), so every test runs with one: the stack
-- must not copy it onto requests (it would fail with 42501 on a connection that is not a superuser).
-- Set only where missing: roles are shared by every database of a server, and test files running
-- in parallel would otherwise update the same catalog rows at once.
do $$
declare
  s record;
begin
  for s in select * from (values ('anon', 'statement_timeout', '3s'), ('authenticated', 'statement_timeout', '8s'),
                                 ('authenticator', 'statement_timeout', '8s'), ('authenticator', 'lock_timeout', '8s'),
                                 ('authenticator', 'log_statement', 'none')) as v (role, name, value)
  loop
    if not exists (
      select 1 from pg_catalog.pg_db_role_setting d join pg_catalog.pg_roles r on r.oid = d.setrole
      where r.rolname = s.role and d.setdatabase = 0 and (s.name || '=' || s.value) = any (d.setconfig)
    ) then
      execute format('alter role %I set %I = %L', s.role, s.name, s.value);
    end if;
  end loop;
end
$$;

create schema if not exists auth;
create schema if not exists extensions;
grant usage on schema auth to anon, authenticated, service_role;
grant usage on schema extensions to anon, authenticated, service_role;

-- GoTrue's users table (column names and types as Supabase Auth creates them).
create table if not exists auth.users (
  instance_id uuid,
  id uuid primary key,
  aud varchar(255),
  role varchar(255),
  email varchar(255),
  encrypted_password varchar(255),
  email_confirmed_at timestamptz,
  invited_at timestamptz,
  confirmation_token varchar(255),
  confirmation_sent_at timestamptz,
  recovery_token varchar(255),
  recovery_sent_at timestamptz,
  email_change_token_new varchar(255),
  email_change varchar(255),
  email_change_sent_at timestamptz,
  last_sign_in_at timestamptz,
  raw_app_meta_data jsonb,
  raw_user_meta_data jsonb,
  is_super_admin boolean,
  created_at timestamptz,
  updated_at timestamptz,
  phone text unique default null,
  phone_confirmed_at timestamptz,
  phone_change text default '',
  phone_change_token varchar(255) default '',
  phone_change_sent_at timestamptz,
  email_change_token_current varchar(255) default '',
  email_change_confirm_status smallint default 0,
  banned_until timestamptz,
  reauthentication_token varchar(255) default '',
  reauthentication_sent_at timestamptz,
  is_sso_user boolean not null default false,
  deleted_at timestamptz,
  is_anonymous boolean not null default false
);
create unique index if not exists users_email_partial_key on auth.users (email) where is_sso_user = false;
-- GoTrue's generated column (added where an older bootstrap created the table without it).
alter table auth.users add column if not exists confirmed_at timestamptz generated always as (least(email_confirmed_at, phone_confirmed_at)) stored;

-- GoTrue's identities (one per sign-in method of a user; email users have provider 'email').
create table if not exists auth.identities (
  provider_id text not null,
  user_id uuid not null references auth.users (id) on delete cascade,
  identity_data jsonb not null,
  provider text not null,
  last_sign_in_at timestamptz,
  created_at timestamptz,
  updated_at timestamptz,
  email text generated always as (lower(identity_data ->> 'email')) stored,
  id uuid not null default gen_random_uuid() primary key,
  constraint identities_provider_id_provider_unique unique (provider_id, provider)
);
create index if not exists identities_user_id_idx on auth.identities (user_id);

create table if not exists auth.sessions (
  id uuid primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  created_at timestamptz,
  updated_at timestamptz,
  aal text,
  not_after timestamptz
);

create table if not exists auth.refresh_tokens (
  instance_id uuid,
  id bigserial primary key,
  token varchar(255) unique,
  user_id varchar(255),
  revoked boolean,
  created_at timestamptz,
  updated_at timestamptz,
  parent varchar(255),
  session_id uuid references auth.sessions (id) on delete cascade
);

-- Supabase's definitions: claims come from request.jwt.claims (PostgREST >= 9) or the older
-- per-claim settings.
create or replace function auth.uid() returns uuid
language sql stable
as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid
$$;

create or replace function auth.role() returns text
language sql stable
as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.role', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
  )::text
$$;

create or replace function auth.email() returns text
language sql stable
as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.email', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email')
  )::text
$$;

create or replace function auth.jwt() returns jsonb
language sql stable
as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim', true), ''),
    nullif(current_setting('request.jwt.claims', true), '')
  )::jsonb
$$;

grant execute on function auth.uid(), auth.role(), auth.email(), auth.jwt() to anon, authenticated, service_role;
-- As on hosted, where supabase_auth_admin owns these: service_role has no rights on them (users
-- are managed through the Auth API; security definer functions read them). Revoked explicitly for
-- databases bootstrapped earlier, which granted select.
revoke all on auth.users, auth.sessions, auth.refresh_tokens, auth.identities from service_role;

-- Supabase's default privileges on schema public: the API roles may use everything the owner
-- creates there until a migration revokes it.
grant usage on schema public to anon, authenticated, service_role;
alter default privileges in schema public grant all on tables to anon, authenticated, service_role;
alter default privileges in schema public grant all on sequences to anon, authenticated, service_role;
alter default privileges in schema public grant all on functions to anon, authenticated, service_role;

-- Every Supabase project has this publication (Realtime reads it); migrations add tables to it.
do $$
begin
  if not exists (select 1 from pg_catalog.pg_publication where pubname = 'supabase_realtime') then
    create publication supabase_realtime;
  end if;
end
$$;

-- Where the Supabase CLI records applied migrations.
create schema if not exists supabase_migrations;
create table if not exists supabase_migrations.schema_migrations (
  version text primary key,
  statements text[],
  name text
);
