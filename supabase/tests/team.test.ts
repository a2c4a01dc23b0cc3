// The team is managed in the app: invitations, member roles, removal and organization settings,
// per role (allowed, refused, other organization, nothing written after a refusal).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, as, createOrg, createTestDb, createUser, onServer, pgError, queryAs, rpcAs, type Row, type TestDb } from './helpers/db';
import { appointment, salesWorld, type SalesWorld } from './helpers/sales-fixture';
import { OPEN_CALL_APPOINTMENT_STATUSES, STAFF_ROLES } from '../../src/domain/statuses';
import { MAX_AMOUNT_BY_CURRENCY } from '../../src/domain/money';

type J = Record<string, any>;
let db: TestDb;
let w: SalesWorld;

beforeAll(async () => {
  db = await createTestDb();
  w = await salesWorld(db);
});
afterAll(async () => {
  await db?.close();
});

/** Calls a function as the service_role (what the Edge Function's service client does). */
async function asService(fn: string, args: Record<string, unknown>): Promise<J> {
  const names = Object.keys(args);
  return db.transaction(async (tx) => {
    await tx.query(`select set_config('role', 'service_role', true)`);
    await tx.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify({ role: 'service_role' })]);
    const r = await tx.query(`select public.${fn}(${names.map((n, i) => `${n} => $${i + 1}`).join(', ')}) as result`, names.map((n) => args[n]));
    return r.rows[0]!.result as J;
  });
}

const rolesJson = (...roles: string[]) => JSON.stringify(roles);
const invite = (email: string, roles: string[] = ['closer'], by = w.admin, org = w.org) =>
  asService('record_invitation', { p_organization_id: org, p_email: email, p_roles: rolesJson(...roles), p_invited_by: by });
const invitationCount = async () => Number((await db.query(`select count(*) n from public.invitations`)).rows[0]!.n);
const rolesOf = async (org: string, user: string) =>
  (await db.query(`select role from public.memberships where organization_id = $1 and user_id = $2 order by role`, [org, user])).rows.map((r) => r.role);
const uniqueEmail = (name: string) => `${name}.${randomUUID().slice(0, 8)}@example.com`;

describe('invitation_precheck (the Edge Function asks as the calling admin)', () => {
  it('lets an admin invite: normalized email, sorted distinct roles, organization name', async () => {
    const r = (await rpcAs(db, w.admin, 'invitation_precheck', { p_organization_id: w.org, p_email: '  New.Closer@Example.COM ', p_roles: rolesJson('manager', 'closer', 'closer') })) as J;
    expect(r).toMatchObject({ organization_id: w.org, organization_name: 'Nikist', email: 'new.closer@example.com', roles: ['closer', 'manager'], pending_invitation_id: null });
  });

  it('refuses other roles of the organization (PT403), another organization (PT404) and anon', async () => {
    const args = { p_organization_id: w.org, p_email: 'x@example.com', p_roles: rolesJson('closer') };
    for (const who of [w.manager, w.closer, w.cohortManager, w.specialist, w.member]) {
      expect(await pgError(rpcAs(db, who, 'invitation_precheck', args))).toMatchObject({ code: 'PT403', hint: 'not_allowed' });
    }
    expect(await pgError(rpcAs(db, w.otherAdmin, 'invitation_precheck', args))).toMatchObject({ code: 'PT404' });
    expect((await pgError(rpcAs(db, null, 'invitation_precheck', args))).code).toBe('42501');
  });

  it('refuses a bad email, no role, the member role or an unknown one, and someone already a member', async () => {
    const call = (email: string, roles: string) => rpcAs(db, w.admin, 'invitation_precheck', { p_organization_id: w.org, p_email: email, p_roles: roles });
    expect(await pgError(call('not-an-email', rolesJson('closer')))).toMatchObject({ code: '22023', hint: 'field:email' });
    expect(await pgError(call('\u200b ', rolesJson('closer')))).toMatchObject({ code: '22023', hint: 'field:email' });
    expect(await pgError(call('a@b.co', '[]'))).toMatchObject({ code: '22023', hint: 'field:roles' });
    expect(await pgError(call('a@b.co', '"closer"'))).toMatchObject({ code: '22023', hint: 'field:roles' });
    expect(await pgError(call('a@b.co', rolesJson('member')))).toMatchObject({ code: '22023', hint: 'field:roles' });
    expect(await pgError(call('a@b.co', rolesJson('owner')))).toMatchObject({ code: '22023', hint: 'field:roles' });
    const closerEmail = String((await db.query(`select email from auth.users where id = $1`, [w.closer])).rows[0]!.email);
    expect(await pgError(call(closerEmail.toUpperCase(), rolesJson('manager')))).toMatchObject({ code: 'PT409', hint: 'already_member' });
  });
});

describe('record_invitation (service_role only)', () => {
  it('is refused to signed-in users and anon, whatever their role', async () => {
    const args = { p_organization_id: w.org, p_email: 'x@example.com', p_roles: rolesJson('closer'), p_invited_by: w.admin };
    expect((await pgError(rpcAs(db, w.admin, 'record_invitation', args))).code).toBe('42501');
    expect((await pgError(rpcAs(db, null, 'record_invitation', args))).code).toBe('42501');
  });

  it('records a pending invitation expiring in 7 days; a resend renews it (same row, roles replaced, sent twice)', async () => {
    const email = uniqueEmail('resend');
    const first = await invite(email, ['closer']);
    expect(first).toMatchObject({ organization_id: w.org, email, roles: ['closer'], status: 'pending', sent_count: 1, invited_by: w.admin });
    const days = (new Date(first.expires_at).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    const again = await invite(email, ['closer', 'manager']);
    expect(again).toMatchObject({ id: first.id, roles: ['closer', 'manager'], sent_count: 2 });
    expect((await db.query(`select count(*) n from public.invitations where email = $1`, [email])).rows[0]!.n).toBe(onServer ? '1' : 1);
  });

  it('refuses an inviter who is not an admin of that organization and someone already a member; writes nothing', async () => {
    const before = await invitationCount();
    expect(await pgError(invite(uniqueEmail('a'), ['closer'], w.manager))).toMatchObject({ code: 'PT403' });
    expect(await pgError(invite(uniqueEmail('a'), ['closer'], w.otherAdmin))).toMatchObject({ code: 'PT403' });
    const managerEmail = String((await db.query(`select email from auth.users where id = $1`, [w.manager])).rows[0]!.email);
    expect(await pgError(invite(managerEmail, ['closer']))).toMatchObject({ code: 'PT409', hint: 'already_member' });
    expect(await invitationCount()).toBe(before);
  });
});

describe('reading invitations (RLS)', () => {
  it('admins read their organization\'s invitations; other roles and other organizations read none', async () => {
    const email = uniqueEmail('rls');
    await invite(email);
    const read = (who: string) => queryAs(db, who, `select email from public.invitations where email = $1`, [email]);
    expect(await read(w.admin)).toHaveLength(1);
    for (const who of [w.manager, w.closer, w.specialist, w.member, w.otherAdmin]) expect(await read(who)).toEqual([]);
    expect((await pgError(queryAs(db, null, `select * from public.invitations`))).code).toBe('42501');
  });

  it('nobody writes invitations directly', async () => {
    expect((await pgError(queryAs(db, w.admin, `update public.invitations set status = 'revoked'`))).code).toBe('42501');
    expect((await pgError(queryAs(db, w.admin, `insert into public.invitations (organization_id, email, roles, expires_at) values ($1, 'z@example.com', '{closer}', now())`, [w.org]))).code).toBe('42501');
  });
});

describe('revoke_invitation', () => {
  it('an admin revokes a pending invitation; again changes nothing', async () => {
    const inv = await invite(uniqueEmail('revoke'));
    const r = (await rpcAs(db, w.admin, 'revoke_invitation', { p_invitation_id: inv.id })) as J;
    expect(r).toMatchObject({ id: inv.id, status: 'revoked', revoked_by: w.admin });
    expect(await rpcAs(db, w.admin, 'revoke_invitation', { p_invitation_id: inv.id })).toMatchObject({ status: 'revoked', revoked_at: r.revoked_at });
  });

  it('refuses other roles (PT403) and other organizations (PT404), writing nothing', async () => {
    const inv = await invite(uniqueEmail('norevoke'));
    expect(await pgError(rpcAs(db, w.manager, 'revoke_invitation', { p_invitation_id: inv.id }))).toMatchObject({ code: 'PT403' });
    expect(await pgError(rpcAs(db, w.otherAdmin, 'revoke_invitation', { p_invitation_id: inv.id }))).toMatchObject({ code: 'PT404' });
    expect(await pgError(rpcAs(db, w.admin, 'revoke_invitation', { p_invitation_id: 'nope' }))).toMatchObject({ code: '22023', hint: 'field:invitation_id' });
    expect((await db.query(`select status from public.invitations where id = $1`, [inv.id])).rows[0]!.status).toBe('pending');
  });
});

describe('accept_invitation (the invitee, signed in with the invited email)', () => {
  it('turns the invitation into memberships with its roles, names the profile, and opens the organization', async () => {
    const email = uniqueEmail('invitee');
    const inv = await invite(email, ['closer', 'manager']);
    const invitee = await createUser(db, 'Invitee', { email });
    expect(await queryAs(db, invitee, `select id from public.organizations where id = $1`, [w.org])).toEqual([]);
    expect(await rpcAs(db, invitee, 'my_invitations')).toMatchObject([{ id: inv.id, organization_id: w.org, organization_name: 'Nikist', roles: ['closer', 'manager'] }]);
    const r = (await rpcAs(db, invitee, 'accept_invitation', { p_full_name: '  Kavya Closer ' })) as J;
    expect(r.organization_ids).toEqual([w.org]);
    expect(await rolesOf(w.org, invitee)).toEqual(['closer', 'manager']);
    expect((await db.query(`select full_name from public.profiles where id = $1`, [invitee])).rows[0]!.full_name).toBe('Kavya Closer');
    expect((await db.query(`select status, accepted_by from public.invitations where id = $1`, [inv.id])).rows[0]).toEqual({ status: 'accepted', accepted_by: invitee });
    expect(await queryAs(db, invitee, `select id from public.organizations where id = $1`, [w.org])).toHaveLength(1);
    expect(await rpcAs(db, invitee, 'my_invitations')).toEqual([]);
    // Accepting again (the page reloaded) changes nothing and answers the same organizations.
    expect(await rpcAs(db, invitee, 'accept_invitation', { p_invitation_id: inv.id })).toEqual({ organization_ids: [w.org] });
    expect(await rolesOf(w.org, invitee)).toEqual(['closer', 'manager']);
    // Revoking an accepted invitation is refused: removal is the way.
    expect(await pgError(rpcAs(db, w.admin, 'revoke_invitation', { p_invitation_id: inv.id }))).toMatchObject({ code: 'PT409', hint: 'already_accepted' });
  });

  it('refuses someone else\'s invitation, an expired one and a revoked one, writing nothing', async () => {
    const email = uniqueEmail('victim');
    const inv = await invite(email);
    const stranger = await createUser(db, 'Stranger', { email: uniqueEmail('stranger') });
    expect(await pgError(rpcAs(db, stranger, 'accept_invitation', { p_invitation_id: inv.id }))).toMatchObject({ code: 'PT404' });
    expect(await pgError(rpcAs(db, stranger, 'accept_invitation', {}))).toMatchObject({ code: 'PT404' });
    expect(await rolesOf(w.org, stranger)).toEqual([]);
    expect((await pgError(rpcAs(db, null, 'accept_invitation', {}))).code).toBe('42501');

    const invitee = await createUser(db, 'Late', { email });
    await db.query(`update public.invitations set expires_at = now() - interval '1 minute' where id = $1`, [inv.id]);
    expect(await rpcAs(db, invitee, 'my_invitations')).toEqual([]);
    expect(await pgError(rpcAs(db, invitee, 'accept_invitation', {}))).toMatchObject({ code: 'PT410', hint: 'expired' });
    expect(await rolesOf(w.org, invitee)).toEqual([]);

    const email2 = uniqueEmail('withdrawn');
    const inv2 = await invite(email2);
    await rpcAs(db, w.admin, 'revoke_invitation', { p_invitation_id: inv2.id });
    const invitee2 = await createUser(db, 'Withdrawn', { email: email2 });
    expect(await pgError(rpcAs(db, invitee2, 'accept_invitation', {}))).toMatchObject({ code: 'PT410', hint: 'revoked' });
    expect(await rolesOf(w.org, invitee2)).toEqual([]);
  });

  it('a resend after expiry makes the invitation valid again', async () => {
    const email = uniqueEmail('again');
    const inv = await invite(email);
    await db.query(`update public.invitations set expires_at = now() - interval '1 day' where id = $1`, [inv.id]);
    expect(await invite(email)).toMatchObject({ id: inv.id, sent_count: 2 });
    const invitee = await createUser(db, 'Again', { email });
    await rpcAs(db, invitee, 'accept_invitation', {});
    expect(await rolesOf(w.org, invitee)).toEqual(['closer']);
  });
});

describe('set_member_roles', () => {
  it('an admin sets a member\'s roles exactly (a member role with its company stays)', async () => {
    const person = await createUser(db, 'Role Person');
    await addMember(db, w.org, person, 'closer');
    await addMember(db, w.org, person, 'member');
    const r = (await rpcAs(db, w.admin, 'set_member_roles', { p_organization_id: w.org, p_user_id: person, p_roles: rolesJson('manager', 'cohort_manager') })) as J;
    expect(r.roles).toEqual(['cohort_manager', 'manager', 'member']);
    expect(await rolesOf(w.org, person)).toEqual(['cohort_manager', 'manager', 'member']);
  });

  it('refuses other roles, other organizations, non-members and bad roles; writes nothing', async () => {
    const args = { p_organization_id: w.org, p_user_id: w.closer2, p_roles: rolesJson('admin') };
    for (const who of [w.manager, w.closer, w.cohortManager]) expect(await pgError(rpcAs(db, who, 'set_member_roles', args))).toMatchObject({ code: 'PT403' });
    expect(await pgError(rpcAs(db, w.otherAdmin, 'set_member_roles', args))).toMatchObject({ code: 'PT404' });
    expect(await pgError(rpcAs(db, w.admin, 'set_member_roles', { ...args, p_user_id: w.otherAdmin }))).toMatchObject({ code: 'PT404' });
    expect(await pgError(rpcAs(db, w.admin, 'set_member_roles', { ...args, p_roles: '[]' }))).toMatchObject({ code: '22023', hint: 'field:roles' });
    expect(await rolesOf(w.org, w.closer2)).toEqual(['closer']);
    expect(await rolesOf(w.otherOrg, w.otherAdmin)).toEqual(['admin', 'closer']);
  });

  it('the last admin cannot demote themself; with a second admin they can', async () => {
    const org = await createOrg(db, 'Solo');
    const solo = await createUser(db, 'Solo Admin');
    await addMember(db, org, solo, 'admin');
    expect(await pgError(rpcAs(db, solo, 'set_member_roles', { p_organization_id: org, p_user_id: solo, p_roles: rolesJson('manager') }))).toMatchObject({
      code: 'PT409',
      hint: 'last_admin',
    });
    expect(await rolesOf(org, solo)).toEqual(['admin']);
    const second = await createUser(db, 'Second Admin');
    await addMember(db, org, second, 'closer');
    await rpcAs(db, solo, 'set_member_roles', { p_organization_id: org, p_user_id: second, p_roles: rolesJson('admin', 'closer') });
    await rpcAs(db, solo, 'set_member_roles', { p_organization_id: org, p_user_id: solo, p_roles: rolesJson('manager') });
    expect(await rolesOf(org, solo)).toEqual(['manager']);
    // Now a manager: no longer allowed to manage the team.
    expect(await pgError(rpcAs(db, solo, 'set_member_roles', { p_organization_id: org, p_user_id: solo, p_roles: rolesJson('admin') }))).toMatchObject({ code: 'PT403' });
  });
});

describe('remove_member', () => {
  it('ends access at once: the removed closer\'s still-valid session reads nothing of the organization; their open calls and claims are listed', async () => {
    const closer = await createUser(db, 'Leaving Closer');
    await addMember(db, w.org, closer, 'closer');
    await addMember(db, w.org, closer, 'specialist');
    const open = await appointment(db, w.org, closer, { scheduled_date: '2026-12-20', scheduled_time: '10:30' });
    const later = await appointment(db, w.org, closer, { scheduled_date: '2026-12-21', status: 'reschedule' });
    await appointment(db, w.org, closer, { scheduled_date: '2026-12-01', status: 'no_show' });
    const chatMember = await createUser(db, 'Chat Member');
    await addMember(db, w.org, chatMember, 'member');
    const session = String((await db.query(`insert into public.chat_sessions (organization_id, user_id, pillar, status) values ($1, $2, 'legal', 'phone_escalated') returning id`, [w.org, chatMember])).rows[0]!.id);
    const claim = String((await db.query(
      `insert into public.specialist_call_logs (organization_id, chat_session_id, user_id, call_status, claimed_by, claimed_at) values ($1, $2, $3, 'pending', $4, now()) returning id`,
      [w.org, session, chatMember, closer],
    )).rows[0]!.id);

    const readOrg = async () => ({
      orgs: (await queryAs(db, closer, `select id from public.organizations where id = $1`, [w.org])).length,
      calls: (await queryAs(db, closer, `select id from public.call_appointments where organization_id = $1`, [w.org])).length,
      logs: (await queryAs(db, closer, `select id from public.specialist_call_logs where organization_id = $1`, [w.org])).length,
    });
    const before = await readOrg();
    expect(before.orgs).toBe(1);
    expect(before.calls).toBeGreaterThanOrEqual(2);

    const preview = (await rpcAs(db, w.admin, 'member_open_work', { p_organization_id: w.org, p_user_id: closer })) as J;
    expect(preview.calls_total).toBe(2);
    const r = (await rpcAs(db, w.admin, 'remove_member', { p_organization_id: w.org, p_user_id: closer })) as J;
    expect(r).toEqual(preview);
    expect(r.calls.map((c: J) => c.id)).toEqual([open.id, later.id]);
    expect(r.calls[0]).toMatchObject({ scheduled_date: '2026-12-20', status: 'scheduled' });
    expect(r.claims).toMatchObject([{ id: claim, call_status: 'pending', member_name: 'Chat Member' }]);
    expect(await rolesOf(w.org, closer)).toEqual([]);
    // The same claims (the same JWT) now read nothing: RLS reads memberships live.
    expect(await readOrg()).toEqual({ orgs: 0, calls: 0, logs: 0 });
    expect(await pgError(rpcAs(db, closer, 'member_open_work', { p_organization_id: w.org, p_user_id: closer }))).toMatchObject({ code: 'PT404' });
    // Still listed for the admins after removal.
    expect(((await rpcAs(db, w.admin, 'member_open_work', { p_organization_id: w.org, p_user_id: closer })) as J).calls_total).toBe(2);
  });

  it('refuses other roles and other organizations; writes nothing', async () => {
    for (const who of [w.manager, w.closer, w.specialist, w.member]) {
      expect(await pgError(rpcAs(db, who, 'remove_member', { p_organization_id: w.org, p_user_id: w.closer2 }))).toMatchObject({ code: 'PT403' });
      expect(await pgError(rpcAs(db, who, 'member_open_work', { p_organization_id: w.org, p_user_id: w.closer2 }))).toMatchObject({ code: 'PT403' });
    }
    expect(await pgError(rpcAs(db, w.otherAdmin, 'remove_member', { p_organization_id: w.org, p_user_id: w.closer2 }))).toMatchObject({ code: 'PT404' });
    expect(await pgError(rpcAs(db, w.admin, 'remove_member', { p_organization_id: w.org, p_user_id: w.otherAdmin }))).toMatchObject({ code: 'PT404' });
    expect(await rolesOf(w.org, w.closer2)).toEqual(['closer']);
    expect(await rolesOf(w.otherOrg, w.otherAdmin)).toEqual(['admin', 'closer']);
  });

  it('the last admin cannot remove themself; an admin may leave when another admin stays', async () => {
    const org = await createOrg(db, 'Pair');
    const a = await createUser(db, 'Admin A');
    const b = await createUser(db, 'Admin B');
    await addMember(db, org, a, 'admin');
    expect(await pgError(rpcAs(db, a, 'remove_member', { p_organization_id: org, p_user_id: a }))).toMatchObject({ code: 'PT409', hint: 'last_admin' });
    expect(await rolesOf(org, a)).toEqual(['admin']);
    await addMember(db, org, b, 'admin');
    expect(await rpcAs(db, a, 'remove_member', { p_organization_id: org, p_user_id: a })).toMatchObject({ calls_total: 0, calls: [], claims: [] });
    expect(await rolesOf(org, a)).toEqual([]);
    expect(await pgError(rpcAs(db, b, 'remove_member', { p_organization_id: org, p_user_id: b }))).toMatchObject({ code: 'PT409', hint: 'last_admin' });
  });
});

describe.skipIf(!onServer)('two admins demoting or removing each other at once (server only)', () => {
  it('exactly one succeeds: the organization keeps an admin', async () => {
    for (let round = 0; round < 5; round++) {
      const org = await createOrg(db, `Race ${round}`);
      const a = await createUser(db, 'Race A');
      const b = await createUser(db, 'Race B');
      await addMember(db, org, a, 'admin');
      await addMember(db, org, b, 'admin');
      const results = await Promise.allSettled([
        rpcAs(db, a, 'set_member_roles', { p_organization_id: org, p_user_id: b, p_roles: rolesJson('closer') }),
        rpcAs(db, b, 'remove_member', { p_organization_id: org, p_user_id: a }),
      ]);
      expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
      const admins = (await db.query(`select count(*)::int n from public.memberships where organization_id = $1 and role = 'admin'`, [org])).rows[0]!.n;
      expect(admins).toBe(1);
    }
  });
});

describe('update_organization_settings', () => {
  const base = () => ({ p_organization_id: w.org, p_name: 'Nikist', p_timezone: 'Asia/Kolkata', p_currency: 'INR', p_locale: 'en', p_call_wait_target_minutes: '15' });
  const org = async () => (await db.query(`select name, timezone, currency, locale, call_wait_target_minutes from public.organizations where id = $1`, [w.org])).rows[0] as Row;

  it('an admin changes every setting; the organization reads the new values', async () => {
    const r = (await rpcAs(db, w.admin, 'update_organization_settings', { ...base(), p_name: ' Nikist Academy ', p_timezone: 'America/Sao_Paulo', p_currency: 'brl', p_locale: 'pt-BR', p_call_wait_target_minutes: '30' })) as J;
    expect(r).toMatchObject({ name: 'Nikist Academy', timezone: 'America/Sao_Paulo', currency: 'BRL', locale: 'pt-BR', call_wait_target_minutes: 30 });
    expect(await org()).toEqual({ name: 'Nikist Academy', timezone: 'America/Sao_Paulo', currency: 'BRL', locale: 'pt-BR', call_wait_target_minutes: 30 });
    await rpcAs(db, w.admin, 'update_organization_settings', base());
    expect(await org()).toEqual({ name: 'Nikist', timezone: 'Asia/Kolkata', currency: 'INR', locale: 'en', call_wait_target_minutes: 15 });
  });

  it('refuses bad values with the field named, and writes nothing', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ p_name: ' \u200b ' }, 'field:name'],
      [{ p_name: 'x'.repeat(201) }, 'field:name'],
      [{ p_timezone: 'Mars/Olympus_Mons' }, 'field:timezone'],
      [{ p_timezone: 'EST5EDT' }, 'field:timezone'],
      [{ p_timezone: 'IST' }, 'field:timezone'],
      [{ p_timezone: '' }, 'field:timezone'],
      [{ p_currency: 'XYZ' }, 'field:currency'],
      [{ p_currency: 'JPY' }, 'field:currency'],
      [{ p_locale: 'fr' }, 'field:locale'],
      [{ p_call_wait_target_minutes: '0' }, 'field:call_wait_target_minutes'],
      [{ p_call_wait_target_minutes: '241' }, 'field:call_wait_target_minutes'],
      [{ p_call_wait_target_minutes: '1.5' }, 'field:call_wait_target_minutes'],
    ];
    const before = await org();
    for (const [bad, hint] of cases) {
      expect(await pgError(rpcAs(db, w.admin, 'update_organization_settings', { ...base(), p_name: 'Changed', ...bad })), JSON.stringify(bad)).toMatchObject({ code: '22023', hint });
    }
    expect(await org()).toEqual(before);
  });

  it('refuses other roles (PT403) and other organizations (PT404)', async () => {
    const before = await org();
    for (const who of [w.manager, w.closer, w.cohortManager, w.specialist, w.member]) {
      expect(await pgError(rpcAs(db, who, 'update_organization_settings', { ...base(), p_name: 'Hijack' }))).toMatchObject({ code: 'PT403' });
    }
    expect(await pgError(rpcAs(db, w.otherAdmin, 'update_organization_settings', { ...base(), p_name: 'Hijack' }))).toMatchObject({ code: 'PT404' });
    expect((await pgError(rpcAs(db, null, 'update_organization_settings', { ...base(), p_name: 'Hijack' }))).code).toBe('42501');
    expect(await org()).toEqual(before);
  });
});

describe('sets shared with src/domain', () => {
  it('STAFF_ROLES is the roles CHECK of invitations; OPEN_CALL_APPOINTMENT_STATUSES is private.open_call_appointment_statuses()', async () => {
    const def = String((await db.query(
      `select pg_get_constraintdef(k.oid) d from pg_constraint k where k.conrelid = 'public.invitations'::regclass and pg_get_constraintdef(k.oid) like '%roles <@%'`,
    )).rows[0]!.d);
    const inCheck = [...def.matchAll(/'([a-z_]+)'::text/g)].map((m) => m[1]);
    expect([...inCheck].sort()).toEqual([...STAFF_ROLES].sort());
    const open = (await db.query(`select unnest(private.open_call_appointment_statuses()) s`)).rows.map((r) => r.s);
    expect([...open].sort()).toEqual([...OPEN_CALL_APPOINTMENT_STATUSES].sort());
  });

  it('the currencies the settings offer are those with an amount ceiling', async () => {
    const db_ = (await db.query(`select currency from private.currency_max_amounts() where currency is not null`)).rows.map((r) => r.currency);
    expect([...db_].sort()).toEqual(Object.keys(MAX_AMOUNT_BY_CURRENCY).filter((c) => c !== 'default').sort());
  });
});

describe('as the database sees a request', () => {
  it('a removed member keeps no read on memberships of the organization', async () => {
    const person = await createUser(db, 'Gone');
    await addMember(db, w.org, person, 'manager');
    expect((await queryAs(db, person, `select 1 from public.memberships where organization_id = $1`, [w.org])).length).toBeGreaterThan(1);
    await rpcAs(db, w.admin, 'remove_member', { p_organization_id: w.org, p_user_id: person });
    expect(await as(db, person, async (tx) => (await tx.query(`select 1 from public.memberships where organization_id = $1`, [w.org])).rows)).toEqual([]);
  });
});
