// People and organizations for the call-request tests: two wellness organizations (A and B),
// each with a client company, members, specialists, an admin and a closer.
import { randomUUID } from 'node:crypto';
import { addMember, createOrg, createUser, queryAs, rpcAs, type Row, type TestDb } from './db';

export interface CallsWorld {
  orgA: string;
  orgB: string;
  companyA: string;
  companyB: string;
  memberA: string;
  memberA2: string;
  memberB: string;
  specialistA: string;
  specialistA2: string;
  specialistB: string;
  adminA: string;
  closerA: string;
}

export async function createCompany(db: TestDb, orgId: string, name: string): Promise<string> {
  const r = await db.query('insert into public.companies (organization_id, name) values ($1, $2) returning id', [orgId, `${name} ${randomUUID().slice(0, 4)}`]);
  return String(r.rows[0]!.id);
}

export async function createCallsWorld(db: TestDb): Promise<CallsWorld> {
  const orgA = await createOrg(db, 'Wellness A', { timezone: 'America/Sao_Paulo', currency: 'BRL', locale: 'pt-BR' });
  const orgB = await createOrg(db, 'Wellness B', { timezone: 'America/Sao_Paulo', currency: 'BRL', locale: 'pt-BR' });
  const companyA = await createCompany(db, orgA, 'Acme');
  const companyB = await createCompany(db, orgB, 'Globex');
  const w: CallsWorld = {
    orgA,
    orgB,
    companyA,
    companyB,
    memberA: await createUser(db, 'Maria Member', { phone: '+5511900000001' }),
    memberA2: await createUser(db, 'Joao Member'),
    memberB: await createUser(db, 'Bruna Member B'),
    specialistA: await createUser(db, 'Sofia Specialist'),
    specialistA2: await createUser(db, 'Pedro Specialist'),
    specialistB: await createUser(db, 'Otto Specialist B'),
    adminA: await createUser(db, 'Ana Admin'),
    closerA: await createUser(db, 'Carlos Closer'),
  };
  await addMember(db, orgA, w.memberA, 'member', companyA);
  await addMember(db, orgA, w.memberA2, 'member', companyA);
  await addMember(db, orgB, w.memberB, 'member', companyB);
  await addMember(db, orgA, w.specialistA, 'specialist');
  await addMember(db, orgA, w.specialistA2, 'specialist');
  await addMember(db, orgB, w.specialistB, 'specialist');
  await addMember(db, orgA, w.adminA, 'admin');
  await addMember(db, orgA, w.closerA, 'closer');
  return w;
}

/** A new chat of `member` in `org`, via the database function. */
export async function startChat(db: TestDb, member: string, org: string, pillar = 'psychological'): Promise<string> {
  const s = (await rpcAs(db, member, 'start_chat_session', { p_organization_id: org, p_pillar: pillar })) as Row;
  return String(s.id);
}

/** Call now on a chat; returns the open call log's id. */
export async function callNow(db: TestDb, member: string, sessionId: string, reason = 'I need to talk to someone'): Promise<string> {
  const r = (await rpcAs(db, member, 'request_phone_call', { p_chat_session_id: sessionId, p_reason: reason })) as { call_log: Row };
  return String(r.call_log.id);
}

export async function queue(db: TestDb, user: string, org: string, limit = 200): Promise<Row[]> {
  return queryAs(db, user, 'select * from public.list_call_queue(p_organization_id => $1, p_limit => $2)', [org, limit]);
}

export function inFuture(days = 2): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}
