-- Tenancy: organizations, profiles, memberships with roles, client companies.
-- Role checks always run against the row's own organization through the helpers in schema
-- `private`, which is not exposed through the API.

create schema if not exists private;
revoke all on schema private from public;
grant usage on schema private to authenticated;

-- Functions are not executable by everyone unless granted.
alter default privileges in schema public revoke execute on functions from public;
alter default privileges in schema private revoke execute on functions from public;

-------------------------------------------------------------------------------
-- organizations
create table public.organizations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(btrim(name)) between 1 and 200),
  slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  timezone text not null default 'UTC',
  currency text not null default 'USD' check (currency ~ '^[A-Z]{3}$'),
  locale text not null default 'en' check (locale in ('en', 'pt-BR')),
  call_wait_target_minutes integer not null default 15 check (call_wait_target_minutes between 1 and 1440),
  created_at timestamptz not null default now()
);
comment on table public.organizations is 'A tenant. Times show in its timezone, money in its currency, labels in its locale.';

-------------------------------------------------------------------------------
-- profiles: one per auth user, created by a trigger on auth.users
create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  full_name text not null default '',
  email text,
  phone text,
  created_at timestamptz not null default now()
);
comment on table public.profiles is 'Public face of an auth user: name, email, phone. Created by trigger on auth.users.';

-------------------------------------------------------------------------------
-- companies: client companies of a wellness organization (members are their employees)
create table public.companies (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  name text not null check (length(btrim(name)) between 1 and 200),
  created_at timestamptz not null default now(),
  unique (organization_id, name)
);
comment on table public.companies is 'A client company whose employees chat as members.';

-------------------------------------------------------------------------------
-- memberships: one row per (organization, person, role)
create table public.memberships (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  user_id uuid not null references public.profiles (id) on delete cascade,
  role text not null,
  company_id uuid references public.companies (id) on delete set null,
  created_at timestamptz not null default now(),
  unique (organization_id, user_id, role)
);
comment on table public.memberships is 'Who holds which role in which organization. A person may hold several roles in several organizations.';

-------------------------------------------------------------------------------
-- Helpers used by policies and functions. security definer so that policies on memberships
-- never recurse into memberships' own policies.

create or replace function private.user_org_ids()
returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select distinct m.organization_id from public.memberships m where m.user_id = (select auth.uid())
$$;
comment on function private.user_org_ids() is 'Organizations in which the caller holds any role.';

create or replace function private.org_ids_with_role(roles text[])
returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select distinct m.organization_id from public.memberships m
  where m.user_id = (select auth.uid()) and m.role = any (roles)
$$;
comment on function private.org_ids_with_role(text[]) is 'Organizations in which the caller holds one of the given roles.';

create or replace function private.has_role(org uuid, roles text[])
returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.memberships m
    where m.organization_id = org and m.user_id = (select auth.uid()) and m.role = any (roles)
  )
$$;
comment on function private.has_role(uuid, text[]) is 'Whether the caller holds one of the roles in that organization (never: in any organization).';

create or replace function private.colleague_ids()
returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select distinct other.user_id
  from public.memberships mine
  join public.memberships other on other.organization_id = mine.organization_id
  where mine.user_id = (select auth.uid()) and mine.role <> 'member'
$$;
comment on function private.colleague_ids() is 'People who share an organization with the caller, where the caller is staff (members see only themselves).';

revoke all on function private.user_org_ids(), private.org_ids_with_role(text[]), private.has_role(uuid, text[]), private.colleague_ids() from public, anon;
grant execute on function private.user_org_ids(), private.org_ids_with_role(text[]), private.has_role(uuid, text[]), private.colleague_ids() to authenticated;

-------------------------------------------------------------------------------
-- Grants and policies. Writes happen through database functions only (see later migrations).

revoke all on public.organizations, public.profiles, public.companies, public.memberships from anon, authenticated;
grant select on public.organizations, public.profiles, public.companies, public.memberships to authenticated;

alter table public.organizations enable row level security;
alter table public.profiles enable row level security;
alter table public.companies enable row level security;
alter table public.memberships enable row level security;

create policy "Members can read their organizations"
  on public.organizations for select to authenticated
  using (id in (select private.user_org_ids()));

create policy "People can read their own profile and staff can read colleagues"
  on public.profiles for select to authenticated
  using (id = (select auth.uid()) or id in (select private.colleague_ids()));

create policy "Members can read the companies of their organizations"
  on public.companies for select to authenticated
  using (organization_id in (select private.user_org_ids()));

create policy "People can read their own memberships and staff those of their organizations"
  on public.memberships for select to authenticated
  using (
    user_id = (select auth.uid())
    or organization_id in (select private.org_ids_with_role(array['admin', 'manager', 'cohort_manager', 'specialist', 'closer']))
  );

create index memberships_user_id_idx on public.memberships (user_id, organization_id, role);
create index memberships_organization_id_idx on public.memberships (organization_id);
create index memberships_company_id_idx on public.memberships (company_id);
create index companies_organization_id_idx on public.companies (organization_id);

-------------------------------------------------------------------------------
-- A profile for every auth user.
create or replace function private.handle_new_user()
returns trigger
language plpgsql security definer set search_path = ''
as $$
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
$$;
comment on function private.handle_new_user() is 'Creates the profile of a new auth user; never fails on a repeat.';
revoke all on function private.handle_new_user() from public, anon, authenticated;

create trigger on_auth_user_created
  after insert on auth.users
  for each row execute function private.handle_new_user();
