-- Demo data for the LOCAL stack only (`npm run dev`, `npm run stack`, `npm run db:reset`), the tests
-- (createTestDb({ seed: true })), CI's seed check and the browser tests. Never for a hosted project:
-- it creates logins whose password is published below. It is not supabase/seed.sql on purpose
-- (supabase/config.toml [db.seed] is disabled), so neither `supabase db push --include-seed` nor
-- `supabase db reset` loads it, and it refuses to run unless the session opts in:
--   local-supabase/db.mjs applySeed sets cohort_desk.demo_seed = on for it;
--   by hand, into a LOCAL database: PGOPTIONS='-c cohort_desk.demo_seed=on' psql <local url> -v ON_ERROR_STOP=1 -f local-supabase/demo-seed.sql
-- One transaction: the refusal (or any error) leaves nothing behind, also under psql without
-- ON_ERROR_STOP. Run as the database owner after all migrations. Plain SQL, no psql meta-commands;
-- runs on Postgres 15/17 and PGlite. Deterministic: fixed ids; "today" is the organization's own
-- today (its timezone), so the demo always has calls today and call requests waiting a few minutes.
--
-- Every demo login's password is: demo-password-2026 (list in local-supabase/demo-logins.mjs).
-- The bcrypt hashes below are literals (pgcrypto may be missing).
--
-- Sales money follows the real paths: converted appointments are inserted with cash_received = 0,
-- the S1 trigger (20261123080500_sales_functions.sql) creates their cohort_students row, and each
-- emi_payments row is added to cash_received of the student and of the appointment by the ledger
-- trigger. Refunds and discontinuations are applied afterwards as status updates, like the app.

begin;

do $guard$
begin
  if coalesce(current_setting('cohort_desk.demo_seed', true), '') <> 'on' then
    raise exception 'local-supabase/demo-seed.sql creates demo logins with a published password; it is for a local database only.'
      using errcode = '42501',
            hint = 'To load it into a LOCAL database on purpose: PGOPTIONS=''-c cohort_desk.demo_seed=on'' psql <local url> -f local-supabase/demo-seed.sql';
  end if;
end
$guard$;

-------------------------------------------------------------------------------
-- Auth users (profiles are created by the trigger on auth.users)
insert into auth.users (
  instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
  confirmation_token, recovery_token, email_change_token_new, email_change
) values
  ('00000000-0000-0000-0000-000000000000', '0b000000-0000-4000-8000-000000000001', 'authenticated', 'authenticated', 'admin@nikist.demo',
   '$2a$10$Wgdkdol2GbGqtIqtoUtUU.sSWfJt.iTn/8qLXPFSE14vJCztOnfoa', now(),
   '{"provider":"email","providers":["email"]}', '{"full_name":"Rohan Mehta","phone":"+91 98200 11223"}', now() - interval '90 days', now(), '', '', '', ''),
  ('00000000-0000-0000-0000-000000000000', '0b000000-0000-4000-8000-000000000002', 'authenticated', 'authenticated', 'manager@nikist.demo',
   '$2a$10$eXJlwlwnNfH9p2luCiiFUuuuTG1T5yjoSFZjTlN8EmjplQtjGK5gC', now(),
   '{"provider":"email","providers":["email"]}', '{"full_name":"Priya Nair","phone":"+91 98450 22334"}', now() - interval '90 days', now(), '', '', '', ''),
  ('00000000-0000-0000-0000-000000000000', '0b000000-0000-4000-8000-000000000003', 'authenticated', 'authenticated', 'dipanshu@nikist.demo',
   '$2a$10$3m6zSD4nUSYIN7ovIxM5J.z/OHVgQFsUpfHV.GoPL09tA6Eu3Uiyq', now(),
   '{"provider":"email","providers":["email"]}', '{"full_name":"Dipanshu","phone":"+91 99100 33445"}', now() - interval '90 days', now(), '', '', '', ''),
  ('00000000-0000-0000-0000-000000000000', '0b000000-0000-4000-8000-000000000004', 'authenticated', 'authenticated', 'ritika@nikist.demo',
   '$2a$10$Y3uOULUoqcqkmydq19RNBOEYF.vZ3mFqZeWVw1NOac0Nn0Ln8TUqO', now(),
   '{"provider":"email","providers":["email"]}', '{"full_name":"Ritika Sharma","phone":"+91 98110 44556"}', now() - interval '90 days', now(), '', '', '', ''),
  ('00000000-0000-0000-0000-000000000000', '0b000000-0000-4000-8000-000000000005', 'authenticated', 'authenticated', 'karan@nikist.demo',
   '$2a$10$MgC.9tTMwyfzhFka6PrFl.P6Oyhs0C8gIqnVl/niYDHa1oeN7ff9m', now(),
   '{"provider":"email","providers":["email"]}', '{"full_name":"Karan Verma","phone":"+91 97170 55667"}', now() - interval '90 days', now(), '', '', '', ''),
  ('00000000-0000-0000-0000-000000000000', '0b000000-0000-4000-8000-000000000006', 'authenticated', 'authenticated', 'cohorts@nikist.demo',
   '$2a$10$y2Ug9ENcTCFtcZFXiPIJfe05PqNE9F5fM/FfBoOhluI4BZ8bcpDFu', now(),
   '{"provider":"email","providers":["email"]}', '{"full_name":"Sneha Iyer","phone":"+91 98860 66778"}', now() - interval '90 days', now(), '', '', '', ''),
  ('00000000-0000-0000-0000-000000000000', '0b000000-0000-4000-8000-000000000007', 'authenticated', 'authenticated', 'admin@vitalis.demo',
   '$2a$10$0T3sG3snoeOJYeY9RxnIYe7vudQoJJLJzRYPbn.N9g71d65sPtc7m', now(),
   '{"provider":"email","providers":["email"]}', '{"full_name":"Carla Mendes","phone":"+55 11 99111-2233"}', now() - interval '90 days', now(), '', '', '', ''),
  ('00000000-0000-0000-0000-000000000000', '0b000000-0000-4000-8000-000000000008', 'authenticated', 'authenticated', 'ana@vitalis.demo',
   '$2a$10$e8jQzMCcfIxoYAvx6ZIhDuIjFfpQKBje8cC5.OWZaRIWFoNjC86Ny', now(),
   '{"provider":"email","providers":["email"]}', '{"full_name":"Ana Souza","phone":"+55 11 99222-3344"}', now() - interval '90 days', now(), '', '', '', ''),
  ('00000000-0000-0000-0000-000000000000', '0b000000-0000-4000-8000-000000000009', 'authenticated', 'authenticated', 'bruno@vitalis.demo',
   '$2a$10$/T8krk6Btg2DDZNNPb.XP.YG9wK9Qf688.SQgTmQfJ7pg0QydoPTa', now(),
   '{"provider":"email","providers":["email"]}', '{"full_name":"Bruno Lima","phone":"+55 21 99333-4455"}', now() - interval '90 days', now(), '', '', '', ''),
  ('00000000-0000-0000-0000-000000000000', '0b000000-0000-4000-8000-000000000010', 'authenticated', 'authenticated', 'maria@vitalis.demo',
   '$2a$10$vO71exBWlg.bd7sJcdxb8uC6N/yw7xm7Xqv2E.hacZoHWOAYLrGNW', now(),
   '{"provider":"email","providers":["email"]}', '{"full_name":"Maria Oliveira","phone":"+55 11 98765-4321"}', now() - interval '90 days', now(), '', '', '', ''),
  ('00000000-0000-0000-0000-000000000000', '0b000000-0000-4000-8000-000000000011', 'authenticated', 'authenticated', 'joao@vitalis.demo',
   '$2a$10$OvGzv34C1pd7hQn.w.pZpOnPmyJUdiBEC83XFhBCoHQt5hYm5PVFG', now(),
   '{"provider":"email","providers":["email"]}', '{"full_name":"João Pereira","phone":"+55 11 97654-3210"}', now() - interval '90 days', now(), '', '', '', ''),
  ('00000000-0000-0000-0000-000000000000', '0b000000-0000-4000-8000-000000000012', 'authenticated', 'authenticated', 'fernanda@vitalis.demo',
   '$2a$10$PqXn49AfKUvrU/9.9Sak3.5mf3TRxDSn93jlWaYSF/vgklTIFll3K', now(),
   '{"provider":"email","providers":["email"]}', '{"full_name":"Fernanda Costa","phone":"+55 21 99876-5432"}', now() - interval '90 days', now(), '', '', '', ''),
  ('00000000-0000-0000-0000-000000000000', '0b000000-0000-4000-8000-000000000013', 'authenticated', 'authenticated', 'lucas@vitalis.demo',
   '$2a$10$3tPU0aAZVeRnmSatF4e2OeM3v3aiG04JZjbLQ0EM2D767qVNXOxZq', now(),
   '{"provider":"email","providers":["email"]}', '{"full_name":"Lucas Almeida","phone":"+55 31 98877-6655"}', now() - interval '90 days', now(), '', '', '', ''),
  ('00000000-0000-0000-0000-000000000000', '0b000000-0000-4000-8000-000000000014', 'authenticated', 'authenticated', 'juliana@vitalis.demo',
   '$2a$10$lBW.83VQP.in7RuUck6jCOmUsLaWa8RWuGl/23HU3zDQGq5JwNRv2', now(),
   '{"provider":"email","providers":["email"]}', '{"full_name":"Juliana Rocha","phone":"+55 11 96543-2109"}', now() - interval '90 days', now(), '', '', '', ''),
  ('00000000-0000-0000-0000-000000000000', '0b000000-0000-4000-8000-000000000015', 'authenticated', 'authenticated', 'rafael@vitalis.demo',
   '$2a$10$0Hz5C1JugiBczYnrowopYeIAp/RRdRr1Dmti63OoA9EOPwCkRb32G', now(),
   '{"provider":"email","providers":["email"]}', '{"full_name":"Rafael Santos","phone":"+55 21 98123-4567"}', now() - interval '90 days', now(), '', '', '', ''),
  ('00000000-0000-0000-0000-000000000000', '0b000000-0000-4000-8000-000000000016', 'authenticated', 'authenticated', 'beatriz@vitalis.demo',
   '$2a$10$QSgBgj9aewNBXF3nUuT6Eu4EJd4r/WZCA1CTQzhKrM4gUAXeE4IlC', now(),
   '{"provider":"email","providers":["email"]}', '{"full_name":"Beatriz Carvalho","phone":"+55 41 99234-5678"}', now() - interval '90 days', now(), '', '', '', ''),
  ('00000000-0000-0000-0000-000000000000', '0b000000-0000-4000-8000-000000000017', 'authenticated', 'authenticated', 'pedro@vitalis.demo',
   '$2a$10$o5BPn.d2fEy78CPPtxOPJuAMRh4DDvbMnKtghPSYM56QnsMOOEXfG', now(),
   '{"provider":"email","providers":["email"]}', '{"full_name":"Pedro Ribeiro","phone":"+55 51 98345-6789"}', now() - interval '90 days', now(), '', '', '', ''),
  ('00000000-0000-0000-0000-000000000000', '0b000000-0000-4000-8000-000000000018', 'authenticated', 'authenticated', 'admin@orbit.demo',
   '$2a$10$ty9JMg4u3LxpG7G74yWkiuFDL1L0owf0gA.hR/0lVabY8OraeTAKO', now(),
   '{"provider":"email","providers":["email"]}', '{"full_name":"Oliver Bennett","phone":"+44 7700 900101"}', now() - interval '90 days', now(), '', '', '', ''),
  ('00000000-0000-0000-0000-000000000000', '0b000000-0000-4000-8000-000000000019', 'authenticated', 'authenticated', 'closer@orbit.demo',
   '$2a$10$bUwvhthoUDlLy/41KIWq4O4WBDkcWYOHvnAE8PFQlT4HhBTVpiKIK', now(),
   '{"provider":"email","providers":["email"]}', '{"full_name":"Emma Clarke","phone":"+44 7700 900202"}', now() - interval '90 days', now(), '', '', '', '');

-- GoTrue keeps an email identity per user (auth.identities, on hosted projects and in the local
-- stack); a database without that table (an older bootstrap) skips it.
do $$
begin
  if to_regclass('auth.identities') is not null
     and exists (select 1 from information_schema.columns
                 where table_schema = 'auth' and table_name = 'identities' and column_name = 'provider_id') then
    insert into auth.identities (id, provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
    select u.id, u.id::text, u.id,
           jsonb_build_object('sub', u.id::text, 'email', u.email, 'email_verified', true, 'phone_verified', false),
           'email', now(), u.created_at, u.updated_at
    from auth.users u
    where u.email like '%.demo'
      and not exists (select 1 from auth.identities i where i.user_id = u.id and i.provider = 'email');
  end if;
end
$$;

-------------------------------------------------------------------------------
-- Organizations, client companies, memberships
insert into public.organizations (id, name, slug, timezone, currency, locale, call_wait_target_minutes) values
  ('0a000000-0000-4000-8000-000000000001', 'Nikist', 'nikist', 'Asia/Kolkata', 'INR', 'en', 15),
  ('0a000000-0000-4000-8000-000000000002', 'Vitalis Bem-Estar', 'vitalis', 'America/Sao_Paulo', 'BRL', 'pt-BR', 15),
  ('0a000000-0000-4000-8000-000000000003', 'Orbit Academy', 'orbit', 'Europe/London', 'GBP', 'en', 15);

insert into public.companies (id, organization_id, name) values
  ('0c000000-0000-4000-8000-000000000001', '0a000000-0000-4000-8000-000000000002', 'Grupo Aurora'),
  ('0c000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000002', 'TechNova Brasil'),
  ('0c000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000002', 'Banco Horizonte');

insert into public.memberships (id, organization_id, user_id, role, company_id) values
  ('0c100000-0000-4000-8000-000000000001', '0a000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000001', 'admin', null), -- Rohan Mehta: admin of Nikist
  ('0c100000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000002', 'manager', null), -- Priya Nair: manager of Nikist
  ('0c100000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000003', 'closer', null), -- Dipanshu: closer of Nikist
  ('0c100000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000004', 'closer', null), -- Ritika Sharma: closer of Nikist
  ('0c100000-0000-4000-8000-000000000005', '0a000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000005', 'closer', null), -- Karan Verma: closer of Nikist
  ('0c100000-0000-4000-8000-000000000006', '0a000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000006', 'cohort_manager', null), -- Sneha Iyer: cohort_manager of Nikist
  ('0c100000-0000-4000-8000-000000000007', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000007', 'admin', null), -- Carla Mendes: admin of Vitalis Bem-Estar
  ('0c100000-0000-4000-8000-000000000008', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000008', 'specialist', null), -- Ana Souza: specialist of Vitalis Bem-Estar
  ('0c100000-0000-4000-8000-000000000009', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000009', 'specialist', null), -- Bruno Lima: specialist of Vitalis Bem-Estar
  ('0c100000-0000-4000-8000-000000000010', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000010', 'member', '0c000000-0000-4000-8000-000000000001'), -- Maria Oliveira: member of Vitalis Bem-Estar
  ('0c100000-0000-4000-8000-000000000011', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000013', 'member', '0c000000-0000-4000-8000-000000000001'), -- Lucas Almeida: member of Vitalis Bem-Estar
  ('0c100000-0000-4000-8000-000000000012', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000016', 'member', '0c000000-0000-4000-8000-000000000001'), -- Beatriz Carvalho: member of Vitalis Bem-Estar
  ('0c100000-0000-4000-8000-000000000013', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000011', 'member', '0c000000-0000-4000-8000-000000000002'), -- João Pereira: member of Vitalis Bem-Estar
  ('0c100000-0000-4000-8000-000000000014', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000014', 'member', '0c000000-0000-4000-8000-000000000002'), -- Juliana Rocha: member of Vitalis Bem-Estar
  ('0c100000-0000-4000-8000-000000000015', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000017', 'member', '0c000000-0000-4000-8000-000000000002'), -- Pedro Ribeiro: member of Vitalis Bem-Estar
  ('0c100000-0000-4000-8000-000000000016', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000012', 'member', '0c000000-0000-4000-8000-000000000003'), -- Fernanda Costa: member of Vitalis Bem-Estar
  ('0c100000-0000-4000-8000-000000000017', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000015', 'member', '0c000000-0000-4000-8000-000000000003'), -- Rafael Santos: member of Vitalis Bem-Estar
  ('0c100000-0000-4000-8000-000000000018', '0a000000-0000-4000-8000-000000000003', '0b000000-0000-4000-8000-000000000018', 'admin', null), -- Oliver Bennett: admin of Orbit Academy
  ('0c100000-0000-4000-8000-000000000019', '0a000000-0000-4000-8000-000000000003', '0b000000-0000-4000-8000-000000000019', 'closer', null), -- Emma Clarke: closer of Orbit Academy
  ('0c100000-0000-4000-8000-000000000020', '0a000000-0000-4000-8000-000000000003', '0b000000-0000-4000-8000-000000000001', 'manager', null); -- Rohan Mehta: manager of Orbit Academy

-------------------------------------------------------------------------------
-- Cohort types and batches
insert into public.cohort_types (id, organization_id, name, description) values
  ('0d000000-0000-4000-8000-000000000001', '0a000000-0000-4000-8000-000000000001', 'Insider Crypto Club', 'Live cohort on crypto markets: on-chain analysis, risk management, portfolio building.'),
  ('0d000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000001', 'Stock Market Mastery', 'Equity and derivatives trading for beginners to intermediate traders.'),
  ('0d000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000003', 'Data Analytics Bootcamp', 'Twelve-week evening bootcamp: SQL, Python and dashboards.');

insert into public.cohort_batches (id, organization_id, cohort_type_id, name, status, start_date, end_date) values
  ('0e000000-0000-4000-8000-000000000001', '0a000000-0000-4000-8000-000000000001', '0d000000-0000-4000-8000-000000000001', 'Batch 1', 'completed', date '2025-06-15', date '2025-09-30'),
  ('0e000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000001', '0d000000-0000-4000-8000-000000000001', 'Batch 2', 'completed', date '2025-10-15', date '2026-01-25'),
  ('0e000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000001', '0d000000-0000-4000-8000-000000000001', 'Batch 3', 'active', date '2026-02-01', null),
  ('0e000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000001', '0d000000-0000-4000-8000-000000000001', 'Batch 4', 'planned', null, null),
  ('0e000000-0000-4000-8000-000000000005', '0a000000-0000-4000-8000-000000000001', '0d000000-0000-4000-8000-000000000002', 'Batch 1', 'active', date '2026-09-01', null),
  ('0e000000-0000-4000-8000-000000000006', '0a000000-0000-4000-8000-000000000001', '0d000000-0000-4000-8000-000000000002', 'Batch 2', 'planned', null, null),
  ('0e000000-0000-4000-8000-000000000007', '0a000000-0000-4000-8000-000000000003', '0d000000-0000-4000-8000-000000000003', 'Spring 2026', 'active', date '2026-03-02', null);

-------------------------------------------------------------------------------
-- Leads
insert into public.leads (id, organization_id, full_name, email, phone, source, created_at) values
  ('0f000000-0000-4000-8000-000000000001', '0a000000-0000-4000-8000-000000000001', 'Amit Kulkarni', 'amit.kulkarni@gmail.com', '+91 98220 14567', 'YouTube', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000001', 'Vijay Shetty', 'vijay.shetty@gmail.com', '+91 99860 23456', 'Instagram', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000001', 'Naveen S P', 'naveen.sp@gmail.com', '+91 94480 34567', 'Webinar', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000001', 'Aswini Veerapaneni', 'aswini.v@gmail.com', '+91 90000 45678', 'Referral', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000005', '0a000000-0000-4000-8000-000000000001', 'Ramkrishna Sahu', 'ramkrishna.sahu@gmail.com', '+91 93370 56789', 'YouTube', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000006', '0a000000-0000-4000-8000-000000000001', 'Arun B Kalburgi', 'arun.kalburgi@gmail.com', '+91 96320 67890', 'Webinar', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000007', '0a000000-0000-4000-8000-000000000001', 'Rahul Jangid', 'rahul.jangid@gmail.com', '+91 98290 78901', 'Instagram', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000008', '0a000000-0000-4000-8000-000000000001', 'Dharun', 'dharun.k@gmail.com', '+91 90030 89012', 'Referral', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000009', '0a000000-0000-4000-8000-000000000001', 'Sandeep Rao', 'sandeep.rao@gmail.com', '+91 98450 90123', 'Webinar', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000010', '0a000000-0000-4000-8000-000000000001', 'Meghna Pillai', 'meghna.pillai@gmail.com', '+91 94470 01234', 'YouTube', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000011', '0a000000-0000-4000-8000-000000000001', 'Harsh Vardhan', 'harsh.vardhan@gmail.com', '+91 98100 12340', 'Instagram', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000012', '0a000000-0000-4000-8000-000000000001', 'Pooja Deshmukh', 'pooja.deshmukh@gmail.com', '+91 98230 23451', 'Webinar', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000013', '0a000000-0000-4000-8000-000000000001', 'Rajesh Gupta', 'rajesh.gupta@gmail.com', '+91 98110 34562', 'Referral', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000014', '0a000000-0000-4000-8000-000000000001', 'Kavya Reddy', 'kavya.reddy@gmail.com', '+91 99490 45673', 'YouTube', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000015', '0a000000-0000-4000-8000-000000000001', 'Manoj Tiwari', 'manoj.tiwari@gmail.com', '+91 94150 56784', 'Webinar', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000016', '0a000000-0000-4000-8000-000000000001', 'Anjali Menon', 'anjali.menon@gmail.com', '+91 98470 67895', 'Instagram', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000017', '0a000000-0000-4000-8000-000000000001', 'Deepak Chauhan', 'deepak.chauhan@gmail.com', '+91 98710 78906', 'YouTube', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000018', '0a000000-0000-4000-8000-000000000001', 'Farhan Qureshi', 'farhan.qureshi@gmail.com', '+91 98200 89017', 'Webinar', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000019', '0a000000-0000-4000-8000-000000000001', 'Suresh Patil', 'suresh.patil@gmail.com', '+91 98810 90128', 'Instagram', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000020', '0a000000-0000-4000-8000-000000000001', 'Neha Joshi', 'neha.joshi@gmail.com', '+91 99200 01239', 'Webinar', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000021', '0a000000-0000-4000-8000-000000000001', 'Kiran Desai', 'kiran.desai@gmail.com', '+91 97690 11230', 'YouTube', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000022', '0a000000-0000-4000-8000-000000000001', 'Lakshmi Narayanan', 'lakshmi.narayanan@gmail.com', '+91 94440 12341', 'Referral', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000023', '0a000000-0000-4000-8000-000000000001', 'Gaurav Malhotra', 'gaurav.malhotra@gmail.com', '+91 98110 23452', 'Webinar', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000024', '0a000000-0000-4000-8000-000000000001', 'Ritu Agarwal', 'ritu.agarwal@gmail.com', '+91 98300 34563', 'Instagram', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000025', '0a000000-0000-4000-8000-000000000001', 'Imran Sheikh', 'imran.sheikh@gmail.com', '+91 98190 45674', 'YouTube', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000026', '0a000000-0000-4000-8000-000000000001', 'Vikram Singh', 'vikram.singh@gmail.com', '+91 98150 56785', 'Webinar', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000027', '0a000000-0000-4000-8000-000000000001', 'Arjun Nair', 'arjun.nair@gmail.com', '+91 98950 67896', 'Referral', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000028', '0a000000-0000-4000-8000-000000000001', 'Siddharth Bose', 'siddharth.bose@gmail.com', '+91 98300 78907', 'YouTube', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000029', '0a000000-0000-4000-8000-000000000001', 'Pallavi Kulkarni', 'pallavi.kulkarni@gmail.com', '+91 98600 89018', 'Instagram', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000030', '0a000000-0000-4000-8000-000000000001', 'Nikhil Jain', 'nikhil.jain@gmail.com', '+91 98290 90129', 'Webinar', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000031', '0a000000-0000-4000-8000-000000000001', 'Tanvi Shah', 'tanvi.shah@gmail.com', '+91 98250 01230', 'Referral', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000032', '0a000000-0000-4000-8000-000000000001', 'Mohit Bansal', 'mohit.bansal@gmail.com', '+91 98720 12342', 'YouTube', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000033', '0a000000-0000-4000-8000-000000000001', 'Abhishek Mishra', 'abhishek.mishra@gmail.com', '+91 94510 23453', 'Webinar', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000034', '0a000000-0000-4000-8000-000000000001', 'Shreya Ghosh', 'shreya.ghosh@gmail.com', '+91 98310 34564', 'Instagram', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000035', '0a000000-0000-4000-8000-000000000001', 'Rohit Saxena', 'rohit.saxena@gmail.com', '+91 98390 45675', 'YouTube', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000036', '0a000000-0000-4000-8000-000000000001', 'Yash Thakur', 'yash.thakur@gmail.com', '+91 98160 56786', 'Webinar', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000037', '0a000000-0000-4000-8000-000000000001', 'Ankit Dubey', 'ankit.dubey@gmail.com', '+91 94250 67897', 'Referral', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000038', '0a000000-0000-4000-8000-000000000001', 'Divya Krishnan', 'divya.krishnan@gmail.com', '+91 98400 78908', 'Instagram', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000039', '0a000000-0000-4000-8000-000000000001', 'Preeti Chawla', 'preeti.chawla@gmail.com', '+91 98110 89019', 'YouTube', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000040', '0a000000-0000-4000-8000-000000000001', 'Sameer Khan', 'sameer.khan@gmail.com', '+91 98200 90120', 'Webinar', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000041', '0a000000-0000-4000-8000-000000000001', 'Tarun Mehra', 'tarun.mehra@gmail.com', '+91 98730 01231', 'Referral', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000042', '0a000000-0000-4000-8000-000000000001', 'Ajay Rawat', 'ajay.rawat@gmail.com', '+91 94120 12343', 'Webinar', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000043', '0a000000-0000-4000-8000-000000000001', 'Swati Kapoor', 'swati.kapoor@gmail.com', '+91 98100 23454', 'Instagram', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000044', '0a000000-0000-4000-8000-000000000001', 'Varun Khanna', 'varun.khanna@gmail.com', '+91 98110 34565', 'YouTube', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000045', '0a000000-0000-4000-8000-000000000001', 'Nisha Bhatt', 'nisha.bhatt@gmail.com', '+91 94110 45676', 'Referral', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000046', '0a000000-0000-4000-8000-000000000001', 'Karthik Subramanian', 'karthik.subramanian@gmail.com', '+91 98410 56787', 'Webinar', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000047', '0a000000-0000-4000-8000-000000000003', 'James Whitaker', 'james.whitaker@example.co.uk', '+44 7700 900311', 'LinkedIn', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000048', '0a000000-0000-4000-8000-000000000003', 'Hannah Price', 'hannah.price@example.co.uk', '+44 7700 900322', 'LinkedIn', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000049', '0a000000-0000-4000-8000-000000000003', 'George Fletcher', 'george.fletcher@example.co.uk', '+44 7700 900333', 'Google Ads', now() - interval '120 days'),
  ('0f000000-0000-4000-8000-000000000050', '0a000000-0000-4000-8000-000000000003', 'Amelia Ward', 'amelia.ward@example.co.uk', '+44 7700 900344', 'Google Ads', now() - interval '120 days');

-------------------------------------------------------------------------------
-- Call appointments: every status, several closers, past / today / upcoming. Converted ones start
-- with cash_received = 0; their money arrives through emi_payments below.
insert into public.call_appointments (
  id, organization_id, lead_id, closer_id, scheduled_date, scheduled_time, status, batch_id,
  offer_amount, cash_received, classes_access, next_follow_up_date, no_cost_emi, gst_fees, platform_fees,
  pay_after_earning, payment_platform, payment_remarks, additional_comments, conversion_date,
  created_by, updated_by, created_at, updated_at
) values
  ('1a000000-0000-4000-8000-000000000001', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000003', date '2026-02-03', '11:00', 'converted', '0e000000-0000-4000-8000-000000000003',
   50000, 0, 15, null, 0, 9000, 0,
   false, 'Razorpay', '3 EMIs of ₹10,000 after the first payment', 'Trades part-time, wants structured on-chain analysis.', date '2026-02-03',
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003', now() - interval '30 days', now()), -- Amit Kulkarni: converted
  ('1a000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003', date '2026-02-05', '16:30', 'converted_advance', '0e000000-0000-4000-8000-000000000003',
   60000, 0, 15, null, 0, 0, 0,
   false, 'Bank transfer', null, 'Paid in full; advance track.', date '2026-02-05',
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003', now() - interval '30 days', now()), -- Vijay Shetty: converted_advance
  ('1a000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000003', '0b000000-0000-4000-8000-000000000004', date '2026-02-07', '12:00', 'converted_beginner', '0e000000-0000-4000-8000-000000000003',
   45000, 0, 10, (now() at time zone 'Asia/Kolkata')::date + 2, 0, 0, 0,
   false, 'UPI', null, null, date '2026-02-07',
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000004', now() - interval '30 days', now()), -- Naveen S P: converted_beginner
  ('1a000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000004', '0b000000-0000-4000-8000-000000000003', date '2026-02-10', '18:00', 'converted_intermediate', '0e000000-0000-4000-8000-000000000003',
   55000, 0, 12, null, 5000, 0, 0,
   false, 'Razorpay', null, null, date '2026-02-10',
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003', now() - interval '30 days', now()), -- Aswini Veerapaneni: converted_intermediate
  ('1a000000-0000-4000-8000-000000000005', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000005', '0b000000-0000-4000-8000-000000000005', date '2026-02-12', '10:30', 'booking_amount', '0e000000-0000-4000-8000-000000000003',
   48000, 0, 15, (now() at time zone 'Asia/Kolkata')::date, 0, 0, 0,
   false, 'UPI', null, 'Booking amount paid; balance promised after salary credit.', date '2026-02-12',
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000005', now() - interval '30 days', now()), -- Ramkrishna Sahu: booking_amount
  ('1a000000-0000-4000-8000-000000000006', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000006', '0b000000-0000-4000-8000-000000000004', date '2026-02-14', '15:00', 'converted', '0e000000-0000-4000-8000-000000000003',
   50000, 0, 15, null, 0, 0, 0,
   true, 'Cash', null, 'Pays the balance after his first trading profits (pay after earning).', date '2026-02-14',
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000004', now() - interval '30 days', now()), -- Arun B Kalburgi: converted
  ('1a000000-0000-4000-8000-000000000007', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000007', '0b000000-0000-4000-8000-000000000003', date '2026-02-18', '19:00', 'converted', '0e000000-0000-4000-8000-000000000003',
   45000, 0, 15, null, 0, 0, 0,
   false, 'Razorpay', null, null, date '2026-02-18',
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003', now() - interval '30 days', now()), -- Rahul Jangid: converted
  ('1a000000-0000-4000-8000-000000000008', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000008', '0b000000-0000-4000-8000-000000000005', date '2026-02-24', '11:30', 'converted', '0e000000-0000-4000-8000-000000000003',
   52000, 0, 15, (now() at time zone 'Asia/Kolkata')::date, 0, 0, 1040,
   false, 'UPI', null, null, date '2026-02-24',
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000005', now() - interval '30 days', now()), -- Dharun: converted
  ('1a000000-0000-4000-8000-000000000009', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000009', '0b000000-0000-4000-8000-000000000003', date '2026-03-02', '14:00', 'converted', '0e000000-0000-4000-8000-000000000003',
   50000, 0, 15, null, 0, 0, 0,
   false, 'Razorpay', null, null, date '2026-03-02',
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003', now() - interval '30 days', now()), -- Sandeep Rao: converted
  ('1a000000-0000-4000-8000-000000000010', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000010', '0b000000-0000-4000-8000-000000000004', date '2026-03-04', '17:30', 'converted', '0e000000-0000-4000-8000-000000000003',
   45000, 0, 15, null, 0, 0, 0,
   false, 'UPI', null, 'Stopped attending after week 3; not responding to EMI reminders.', date '2026-03-04',
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000004', now() - interval '30 days', now()), -- Meghna Pillai: converted
  ('1a000000-0000-4000-8000-000000000011', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000011', '0b000000-0000-4000-8000-000000000005', date '2026-03-09', '13:00', 'converted_beginner', '0e000000-0000-4000-8000-000000000003',
   40000, 0, 8, null, 0, 0, 0,
   false, 'Bank transfer', null, null, date '2026-03-09',
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000005', now() - interval '30 days', now()), -- Harsh Vardhan: converted_beginner
  ('1a000000-0000-4000-8000-000000000012', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000012', '0b000000-0000-4000-8000-000000000003', date '2025-06-10', '11:00', 'converted', '0e000000-0000-4000-8000-000000000001',
   35000, 0, 15, null, 0, 0, 0,
   false, 'UPI', null, null, date '2025-06-10',
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003', now() - interval '30 days', now()), -- Pooja Deshmukh: converted
  ('1a000000-0000-4000-8000-000000000013', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000013', '0b000000-0000-4000-8000-000000000004', date '2025-10-08', '16:00', 'converted', '0e000000-0000-4000-8000-000000000002',
   40000, 0, 15, null, 0, 0, 0,
   false, 'Razorpay', null, null, date '2025-10-08',
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000004', now() - interval '30 days', now()), -- Rajesh Gupta: converted
  ('1a000000-0000-4000-8000-000000000014', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000014', '0b000000-0000-4000-8000-000000000005', date '2025-10-15', '12:30', 'converted', '0e000000-0000-4000-8000-000000000002',
   40000, 0, 15, null, 0, 0, 0,
   false, 'UPI', null, null, date '2025-10-15',
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000005', now() - interval '30 days', now()), -- Kavya Reddy: converted
  ('1a000000-0000-4000-8000-000000000015', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000015', '0b000000-0000-4000-8000-000000000003', (now() at time zone 'Asia/Kolkata')::date - 10, '10:00', 'converted', '0e000000-0000-4000-8000-000000000005',
   30000, 0, 15, (now() at time zone 'Asia/Kolkata')::date + 4, 0, 0, 0,
   false, 'UPI', null, null, (now() at time zone 'Asia/Kolkata')::date - 10,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003', now() - interval '30 days', now()), -- Manoj Tiwari: converted
  ('1a000000-0000-4000-8000-000000000016', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000016', '0b000000-0000-4000-8000-000000000004', (now() at time zone 'Asia/Kolkata')::date - 7, '18:30', 'converted_intermediate', '0e000000-0000-4000-8000-000000000005',
   32000, 0, 12, null, 0, 0, 0,
   true, 'Razorpay', null, null, (now() at time zone 'Asia/Kolkata')::date - 7,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000004', now() - interval '30 days', now()), -- Anjali Menon: converted_intermediate
  ('1a000000-0000-4000-8000-000000000017', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000017', '0b000000-0000-4000-8000-000000000003', (now() at time zone 'Asia/Kolkata')::date, '10:00', 'booking_amount', '0e000000-0000-4000-8000-000000000003',
   50000, 0, 15, (now() at time zone 'Asia/Kolkata')::date + 3, 0, 0, 0,
   false, 'UPI', null, 'Paid the booking amount on the call; balance this week.', (now() at time zone 'Asia/Kolkata')::date,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003', now() - interval '30 days', now()), -- Deepak Chauhan: booking_amount
  ('1a000000-0000-4000-8000-000000000018', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000018', '0b000000-0000-4000-8000-000000000003', (now() at time zone 'Asia/Kolkata')::date, '09:30', 'no_show', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, 'Did not join; WhatsApp reminder sent.', null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003', now() - interval '30 days', now()), -- Farhan Qureshi: no_show
  ('1a000000-0000-4000-8000-000000000019', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000019', '0b000000-0000-4000-8000-000000000003', (now() at time zone 'Asia/Kolkata')::date, '11:30', 'scheduled', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, null, null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003', now() - interval '30 days', now()), -- Suresh Patil: scheduled
  ('1a000000-0000-4000-8000-000000000020', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000020', '0b000000-0000-4000-8000-000000000003', (now() at time zone 'Asia/Kolkata')::date, '15:30', 'scheduled', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, 'Asked about weekend batches.', null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003', now() - interval '30 days', now()), -- Neha Joshi: scheduled
  ('1a000000-0000-4000-8000-000000000021', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000021', '0b000000-0000-4000-8000-000000000003', (now() at time zone 'Asia/Kolkata')::date, '18:00', 'scheduled', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, null, null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003', now() - interval '30 days', now()), -- Kiran Desai: scheduled
  ('1a000000-0000-4000-8000-000000000022', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000022', '0b000000-0000-4000-8000-000000000004', (now() at time zone 'Asia/Kolkata')::date, '12:00', 'scheduled', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, null, null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000004', now() - interval '30 days', now()), -- Lakshmi Narayanan: scheduled
  ('1a000000-0000-4000-8000-000000000023', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000023', '0b000000-0000-4000-8000-000000000004', (now() at time zone 'Asia/Kolkata')::date, '17:00', 'scheduled', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, null, null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000004', now() - interval '30 days', now()), -- Gaurav Malhotra: scheduled
  ('1a000000-0000-4000-8000-000000000024', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000024', '0b000000-0000-4000-8000-000000000005', (now() at time zone 'Asia/Kolkata')::date, '11:00', 'not_converted', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, 'Budget constraints; revisit in three months.', null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000005', now() - interval '30 days', now()), -- Ritu Agarwal: not_converted
  ('1a000000-0000-4000-8000-000000000025', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000025', '0b000000-0000-4000-8000-000000000005', (now() at time zone 'Asia/Kolkata')::date, '14:00', 'scheduled', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, null, null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000005', now() - interval '30 days', now()), -- Imran Sheikh: scheduled
  ('1a000000-0000-4000-8000-000000000026', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000026', '0b000000-0000-4000-8000-000000000003', (now() at time zone 'Asia/Kolkata')::date + 1, '11:00', 'scheduled', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, null, null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003', now() - interval '30 days', now()), -- Vikram Singh: scheduled
  ('1a000000-0000-4000-8000-000000000027', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000027', '0b000000-0000-4000-8000-000000000003', (now() at time zone 'Asia/Kolkata')::date + 2, '16:00', 'reschedule', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, 'Travelling; asked to move the call to Wednesday evening.', null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003', now() - interval '30 days', now()), -- Arjun Nair: reschedule
  ('1a000000-0000-4000-8000-000000000028', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000028', '0b000000-0000-4000-8000-000000000003', (now() at time zone 'Asia/Kolkata')::date + 5, '12:30', 'scheduled', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, null, null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003', now() - interval '30 days', now()), -- Siddharth Bose: scheduled
  ('1a000000-0000-4000-8000-000000000029', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000029', '0b000000-0000-4000-8000-000000000004', (now() at time zone 'Asia/Kolkata')::date + 1, '10:30', 'scheduled', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, null, null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000004', now() - interval '30 days', now()), -- Pallavi Kulkarni: scheduled
  ('1a000000-0000-4000-8000-000000000030', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000030', '0b000000-0000-4000-8000-000000000004', (now() at time zone 'Asia/Kolkata')::date + 3, '19:00', 'reschedule', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, 'Exams this week; rescheduled at his request.', null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000004', now() - interval '30 days', now()), -- Nikhil Jain: reschedule
  ('1a000000-0000-4000-8000-000000000031', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000031', '0b000000-0000-4000-8000-000000000005', (now() at time zone 'Asia/Kolkata')::date + 2, '15:00', 'scheduled', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, null, null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000005', now() - interval '30 days', now()), -- Tanvi Shah: scheduled
  ('1a000000-0000-4000-8000-000000000032', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000032', '0b000000-0000-4000-8000-000000000005', (now() at time zone 'Asia/Kolkata')::date + 4, '11:00', 'scheduled', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, null, null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000005', now() - interval '30 days', now()), -- Mohit Bansal: scheduled
  ('1a000000-0000-4000-8000-000000000033', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000033', '0b000000-0000-4000-8000-000000000003', (now() at time zone 'Asia/Kolkata')::date - 1, '13:00', 'not_converted', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, 'Already enrolled in another crypto course.', null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003', now() - interval '30 days', now()), -- Abhishek Mishra: not_converted
  ('1a000000-0000-4000-8000-000000000034', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000034', '0b000000-0000-4000-8000-000000000003', (now() at time zone 'Asia/Kolkata')::date - 2, '17:00', 'no_show', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, 'Phone switched off twice.', null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003', now() - interval '30 days', now()), -- Shreya Ghosh: no_show
  ('1a000000-0000-4000-8000-000000000035', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000035', '0b000000-0000-4000-8000-000000000003', (now() at time zone 'Asia/Kolkata')::date - 4, '12:00', 'not_converted', null,
   0, 0, null, (now() at time zone 'Asia/Kolkata')::date, 0, 0, 0,
   false, null, null, 'Interested but waiting for bonus; follow up today.', null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003', now() - interval '30 days', now()), -- Rohit Saxena: not_converted
  ('1a000000-0000-4000-8000-000000000036', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000036', '0b000000-0000-4000-8000-000000000004', (now() at time zone 'Asia/Kolkata')::date - 1, '16:30', 'scheduled', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, 'Call not yet updated.', null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000004', now() - interval '30 days', now()), -- Yash Thakur: scheduled
  ('1a000000-0000-4000-8000-000000000037', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000037', '0b000000-0000-4000-8000-000000000004', (now() at time zone 'Asia/Kolkata')::date - 2, '11:00', 'no_show', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, null, null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000004', now() - interval '30 days', now()), -- Ankit Dubey: no_show
  ('1a000000-0000-4000-8000-000000000038', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000038', '0b000000-0000-4000-8000-000000000004', (now() at time zone 'Asia/Kolkata')::date - 5, '14:30', 'not_converted', null,
   0, 0, null, (now() at time zone 'Asia/Kolkata')::date, 0, 0, 0,
   false, null, null, 'Wants to discuss with spouse; follow up today.', null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000004', now() - interval '30 days', now()), -- Divya Krishnan: not_converted
  ('1a000000-0000-4000-8000-000000000039', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000039', '0b000000-0000-4000-8000-000000000005', (now() at time zone 'Asia/Kolkata')::date - 3, '10:00', 'no_show', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, null, null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000005', now() - interval '30 days', now()), -- Preeti Chawla: no_show
  ('1a000000-0000-4000-8000-000000000040', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000040', '0b000000-0000-4000-8000-000000000005', (now() at time zone 'Asia/Kolkata')::date - 6, '18:00', 'not_converted', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, 'Looking for stock-market content only.', null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000005', now() - interval '30 days', now()), -- Sameer Khan: not_converted
  ('1a000000-0000-4000-8000-000000000041', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000041', '0b000000-0000-4000-8000-000000000005', (now() at time zone 'Asia/Kolkata')::date - 8, '15:30', 'discontinued', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, 'Lead asked not to be contacted again.', null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000005', now() - interval '30 days', now()), -- Tarun Mehra: discontinued
  ('1a000000-0000-4000-8000-000000000042', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000042', '0b000000-0000-4000-8000-000000000003', date '2025-12-10', '12:00', 'pending', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, 'Imported from the old app.', null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003', now() - interval '30 days', now()), -- Ajay Rawat: pending
  ('1a000000-0000-4000-8000-000000000043', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000043', '0b000000-0000-4000-8000-000000000004', date '2025-12-15', '16:00', 'not_decided', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, 'Imported from the old app.', null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000004', now() - interval '30 days', now()), -- Swati Kapoor: not_decided
  ('1a000000-0000-4000-8000-000000000044', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000044', '0b000000-0000-4000-8000-000000000005', date '2026-01-05', '11:30', 'so_so', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, 'Imported from the old app: lukewarm interest.', null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000005', now() - interval '30 days', now()), -- Varun Khanna: so_so
  ('1a000000-0000-4000-8000-000000000045', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000045', '0b000000-0000-4000-8000-000000000005', date '2026-01-10', '17:30', 'pending', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, 'Imported from the old app.', null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000005', now() - interval '30 days', now()), -- Nisha Bhatt: pending
  ('1a000000-0000-4000-8000-000000000046', '0a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000046', '0b000000-0000-4000-8000-000000000004', date '2026-01-12', '13:30', 'so_so', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, null, null,
   '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000004', now() - interval '30 days', now()), -- Karthik Subramanian: so_so
  ('1a000000-0000-4000-8000-000000000047', '0a000000-0000-4000-8000-000000000003', '0f000000-0000-4000-8000-000000000047', '0b000000-0000-4000-8000-000000000019', (now() at time zone 'Europe/London')::date - 14, '14:00', 'converted', '0e000000-0000-4000-8000-000000000007',
   2400, 0, 15, null, 0, 0, 0,
   false, 'Stripe', null, null, (now() at time zone 'Europe/London')::date - 14,
   '0b000000-0000-4000-8000-000000000018', '0b000000-0000-4000-8000-000000000019', now() - interval '30 days', now()), -- James Whitaker: converted
  ('1a000000-0000-4000-8000-000000000048', '0a000000-0000-4000-8000-000000000003', '0f000000-0000-4000-8000-000000000048', '0b000000-0000-4000-8000-000000000019', (now() at time zone 'Europe/London')::date, '13:00', 'scheduled', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, null, null,
   '0b000000-0000-4000-8000-000000000018', '0b000000-0000-4000-8000-000000000019', now() - interval '30 days', now()), -- Hannah Price: scheduled
  ('1a000000-0000-4000-8000-000000000049', '0a000000-0000-4000-8000-000000000003', '0f000000-0000-4000-8000-000000000049', '0b000000-0000-4000-8000-000000000019', (now() at time zone 'Europe/London')::date - 3, '10:30', 'no_show', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, null, null,
   '0b000000-0000-4000-8000-000000000018', '0b000000-0000-4000-8000-000000000019', now() - interval '30 days', now()), -- George Fletcher: no_show
  ('1a000000-0000-4000-8000-000000000050', '0a000000-0000-4000-8000-000000000003', '0f000000-0000-4000-8000-000000000050', '0b000000-0000-4000-8000-000000000019', (now() at time zone 'Europe/London')::date + 2, '16:00', 'scheduled', null,
   0, 0, null, null, 0, 0, 0,
   false, null, null, null, null,
   '0b000000-0000-4000-8000-000000000018', '0b000000-0000-4000-8000-000000000019', now() - interval '30 days', now()); -- Amelia Ward: scheduled

-- Guard: the S1 trigger must have created one cohort student per converted appointment with a batch.
do $$
declare missing text;
begin
  select string_agg(l.full_name, ', ') into missing
  from public.call_appointments ca join public.leads l on l.id = ca.lead_id
  where ca.batch_id is not null
    and ca.status in ('converted', 'converted_beginner', 'converted_intermediate', 'converted_advance', 'booking_amount', 'refunded', 'discontinued')
    and not exists (select 1 from public.cohort_students cs where cs.lead_id = ca.lead_id and cs.cohort_batch_id = ca.batch_id);
  if missing is not null then
    raise exception 'seed: no cohort_students row for converted appointments of %; the S1 trigger (migration 20261123080500_sales_functions.sql) is missing', missing;
  end if;
end
$$;

-------------------------------------------------------------------------------
-- Payments (the one ledger). The ledger trigger adds each amount to cash_received of the student and its appointment.
insert into public.emi_payments (id, organization_id, cohort_student_id, amount, paid_on, payment_platform, remarks, created_by, created_at)
select v.id::uuid, cs.organization_id, cs.id, v.amount::numeric, v.paid_on::date, v.platform, v.remarks, v.created_by::uuid, v.paid_on::date + time '12:00'
from (values
  ('3a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000001', '0e000000-0000-4000-8000-000000000003', 20000, date '2026-02-03', 'Razorpay', 'First payment at conversion', '0b000000-0000-4000-8000-000000000003'), -- Amit Kulkarni
  ('3a000000-0000-4000-8000-000000000002', '0f000000-0000-4000-8000-000000000001', '0e000000-0000-4000-8000-000000000003', 15000, date '2026-03-05', 'UPI', 'EMI 1', '0b000000-0000-4000-8000-000000000003'), -- Amit Kulkarni
  ('3a000000-0000-4000-8000-000000000003', '0f000000-0000-4000-8000-000000000002', '0e000000-0000-4000-8000-000000000003', 60000, date '2026-02-05', 'Bank transfer', 'Full payment', '0b000000-0000-4000-8000-000000000003'), -- Vijay Shetty
  ('3a000000-0000-4000-8000-000000000004', '0f000000-0000-4000-8000-000000000003', '0e000000-0000-4000-8000-000000000003', 10000, date '2026-02-07', 'UPI', 'Booking + first EMI', '0b000000-0000-4000-8000-000000000004'), -- Naveen S P
  ('3a000000-0000-4000-8000-000000000005', '0f000000-0000-4000-8000-000000000004', '0e000000-0000-4000-8000-000000000003', 25000, date '2026-02-10', 'Razorpay', 'Down payment', '0b000000-0000-4000-8000-000000000003'), -- Aswini Veerapaneni
  ('3a000000-0000-4000-8000-000000000006', '0f000000-0000-4000-8000-000000000004', '0e000000-0000-4000-8000-000000000003', 15000, date '2026-03-10', 'Razorpay', 'No-cost EMI 1', '0b000000-0000-4000-8000-000000000003'), -- Aswini Veerapaneni
  ('3a000000-0000-4000-8000-000000000007', '0f000000-0000-4000-8000-000000000005', '0e000000-0000-4000-8000-000000000003', 5000, date '2026-02-12', 'UPI', 'Booking amount', '0b000000-0000-4000-8000-000000000005'), -- Ramkrishna Sahu
  ('3a000000-0000-4000-8000-000000000008', '0f000000-0000-4000-8000-000000000006', '0e000000-0000-4000-8000-000000000003', 10000, date '2026-02-14', 'Cash', 'Initial payment', '0b000000-0000-4000-8000-000000000004'), -- Arun B Kalburgi
  ('3a000000-0000-4000-8000-000000000009', '0f000000-0000-4000-8000-000000000007', '0e000000-0000-4000-8000-000000000003', 15000, date '2026-02-18', 'Razorpay', 'EMI 1', '0b000000-0000-4000-8000-000000000003'), -- Rahul Jangid
  ('3a000000-0000-4000-8000-000000000010', '0f000000-0000-4000-8000-000000000007', '0e000000-0000-4000-8000-000000000003', 15000, date '2026-03-18', 'Razorpay', 'EMI 2', '0b000000-0000-4000-8000-000000000003'), -- Rahul Jangid
  ('3a000000-0000-4000-8000-000000000011', '0f000000-0000-4000-8000-000000000007', '0e000000-0000-4000-8000-000000000003', 15000, date '2026-04-18', 'Razorpay', 'EMI 3', '0b000000-0000-4000-8000-000000000003'), -- Rahul Jangid
  ('3a000000-0000-4000-8000-000000000012', '0f000000-0000-4000-8000-000000000008', '0e000000-0000-4000-8000-000000000003', 20000, date '2026-02-24', 'UPI', 'First payment', '0b000000-0000-4000-8000-000000000005'), -- Dharun
  ('3a000000-0000-4000-8000-000000000013', '0f000000-0000-4000-8000-000000000009', '0e000000-0000-4000-8000-000000000003', 10000, date '2026-03-02', 'Razorpay', 'First payment', '0b000000-0000-4000-8000-000000000003'), -- Sandeep Rao
  ('3a000000-0000-4000-8000-000000000014', '0f000000-0000-4000-8000-000000000010', '0e000000-0000-4000-8000-000000000003', 15000, date '2026-03-04', 'UPI', 'First payment', '0b000000-0000-4000-8000-000000000004'), -- Meghna Pillai
  ('3a000000-0000-4000-8000-000000000015', '0f000000-0000-4000-8000-000000000011', '0e000000-0000-4000-8000-000000000003', 40000, date '2026-03-09', 'Bank transfer', 'Full payment', '0b000000-0000-4000-8000-000000000005'), -- Harsh Vardhan
  ('3a000000-0000-4000-8000-000000000016', '0f000000-0000-4000-8000-000000000012', '0e000000-0000-4000-8000-000000000001', 35000, date '2025-06-10', 'UPI', 'Full payment', '0b000000-0000-4000-8000-000000000003'), -- Pooja Deshmukh
  ('3a000000-0000-4000-8000-000000000017', '0f000000-0000-4000-8000-000000000013', '0e000000-0000-4000-8000-000000000002', 20000, date '2025-10-08', 'Razorpay', 'First payment', '0b000000-0000-4000-8000-000000000004'), -- Rajesh Gupta
  ('3a000000-0000-4000-8000-000000000018', '0f000000-0000-4000-8000-000000000013', '0e000000-0000-4000-8000-000000000002', 10000, date '2025-11-08', 'Razorpay', 'EMI 1', '0b000000-0000-4000-8000-000000000004'), -- Rajesh Gupta
  ('3a000000-0000-4000-8000-000000000019', '0f000000-0000-4000-8000-000000000014', '0e000000-0000-4000-8000-000000000002', 8000, date '2025-10-15', 'UPI', 'First payment', '0b000000-0000-4000-8000-000000000005'), -- Kavya Reddy
  ('3a000000-0000-4000-8000-000000000020', '0f000000-0000-4000-8000-000000000015', '0e000000-0000-4000-8000-000000000005', 10000, (now() at time zone 'Asia/Kolkata')::date - 10, 'UPI', 'First payment', '0b000000-0000-4000-8000-000000000003'), -- Manoj Tiwari
  ('3a000000-0000-4000-8000-000000000021', '0f000000-0000-4000-8000-000000000016', '0e000000-0000-4000-8000-000000000005', 8000, (now() at time zone 'Asia/Kolkata')::date - 7, 'Razorpay', 'Booking + EMI 1', '0b000000-0000-4000-8000-000000000004'), -- Anjali Menon
  ('3a000000-0000-4000-8000-000000000022', '0f000000-0000-4000-8000-000000000017', '0e000000-0000-4000-8000-000000000003', 5000, (now() at time zone 'Asia/Kolkata')::date, 'UPI', 'Booking amount', '0b000000-0000-4000-8000-000000000003'), -- Deepak Chauhan
  ('3a000000-0000-4000-8000-000000000023', '0f000000-0000-4000-8000-000000000047', '0e000000-0000-4000-8000-000000000007', 800, (now() at time zone 'Europe/London')::date - 14, 'Stripe', 'Instalment 1', '0b000000-0000-4000-8000-000000000019') -- James Whitaker
) as v(id, lead_id, batch_id, amount, paid_on, platform, remarks, created_by)
join public.cohort_students cs on cs.lead_id = v.lead_id::uuid and cs.cohort_batch_id = v.batch_id::uuid
order by v.paid_on, v.id;

-- Refunds and discontinuations after the payments, as the app does them (the S1 trigger moves the student).
-- Sandeep Rao's refund gave his 10,000 back: a refund entry of the ledger (received = payments - refunds).
insert into public.emi_payments (id, organization_id, cohort_student_id, kind, amount, paid_on, remarks, created_by)
select '3a000000-0000-4000-8000-000000000101', cs.organization_id, cs.id, 'refund', 10000, date '2026-03-06',
  'Medical emergency in the family; refund approved by admin within the 7-day window.', '0b000000-0000-4000-8000-000000000001'
from public.cohort_students cs
where cs.lead_id = '0f000000-0000-4000-8000-000000000009' and cs.cohort_batch_id = '0e000000-0000-4000-8000-000000000003';
update public.call_appointments set status = 'refunded', refund_reason = 'Medical emergency in the family; refund approved by admin within the 7-day window.', additional_comments = 'Medical emergency in the family; refund approved by admin within the 7-day window.', updated_at = now()
  where id = '1a000000-0000-4000-8000-000000000009'; -- Sandeep Rao
update public.call_appointments set status = 'discontinued', additional_comments = 'Stopped attending after week 3; not responding to EMI reminders.', updated_at = now()
  where id = '1a000000-0000-4000-8000-000000000010'; -- Meghna Pillai
update public.call_appointments set status = 'refunded', refund_reason = 'Course timing clashed with new job shifts; refund approved by admin.', additional_comments = 'Course timing clashed with new job shifts; refund approved by admin.', updated_at = now()
  where id = '1a000000-0000-4000-8000-000000000014'; -- Kavya Reddy

-- One offer change in the history: Amit Kulkarni was first offered 55,000 and given the early-bird price.
insert into public.offer_amount_history (id, organization_id, cohort_student_id, old_amount, new_amount, reason, changed_by, changed_at)
select '3b000000-0000-4000-8000-000000000001', cs.organization_id, cs.id, 55000, 50000, 'Early-bird price approved by the manager', '0b000000-0000-4000-8000-000000000002', timestamptz '2026-02-03 12:00+05:30'
from public.cohort_students cs
where cs.lead_id = '0f000000-0000-4000-8000-000000000001' and cs.cohort_batch_id = '0e000000-0000-4000-8000-000000000003';

-- Notes on a few students (Cohort Management).
update public.cohort_students set notes = 'Prefers WhatsApp reminders; attends the Sunday doubt sessions.'
  where lead_id = '0f000000-0000-4000-8000-000000000001' and cohort_batch_id = '0e000000-0000-4000-8000-000000000003';
update public.cohort_students set notes = 'Balance due after first trading profits (pay after earning).'
  where lead_id = '0f000000-0000-4000-8000-000000000006' and cohort_batch_id = '0e000000-0000-4000-8000-000000000003';

-------------------------------------------------------------------------------
-- Wellness: chat sessions in every status, their messages, call requests (open and completed), bookings
insert into public.chat_sessions (id, organization_id, user_id, company_id, pillar, status, title, phone_escalation_reason, phone_escalated_at, phone_contact_made, session_booked_by_specialist, created_at, updated_at, ended_at) values
  ('2a000000-0000-4000-8000-000000000001', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000010', '0c000000-0000-4000-8000-000000000001', 'psychological', 'phone_escalated', 'Ansiedade antes das reuniões',
   'Crises de ansiedade antes das reuniões; prefere conversar por telefone agora.', now() - interval '3 minutes', false, null, now() - interval '20 minutes', now() - interval '3 minutes', null), -- Maria Oliveira: phone_escalated
  ('2a000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000011', '0c000000-0000-4000-8000-000000000002', 'financial', 'phone_escalated', 'Dívida no cartão de crédito',
   'Dívida no cartão de crédito crescendo; quer ajuda para montar um plano de renegociação.', now() - interval '12 minutes', false, null, now() - interval '30 minutes', now() - interval '12 minutes', null), -- João Pereira: phone_escalated
  ('2a000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000012', '0c000000-0000-4000-8000-000000000003', 'legal', 'phone_escalated', 'Dúvidas sobre rescisão',
   'Dúvidas sobre rescisão e verbas trabalhistas após mudança de cargo.', now() - interval '25 minutes', false, null, now() - interval '60 minutes', now() - interval '25 minutes', null), -- Fernanda Costa: phone_escalated
  ('2a000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000013', '0c000000-0000-4000-8000-000000000001', 'physical', 'pending', 'Dor lombar',
   'Dor lombar forte há uma semana, piora ao ficar sentado.', now() - interval '50 minutes', false, null, now() - interval '75 minutes', now() - interval '50 minutes', null), -- Lucas Almeida: pending
  ('2a000000-0000-4000-8000-000000000005', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000014', '0c000000-0000-4000-8000-000000000002', 'psychological', 'phone_escalated', 'Esgotamento no trabalho',
   'Sinais de esgotamento; pediu retorno depois das 17h.', now() - interval '180 minutes', false, null, now() - interval '200 minutes', now() - interval '180 minutes', null), -- Juliana Rocha: phone_escalated
  ('2a000000-0000-4000-8000-000000000006', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000015', '0c000000-0000-4000-8000-000000000003', 'financial', 'phone_escalated', 'Planejamento para aposentadoria',
   'Quer entender como começar a investir para a aposentadoria.', now() - interval '8 minutes', false, null, now() - interval '15 minutes', now() - interval '8 minutes', null), -- Rafael Santos: phone_escalated
  ('2a000000-0000-4000-8000-000000000007', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000010', '0c000000-0000-4000-8000-000000000001', 'psychological', 'resolved', 'Insônia',
   'Insônia há duas semanas.', now() - interval '2920 minutes', true, null, now() - interval '2940 minutes', now() - interval '2880 minutes', now() - interval '2880 minutes'), -- Maria Oliveira: resolved
  ('2a000000-0000-4000-8000-000000000008', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000016', '0c000000-0000-4000-8000-000000000001', 'psychological', 'resolved', 'Luto na família',
   'Perdeu o pai recentemente e está com dificuldade de voltar ao trabalho.', now() - interval '1510 minutes', true, '0b000000-0000-4000-8000-000000000008', now() - interval '1530 minutes', now() - interval '1440 minutes', now() - interval '1440 minutes'), -- Beatriz Carvalho: resolved
  ('2a000000-0000-4000-8000-000000000009', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000017', '0c000000-0000-4000-8000-000000000002', 'legal', 'phone_escalated', 'Assédio moral',
   'Relata assédio moral do gestor; quer orientação.', now() - interval '1620 minutes', true, null, now() - interval '1640 minutes', now() - interval '1620 minutes', null), -- Pedro Ribeiro: phone_escalated
  ('2a000000-0000-4000-8000-000000000010', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000011', '0c000000-0000-4000-8000-000000000002', 'physical', 'active', 'Alimentação no home office',
   null, null, false, null, now() - interval '5 minutes', now() - interval '1 minutes', null), -- João Pereira: active
  ('2a000000-0000-4000-8000-000000000011', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000013', '0c000000-0000-4000-8000-000000000001', 'financial', 'abandoned', 'Empréstimo consignado',
   'Dúvidas sobre empréstimo consignado.', now() - interval '4350 minutes', false, null, now() - interval '4380 minutes', now() - interval '4320 minutes', now() - interval '4320 minutes'), -- Lucas Almeida: abandoned
  ('2a000000-0000-4000-8000-000000000012', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000012', '0c000000-0000-4000-8000-000000000003', 'physical', 'resolved', 'Alongamentos',
   null, null, false, null, now() - interval '5790 minutes', now() - interval '5760 minutes', now() - interval '5760 minutes'), -- Fernanda Costa: resolved
  ('2a000000-0000-4000-8000-000000000013', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000015', '0c000000-0000-4000-8000-000000000003', 'psychological', 'resolved', 'Estresse com metas',
   'Estresse com metas do trimestre.', now() - interval '14445 minutes', true, '0b000000-0000-4000-8000-000000000009', now() - interval '14460 minutes', now() - interval '14400 minutes', now() - interval '14400 minutes'), -- Rafael Santos: resolved
  ('2a000000-0000-4000-8000-000000000014', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000016', '0c000000-0000-4000-8000-000000000001', 'physical', 'abandoned', 'Dor de cabeça',
   null, null, false, null, now() - interval '8640 minutes', now() - interval '8610 minutes', now() - interval '8610 minutes'), -- Beatriz Carvalho: abandoned
  ('2a000000-0000-4000-8000-000000000015', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000014', '0c000000-0000-4000-8000-000000000002', 'legal', 'active', 'Licença-maternidade',
   null, null, false, null, now() - interval '40 minutes', now() - interval '1 minutes', null); -- Juliana Rocha: active

insert into public.chat_messages (id, organization_id, chat_session_id, sender_id, role, content, created_at) values
  ('2b000000-0000-4000-8000-000000000001', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000010', 'member', 'Oi, tenho sentido muita ansiedade antes das reuniões com a diretoria.', now() - interval '19 minutes'),
  ('2b000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000001', null, 'assistant', 'Sinto muito que você esteja passando por isso, Maria. Essa ansiedade aparece só antes das reuniões ou em outros momentos também?', now() - interval '16 minutes'),
  ('2b000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000010', 'member', 'Principalmente antes das reuniões. O coração dispara e eu travo.', now() - interval '13 minutes'),
  ('2b000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000001', null, 'assistant', 'Entendo. Uma técnica que ajuda é a respiração 4-7-8. Se preferir, posso colocar você em contato com uma psicóloga da nossa equipe por telefone.', now() - interval '10 minutes'),
  ('2b000000-0000-4000-8000-000000000005', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000010', 'member', 'Prefiro falar com alguém agora, por favor.', now() - interval '7 minutes'),
  ('2b000000-0000-4000-8000-000000000006', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000001', null, 'system', 'Pedido de ligação enviado à equipe de especialistas.', now() - interval '3 minutes'),
  ('2b000000-0000-4000-8000-000000000007', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000011', 'member', 'Minha fatura do cartão virou uma bola de neve e não sei por onde começar.', now() - interval '29 minutes'),
  ('2b000000-0000-4000-8000-000000000008', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000002', null, 'assistant', 'Vamos organizar isso juntos. Você sabe o valor total da dívida e a taxa de juros?', now() - interval '26 minutes'),
  ('2b000000-0000-4000-8000-000000000009', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000011', 'member', 'Uns R$ 18 mil, com juros do rotativo.', now() - interval '23 minutes'),
  ('2b000000-0000-4000-8000-000000000010', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000002', null, 'assistant', 'O rotativo é uma das linhas mais caras. Um especialista financeiro pode ajudar você a negociar com o banco. Quer que ele ligue para você?', now() - interval '20 minutes'),
  ('2b000000-0000-4000-8000-000000000011', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000011', 'member', 'Sim, quero.', now() - interval '17 minutes'),
  ('2b000000-0000-4000-8000-000000000012', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000002', null, 'system', 'Pedido de ligação enviado à equipe de especialistas.', now() - interval '12 minutes'),
  ('2b000000-0000-4000-8000-000000000013', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000003', '0b000000-0000-4000-8000-000000000012', 'member', 'Fui informada de uma mudança de cargo com redução de salário. Isso é permitido?', now() - interval '59 minutes'),
  ('2b000000-0000-4000-8000-000000000014', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000003', null, 'assistant', 'Em regra, a CLT não permite redução salarial unilateral. Cada caso tem detalhes, então o ideal é conversar com nossa especialista jurídica.', now() - interval '48 minutes'),
  ('2b000000-0000-4000-8000-000000000015', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000003', '0b000000-0000-4000-8000-000000000012', 'member', 'Pode pedir para ela me ligar?', now() - interval '37 minutes'),
  ('2b000000-0000-4000-8000-000000000016', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000003', null, 'system', 'Pedido de ligação enviado à equipe de especialistas.', now() - interval '25 minutes'),
  ('2b000000-0000-4000-8000-000000000017', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000004', '0b000000-0000-4000-8000-000000000013', 'member', 'Estou com dor nas costas há uma semana, principalmente na lombar.', now() - interval '74 minutes'),
  ('2b000000-0000-4000-8000-000000000018', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000004', null, 'assistant', 'Sinto muito. A dor irradia para as pernas ou vem com formigamento?', now() - interval '68 minutes'),
  ('2b000000-0000-4000-8000-000000000019', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000004', '0b000000-0000-4000-8000-000000000013', 'member', 'Não irradia, mas piora muito quando fico sentado o dia todo.', now() - interval '62 minutes'),
  ('2b000000-0000-4000-8000-000000000020', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000004', null, 'assistant', 'Vou pedir que um especialista em saúde física entre em contato com você por telefone.', now() - interval '56 minutes'),
  ('2b000000-0000-4000-8000-000000000021', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000004', null, 'system', 'Pedido de ligação enviado à equipe de especialistas.', now() - interval '50 minutes'),
  ('2b000000-0000-4000-8000-000000000022', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000005', '0b000000-0000-4000-8000-000000000014', 'member', 'Ando exausta, trabalhando até tarde todos os dias.', now() - interval '199 minutes'),
  ('2b000000-0000-4000-8000-000000000023', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000005', null, 'assistant', 'Obrigado por compartilhar, Juliana. Há quanto tempo você se sente assim?', now() - interval '195 minutes'),
  ('2b000000-0000-4000-8000-000000000024', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000005', '0b000000-0000-4000-8000-000000000014', 'member', 'Uns dois meses. Podem me ligar depois das 17h?', now() - interval '191 minutes'),
  ('2b000000-0000-4000-8000-000000000025', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000005', null, 'assistant', 'Claro. Registrei seu pedido para que uma especialista ligue no horário combinado.', now() - interval '187 minutes'),
  ('2b000000-0000-4000-8000-000000000026', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000005', null, 'system', 'Pedido de ligação enviado à equipe de especialistas.', now() - interval '180 minutes'),
  ('2b000000-0000-4000-8000-000000000027', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000006', '0b000000-0000-4000-8000-000000000015', 'member', 'Tenho 35 anos e nunca investi nada para a aposentadoria.', now() - interval '14 minutes'),
  ('2b000000-0000-4000-8000-000000000028', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000006', null, 'assistant', 'Nunca é tarde para começar. Você já tem uma reserva de emergência?', now() - interval '12 minutes'),
  ('2b000000-0000-4000-8000-000000000029', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000006', '0b000000-0000-4000-8000-000000000015', 'member', 'Não. Queria falar com alguém para montar um plano.', now() - interval '10 minutes'),
  ('2b000000-0000-4000-8000-000000000030', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000006', null, 'system', 'Pedido de ligação enviado à equipe de especialistas.', now() - interval '8 minutes'),
  ('2b000000-0000-4000-8000-000000000031', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000007', '0b000000-0000-4000-8000-000000000010', 'member', 'Não consigo dormir direito há duas semanas.', now() - interval '2939 minutes'),
  ('2b000000-0000-4000-8000-000000000032', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000007', null, 'assistant', 'Isso deve estar cansativo. Algo mudou na sua rotina recentemente?', now() - interval '2935 minutes'),
  ('2b000000-0000-4000-8000-000000000033', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000007', '0b000000-0000-4000-8000-000000000010', 'member', 'Mudei de projeto e estou levando trabalho para casa.', now() - interval '2931 minutes'),
  ('2b000000-0000-4000-8000-000000000034', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000007', null, 'assistant', 'Posso pedir que uma especialista ligue para você para conversar sobre isso.', now() - interval '2927 minutes'),
  ('2b000000-0000-4000-8000-000000000035', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000007', null, 'system', 'Pedido de ligação enviado à equipe de especialistas.', now() - interval '2920 minutes'),
  ('2b000000-0000-4000-8000-000000000036', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000008', '0b000000-0000-4000-8000-000000000016', 'member', 'Meu pai faleceu há um mês e não estou conseguindo me concentrar.', now() - interval '1529 minutes'),
  ('2b000000-0000-4000-8000-000000000037', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000008', null, 'assistant', 'Sinto muito pela sua perda, Beatriz. O luto leva tempo. Gostaria de conversar com uma psicóloga?', now() - interval '1523 minutes'),
  ('2b000000-0000-4000-8000-000000000038', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000008', '0b000000-0000-4000-8000-000000000016', 'member', 'Sim, acho que preciso.', now() - interval '1517 minutes'),
  ('2b000000-0000-4000-8000-000000000039', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000008', null, 'system', 'Pedido de ligação enviado à equipe de especialistas.', now() - interval '1510 minutes'),
  ('2b000000-0000-4000-8000-000000000040', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000009', '0b000000-0000-4000-8000-000000000017', 'member', 'Meu gestor me humilha na frente da equipe com frequência.', now() - interval '1639 minutes'),
  ('2b000000-0000-4000-8000-000000000041', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000009', null, 'assistant', 'Isso é sério, Pedro. Você tem registros, como e-mails ou mensagens?', now() - interval '1635 minutes'),
  ('2b000000-0000-4000-8000-000000000042', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000009', '0b000000-0000-4000-8000-000000000017', 'member', 'Tenho algumas mensagens.', now() - interval '1631 minutes'),
  ('2b000000-0000-4000-8000-000000000043', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000009', null, 'assistant', 'Guarde esses registros. Vou pedir que um especialista jurídico ligue para você.', now() - interval '1627 minutes'),
  ('2b000000-0000-4000-8000-000000000044', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000009', null, 'system', 'Pedido de ligação enviado à equipe de especialistas.', now() - interval '1620 minutes'),
  ('2b000000-0000-4000-8000-000000000045', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000010', '0b000000-0000-4000-8000-000000000011', 'member', 'Quais lanches saudáveis você recomenda para quem trabalha em casa?', now() - interval '4 minutes'),
  ('2b000000-0000-4000-8000-000000000046', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000010', null, 'assistant', 'Boas opções: frutas, castanhas, iogurte natural e palitos de cenoura. Quer montar um plano para a semana?', now() - interval '2 minutes'),
  ('2b000000-0000-4000-8000-000000000047', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000011', '0b000000-0000-4000-8000-000000000013', 'member', 'Vale a pena fazer um consignado para quitar outras dívidas?', now() - interval '4379 minutes'),
  ('2b000000-0000-4000-8000-000000000048', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000011', null, 'assistant', 'Pode valer, se os juros forem menores. Um especialista pode analisar com você por telefone.', now() - interval '4370 minutes'),
  ('2b000000-0000-4000-8000-000000000049', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000011', '0b000000-0000-4000-8000-000000000013', 'member', 'Ok, pode ligar.', now() - interval '4361 minutes'),
  ('2b000000-0000-4000-8000-000000000050', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000011', null, 'system', 'Pedido de ligação enviado à equipe de especialistas.', now() - interval '4350 minutes'),
  ('2b000000-0000-4000-8000-000000000051', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000012', '0b000000-0000-4000-8000-000000000012', 'member', 'Pode me indicar alongamentos para fazer durante o expediente?', now() - interval '5789 minutes'),
  ('2b000000-0000-4000-8000-000000000052', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000012', null, 'assistant', 'Claro! A cada hora, faça rotação de ombros, alongamento de pescoço e de punhos por 2 minutos.', now() - interval '5780 minutes'),
  ('2b000000-0000-4000-8000-000000000053', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000012', '0b000000-0000-4000-8000-000000000012', 'member', 'Perfeito, obrigada!', now() - interval '5771 minutes'),
  ('2b000000-0000-4000-8000-000000000054', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000013', '0b000000-0000-4000-8000-000000000015', 'member', 'As metas deste trimestre estão me tirando o sono.', now() - interval '14459 minutes'),
  ('2b000000-0000-4000-8000-000000000055', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000013', null, 'assistant', 'Entendo. Quer conversar com um especialista por telefone?', now() - interval '14455 minutes'),
  ('2b000000-0000-4000-8000-000000000056', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000013', '0b000000-0000-4000-8000-000000000015', 'member', 'Quero, sim.', now() - interval '14451 minutes'),
  ('2b000000-0000-4000-8000-000000000057', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000013', null, 'system', 'Pedido de ligação enviado à equipe de especialistas.', now() - interval '14445 minutes'),
  ('2b000000-0000-4000-8000-000000000058', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000014', '0b000000-0000-4000-8000-000000000016', 'member', 'Tenho tido dores de cabeça no fim do dia.', now() - interval '8639 minutes'),
  ('2b000000-0000-4000-8000-000000000059', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000014', null, 'assistant', 'Você tem feito pausas para descansar a vista e se hidratar?', now() - interval '8625 minutes'),
  ('2b000000-0000-4000-8000-000000000060', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000015', '0b000000-0000-4000-8000-000000000014', 'member', 'Quantos dias de licença-maternidade eu tenho direito?', now() - interval '39 minutes'),
  ('2b000000-0000-4000-8000-000000000061', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000015', null, 'assistant', 'Pela CLT são 120 dias; empresas do Programa Empresa Cidadã podem estender para 180. Quer que eu explique como solicitar?', now() - interval '26 minutes'),
  ('2b000000-0000-4000-8000-000000000062', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000015', '0b000000-0000-4000-8000-000000000014', 'member', 'Quero sim, obrigada.', now() - interval '13 minutes');

insert into public.bookings (id, organization_id, chat_session_id, user_id, specialist_id, booking_date, status, notes, created_at) values
  ('2d000000-0000-4000-8000-000000000001', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000008', '0b000000-0000-4000-8000-000000000016', '0b000000-0000-4000-8000-000000000008',
   (((now() at time zone 'America/Sao_Paulo')::date + 2) + time '14:00') at time zone 'America/Sao_Paulo', 'scheduled', 'Sessão de acompanhamento de luto (online).', now() - interval '1440 minutes'),
  ('2d000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000013', '0b000000-0000-4000-8000-000000000015', '0b000000-0000-4000-8000-000000000009',
   (((now() at time zone 'America/Sao_Paulo')::date - 7) + time '10:00') at time zone 'America/Sao_Paulo', 'completed', 'Sessão realizada; plano de acompanhamento enviado.', now() - interval '14400 minutes');

-- Call logs: at most one open (pending or scheduled) per session.
insert into public.specialist_call_logs (
  id, organization_id, chat_session_id, user_id, specialist_id, call_status, reason, claimed_by, claimed_at,
  attempts, last_attempt_at, scheduled_for, call_notes, outcome, session_booked, booking_id, created_at, updated_at, completed_at
) values
  ('2c000000-0000-4000-8000-000000000001', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000010', null, 'pending', 'Crises de ansiedade antes das reuniões; prefere conversar por telefone agora.',
   null, null, 0, null,
   null, null, null, false, null,
   now() - interval '3 minutes', now() - interval '3 minutes', null), -- Maria Oliveira: pending
  ('2c000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000011', null, 'pending', 'Dívida no cartão de crédito crescendo; quer ajuda para montar um plano de renegociação.',
   null, null, 0, null,
   null, null, null, false, null,
   now() - interval '12 minutes', now() - interval '12 minutes', null), -- João Pereira: pending
  ('2c000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000003', '0b000000-0000-4000-8000-000000000012', null, 'pending', 'Dúvidas sobre rescisão e verbas trabalhistas após mudança de cargo.',
   null, null, 2, now() - interval '6 minutes',
   null, 'Tentativa 1: não atendeu. Tentativa 2: caixa postal, deixei recado.', null, false, null,
   now() - interval '25 minutes', now() - interval '6 minutes', null), -- Fernanda Costa: pending
  ('2c000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000004', '0b000000-0000-4000-8000-000000000013', null, 'pending', 'Dor lombar forte há uma semana, piora ao ficar sentado.',
   null, null, 0, null,
   null, null, null, false, null,
   now() - interval '50 minutes', now() - interval '50 minutes', null), -- Lucas Almeida: pending
  ('2c000000-0000-4000-8000-000000000005', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000005', '0b000000-0000-4000-8000-000000000014', null, 'scheduled', 'Sinais de esgotamento; pediu retorno depois das 17h.',
   '0b000000-0000-4000-8000-000000000008', now() - interval '120 minutes', 1, now() - interval '120 minutes',
   now() + interval '90 minutes', 'Membro pediu retorno após as 17h.', null, false, null,
   now() - interval '180 minutes', now() - interval '120 minutes', null), -- Juliana Rocha: scheduled
  ('2c000000-0000-4000-8000-000000000006', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000006', '0b000000-0000-4000-8000-000000000015', null, 'pending', 'Quer entender como começar a investir para a aposentadoria.',
   '0b000000-0000-4000-8000-000000000009', now() - interval '2 minutes', 0, null,
   null, null, null, false, null,
   now() - interval '8 minutes', now() - interval '8 minutes', null), -- Rafael Santos: pending
  ('2c000000-0000-4000-8000-000000000007', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000007', '0b000000-0000-4000-8000-000000000010', '0b000000-0000-4000-8000-000000000008', 'completed', 'Insônia há duas semanas.',
   '0b000000-0000-4000-8000-000000000008', now() - interval '2890 minutes', 1, now() - interval '2880 minutes',
   null, 'Conversamos sobre higiene do sono e limites de horário. Membro vai testar por duas semanas e retorna se não melhorar.', 'resolved_by_phone', false, null,
   now() - interval '2920 minutes', now() - interval '2880 minutes', now() - interval '2880 minutes'), -- Maria Oliveira: completed / resolved_by_phone
  ('2c000000-0000-4000-8000-000000000008', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000008', '0b000000-0000-4000-8000-000000000016', '0b000000-0000-4000-8000-000000000008', 'completed', 'Perdeu o pai recentemente e está com dificuldade de voltar ao trabalho.',
   '0b000000-0000-4000-8000-000000000008', now() - interval '1450 minutes', 1, now() - interval '1440 minutes',
   null, 'Acolhimento inicial por telefone. Agendada sessão de acompanhamento de luto.', 'session_booked', true, '2d000000-0000-4000-8000-000000000001',
   now() - interval '1510 minutes', now() - interval '1440 minutes', now() - interval '1440 minutes'), -- Beatriz Carvalho: completed / session_booked
  ('2c000000-0000-4000-8000-000000000009', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000009', '0b000000-0000-4000-8000-000000000017', '0b000000-0000-4000-8000-000000000009', 'completed', 'Relata assédio moral do gestor; quer orientação.',
   '0b000000-0000-4000-8000-000000000009', now() - interval '1550 minutes', 1, now() - interval '1540 minutes',
   null, 'Caso exige advogado trabalhista presencial; encaminhado ao escritório parceiro com o consentimento do membro.', 'escalated', false, null,
   now() - interval '1620 minutes', now() - interval '1540 minutes', now() - interval '1540 minutes'), -- Pedro Ribeiro: completed / escalated
  ('2c000000-0000-4000-8000-000000000010', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000011', '0b000000-0000-4000-8000-000000000013', '0b000000-0000-4000-8000-000000000009', 'missed', 'Dúvidas sobre empréstimo consignado.',
   null, null, 3, now() - interval '4325 minutes',
   null, 'Três tentativas sem resposta; membro não retornou.', null, false, null,
   now() - interval '4350 minutes', now() - interval '4325 minutes', null), -- Lucas Almeida: missed
  ('2c000000-0000-4000-8000-000000000011', '0a000000-0000-4000-8000-000000000002', '2a000000-0000-4000-8000-000000000013', '0b000000-0000-4000-8000-000000000015', '0b000000-0000-4000-8000-000000000009', 'completed', 'Estresse com metas do trimestre.',
   '0b000000-0000-4000-8000-000000000009', now() - interval '14410 minutes', 1, now() - interval '14400 minutes',
   null, 'Sessão de manejo de estresse agendada.', 'session_booked', true, '2d000000-0000-4000-8000-000000000002',
   now() - interval '14445 minutes', now() - interval '14400 minutes', now() - interval '14400 minutes'); -- Rafael Santos: completed / session_booked

-- Default phone country of the demo organizations (numbers typed without a country code).
update public.organizations set phone_country = v.country
from (values ('0a000000-0000-4000-8000-000000000001'::uuid, 'IN'), ('0a000000-0000-4000-8000-000000000002'::uuid, 'BR'),
             ('0a000000-0000-4000-8000-000000000003'::uuid, 'GB')) as v(id, country)
where organizations.id = v.id;

-- Calendly webhook signing key of Nikist (local development only): the calendly-webhook Edge
-- Function verifies deliveries for Nikist with it. Production keys are set by an admin in the app.
insert into private.calendly_settings (organization_id, signing_key)
values ('0a000000-0000-4000-8000-000000000001', 'demo-calendly-signing-key')
on conflict (organization_id) do nothing;

commit;
