// Conformance of /rest/v1 with PostgREST, driven by supabase-js itself (and raw fetch where the
// exact HTTP answer matters), over the fixture schema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raw, startTestStack, users, type TestStack } from './helpers/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.close();
});

describe('select', () => {
  it('columns, aliases and *', async () => {
    const { data, error } = await stack.anon().from('books').select('id, name:title, price').order('id').limit(2);
    expect(error).toBeNull();
    expect(data).toEqual([
      { id: 1, name: 'Notes on the Analytical Engine', price: 10.5 },
      { id: 2, name: 'The C Programming Language', price: 45 },
    ]);
    const all = await stack.anon().from('orgs').select('*').order('name');
    expect(Object.keys(all.data![0])).toEqual(['id', 'name', 'created_at']);
  });

  it('serializes types as PostgREST does (numeric, date, timestamptz, arrays, jsonb, bigint)', async () => {
    const { data } = await stack.anon().from('books').select('id, price, published_on, tags, meta, in_print, created_at').eq('id', 1).single();
    expect(data).toMatchObject({ id: 1, price: 10.5, published_on: '1843-10-01', tags: ['math', 'computing'], meta: { pages: 65 }, in_print: true });
    expect(data!.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?[+-]\d\d:\d\d$/);
  });

  it('embeds many-to-one as an object (or null) and one-to-many as an array, nested', async () => {
    const { data, error } = await stack
      .anon()
      .from('books')
      .select('title, author:authors!author_id(name, org:orgs(name), author_bios(bio)), editor:authors!books_editor_fkey(name)')
      .in('id', [1, 2])
      .order('id');
    expect(error).toBeNull();
    expect(data).toEqual([
      {
        title: 'Notes on the Analytical Engine',
        author: { name: 'Ada Lovelace', org: { name: 'Analytical Society' }, author_bios: { bio: 'First programmer.' } },
        editor: { name: 'Brian Kernighan' },
      },
      {
        title: 'The C Programming Language',
        author: { name: 'Brian Kernighan', org: { name: 'Bell Labs' }, author_bios: null },
        editor: null,
      },
    ]);
  });

  it('one-to-many with rel.order, rel.limit and filters on embedded columns', async () => {
    const { data, error } = await stack
      .anon()
      .from('authors')
      .select('name, books!author_id(id, title)')
      .order('id')
      .order('id', { referencedTable: 'books', ascending: false })
      .limit(1, { referencedTable: 'books' })
      .gt('books.price', 0);
    expect(error).toBeNull();
    expect(data).toEqual([
      { name: 'Ada Lovelace', books: [{ id: 1, title: 'Notes on the Analytical Engine' }] },
      { name: 'Brian Kernighan', books: [{ id: 5, title: 'Unix: A History and a Memoir' }] },
      { name: 'O\'Brien, Pat (Jr.)', books: [{ id: 3, title: 'Commas, (Parens) and "Quotes"' }] },
      { name: 'Nobody Yet', books: [] },
    ]);
  });

  it('!inner keeps only parents with a match; rel=not.is.null / is.null', async () => {
    const inner = await stack.anon().from('authors').select('name, books!author_id!inner(title)').eq('books.in_print', false);
    expect(inner.data).toEqual([{ name: 'Brian Kernighan', books: [{ title: 'Unix: A History and a Memoir' }] }]);
    const withBio = await stack.anon().from('authors').select('name, author_bios(bio)').not('author_bios', 'is', null);
    expect(withBio.data).toEqual([{ name: 'Ada Lovelace', author_bios: { bio: 'First programmer.' } }]);
    const noBooks = await stack.anon().from('authors').select('name, books!author_id(id)').is('books', null);
    expect(noBooks.data).toEqual([{ name: 'Nobody Yet', books: [] }]);
  });

  it('self-reference: parent by column, children by hint', async () => {
    const { data } = await stack.anon().from('categories').select('name, parent:parent_id(name), children:categories!parent_id(name)').eq('id', 2).single();
    expect(data).toEqual({ name: 'Languages', parent: { name: 'Computing' }, children: [{ name: 'C' }] });
  });

  it('ambiguous and missing relationships answer PGRST201 (300) and PGRST200 (400)', async () => {
    const amb = await stack.anon().from('books').select('id, authors(name)');
    expect(amb.status).toBe(300);
    expect(amb.error).toMatchObject({ code: 'PGRST201', message: "Could not embed because more than one relationship was found for 'books' and 'authors'" });
    expect(amb.error!.hint).toContain("'authors!books_editor_fkey'");
    const none = await stack.anon().from('books').select('id, categories(name)');
    expect(none.status).toBe(400);
    expect(none.error).toMatchObject({ code: 'PGRST200', message: "Could not find a relationship between 'books' and 'categories' in the schema cache" });
  });

  it('unknown table: 404 PGRST205; unknown column: 400 42703', async () => {
    const t = await stack.anon().from('nope').select('*');
    expect(t.status).toBe(404);
    expect(t.error!.code).toBe('PGRST205');
    const c = await stack.anon().from('books').select('id, nope');
    expect(c.status).toBe(400);
    expect(c.error).toMatchObject({ code: '42703', message: 'column books.nope does not exist' });
    const f = await stack.anon().from('books').select('id').eq('nope', 1);
    expect(f.error!.code).toBe('42703');
  });
});

describe('filters', () => {
  const ids = (r: { data: { id: number }[] | null; error: unknown }) => {
    expect(r.error).toBeNull();
    return r.data!.map((x) => x.id);
  };
  const books = () => stack.anon().from('books').select('id').order('id');

  it('comparison operators', async () => {
    expect(ids(await books().eq('author_id', 2))).toEqual([2, 5]);
    expect(ids(await books().neq('author_id', 2))).toEqual([1, 3, 4]);
    expect(ids(await books().gt('price', 20))).toEqual([2, 5]);
    expect(ids(await books().gte('price', 20))).toEqual([2, 3, 5]);
    expect(ids(await books().lt('price', 20))).toEqual([1]);
    expect(ids(await books().lte('published_on', '1978-02-22'))).toEqual([1, 2]);
  });

  it('like / ilike with % and * wildcards, is, not', async () => {
    expect(ids(await books().like('title', '%Language%'))).toEqual([2]);
    expect(ids(await books().ilike('title', '*UNIX*'))).toEqual([5]);
    expect(ids(await books().is('price', null))).toEqual([4]);
    expect(ids(await books().is('in_print', false))).toEqual([5]);
    expect(ids(await books().not('price', 'is', null).not('author_id', 'eq', 2))).toEqual([1, 3]);
  });

  it('in with values containing commas, quotes and parentheses', async () => {
    expect(ids(await books().in('title', ['Unix: A History and a Memoir', 'The C Programming Language']))).toEqual([2, 5]);
    // postgrest-js quotes values with , ( ) but does not escape quotes; PostgREST's escape is \".
    const quoted = await raw(stack.url, `/rest/v1/books?select=id&title=in.(${encodeURIComponent('"Commas, (Parens) and \\"Quotes\\"",x')})`);
    expect(await quoted.json()).toEqual([{ id: 3 }]);
    expect(ids(await books().in('id', []))).toEqual([]);
    const authors = await stack.anon().from('authors').select('id').in('name', ["O'Brien, Pat (Jr.)"]);
    expect(authors.data).toEqual([{ id: 3 }]);
  });

  it('or / and, nested, with quoted values', async () => {
    expect(ids(await books().or('price.gt.40,title.eq."Commas, (Parens) and \\"Quotes\\""'))).toEqual([2, 3]);
    expect(ids(await books().or('and(author_id.eq.2,in_print.is.false),id.in.(1,4)'))).toEqual([1, 4, 5]);
    expect(ids(await books().or('price.lt.15,price.gt.40').eq('in_print', true))).toEqual([1, 2]);
    const notOr = await raw(stack.url, '/rest/v1/books?select=id&not.or=(id.eq.1,id.eq.2)&order=id');
    expect(await notOr.json()).toEqual([{ id: 3 }, { id: 4 }, { id: 5 }]);
    expect(ids(await stack.anon().from('authors').select('id, books!author_id(id)').or('id.eq.1,id.eq.2', { referencedTable: 'books' }).order('id'))).toEqual([1, 2, 3, 4]);
  });

  it('array and jsonb containment', async () => {
    expect(ids(await books().contains('tags', ['c']))).toEqual([2]);
    expect(ids(await books().overlaps('tags', ['unix', 'math']))).toEqual([1, 5]);
    expect(ids(await books().contains('meta', { pages: 183 }))).toEqual([5]);
  });

  it('full-text search and JSON paths are refused with 501', async () => {
    const fts = await books().textSearch('title', 'unix');
    expect(fts.status).toBe(501);
    const path = await stack.anon().from('books').select('id, meta->pages');
    expect(path.status).toBe(501);
  });
});

describe('order, range, count, single', () => {
  it('order with nulls first/last and several columns', async () => {
    const { data } = await stack.anon().from('books').select('id').order('price', { ascending: false, nullsFirst: true }).order('id');
    expect(data!.map((b) => b.id)).toEqual([4, 2, 5, 3, 1]);
    const last = await stack.anon().from('books').select('id').order('price', { ascending: true, nullsFirst: false });
    expect(last.data!.map((b) => b.id)).toEqual([1, 3, 5, 2, 4]);
  });

  it('orders by a column of a to-one embedding', async () => {
    const r = await raw(stack.url, '/rest/v1/books?select=id,author:authors!author_id(name)&order=author(name).desc,id');
    expect((await r.json()).map((b: { id: number }) => b.id)).toEqual([3, 4, 2, 5, 1]);
  });

  it('range with count=exact gives Content-Range and the total', async () => {
    const r = await stack.anon().from('books').select('id', { count: 'exact' }).order('id').range(1, 2);
    expect(r.data).toEqual([{ id: 2 }, { id: 3 }]);
    expect(r.count).toBe(5);
    expect(r.status).toBe(206);
    const res = await raw(stack.url, '/rest/v1/books?select=id&offset=1&limit=2', { headers: { Prefer: 'count=exact' } });
    expect(res.headers.get('content-range')).toBe('1-2/5');
    const empty = await raw(stack.url, '/rest/v1/books?select=id&id=gt.100', { headers: { Prefer: 'count=exact' } });
    expect(empty.status).toBe(200);
    expect(empty.headers.get('content-range')).toBe('*/0');
    const whole = await raw(stack.url, '/rest/v1/books?select=id', { headers: { Prefer: 'count=exact' } });
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-range')).toBe('0-4/5');
  });

  it('a range past the total is 416 PGRST103; the Range header pages too', async () => {
    const past = await stack.anon().from('books').select('id', { count: 'exact' }).range(10, 19);
    expect(past.status).toBe(416);
    expect(past.error!.code).toBe('PGRST103');
    const atEnd = await stack.anon().from('books').select('id', { count: 'exact' }).range(5, 9);
    expect(atEnd.data).toEqual([]);
    const r = await raw(stack.url, '/rest/v1/books?select=id&order=id', { headers: { Range: '1-2', 'Range-Unit': 'items' } });
    expect(await r.json()).toEqual([{ id: 2 }, { id: 3 }]);
    expect(r.headers.get('content-range')).toBe('1-2/*');
  });

  it('head: true returns the count and no body; count follows filters and !inner', async () => {
    const r = await stack.anon().from('books').select('*', { count: 'exact', head: true }).eq('author_id', 2);
    expect(r.count).toBe(2);
    expect(r.data).toBeNull();
    const inner = await stack.anon().from('authors').select('id, books!author_id!inner(id)', { count: 'exact', head: true }).eq('books.in_print', false);
    expect(inner.count).toBe(1);
  });

  it('single() returns an object, 406 PGRST116 on 0 or many rows; maybeSingle() null on 0', async () => {
    const one = await stack.anon().from('books').select('id, title').eq('id', 2).single();
    expect(one.data).toEqual({ id: 2, title: 'The C Programming Language' });
    const none = await stack.anon().from('books').select('id').eq('id', 99).single();
    expect(none.status).toBe(406);
    expect(none.error).toMatchObject({ code: 'PGRST116', details: 'The result contains 0 rows' });
    const many = await stack.anon().from('books').select('id').single();
    expect(many.status).toBe(406);
    expect(many.error!.code).toBe('PGRST116');
    const maybe = await stack.anon().from('books').select('id').eq('id', 99).maybeSingle();
    expect(maybe).toMatchObject({ data: null, error: null });
    const maybeMany = await stack.anon().from('books').select('id').maybeSingle();
    expect(maybeMany.error!.code).toBe('PGRST116');
  });
});

describe('rpc', () => {
  it('scalar results', async () => {
    expect((await stack.anon().rpc('add_numbers', { a: 2, b: 40 })).data).toBe(42);
    expect((await stack.anon().rpc('add_numbers', { a: 2 })).data).toBe(3);
    expect((await stack.anon().rpc('echo', { message: 'it\'s "quoted", (really); DROP TABLE x; ✓' })).data).toBe('it\'s "quoted", (really); DROP TABLE x; ✓');
    expect((await stack.anon().rpc('sum_array', { xs: [1, 2, 3] })).data).toBe(6);
    expect((await stack.anon().rpc('jsonb_keys', { doc: { b: 1, a: { c: 2 } } })).data).toEqual(['a', 'b']);
    expect((await stack.anon().rpc('whole_body', { any: ['thing'] })).data).toEqual({ any: ['thing'] });
  });

  it('composite, setof and table results, with filters, order, limit and count', async () => {
    const one = await stack.anon().rpc('book_by_id', { p_id: 2 });
    expect(one.data).toMatchObject({ id: 2, title: 'The C Programming Language', price: 45 });
    const set = await stack.anon().rpc('books_cheaper_than', { max_price: 40 }).select('id, title').gte('price', 20).order('price', { ascending: false });
    expect(set.data).toEqual([
      { id: 5, title: 'Unix: A History and a Memoir' },
      { id: 3, title: 'Commas, (Parens) and "Quotes"' },
    ]);
    const counted = await stack.anon().rpc('books_cheaper_than', {}, { count: 'exact' }).order('id').limit(1);
    expect(counted.data!.length).toBe(1);
    expect(counted.count).toBe(4);
    const table = await stack.anon().rpc('author_stats').eq('name', 'Ada Lovelace').single();
    expect(table.data).toEqual({ author_id: 1, name: 'Ada Lovelace', books: 1, total_price: 10.5 });
    expect((await stack.anon().rpc('numbers', { n: 3 })).data).toEqual([1, 2, 3]);
  });

  it('GET and HEAD for stable functions', async () => {
    const got = await stack.anon().rpc('add_numbers', { a: 1, b: 2 }, { get: true });
    expect(got.data).toBe(3);
    const head = await stack.anon().rpc('books_cheaper_than', { max_price: 40 }, { head: true, count: 'exact' });
    expect(head.count).toBe(3);
    const arr = await stack.anon().rpc('sum_array', { xs: [4, 5] }, { get: true });
    expect(arr.data).toBe(9);
  });

  it('void functions answer 204', async () => {
    const r = await stack.anon().rpc('touch_nothing');
    expect(r.error).toBeNull();
    expect(r.status).toBe(204);
    expect(r.data).toBeNull();
  });

  it('errors: P0001 400, PT409 409, 23505 409, with message, details and hint', async () => {
    const plain = await stack.anon().rpc('fail_plain');
    expect(plain.status).toBe(400);
    expect(plain.error).toEqual({ code: 'P0001', message: 'The amount must be positive', details: 'amount was -1', hint: 'field:amount' });
    const conflict = await stack.anon().rpc('fail_conflict', { p_reason: 'v2' });
    expect(conflict.status).toBe(409);
    expect(conflict.error).toMatchObject({ code: 'PT409', message: 'Someone else changed this first (v2)', hint: 'stale_version' });
    const first = await stack.anon().rpc('create_org', { p_id: '00000000-0000-4000-8000-0000000000b1', p_name: 'Dup' });
    expect(first.data).toMatchObject({ name: 'Dup' });
    const dup = await stack.anon().rpc('create_org', { p_id: '00000000-0000-4000-8000-0000000000b2', p_name: 'Dup' });
    expect(dup.status).toBe(409);
    expect(dup.error!.code).toBe('23505');
    const bad = await stack.anon().rpc('add_numbers', { a: 'not a number' });
    expect(bad.status).toBe(400);
    expect(bad.error!.code).toBe('22P02');
  });

  it('unknown function or arguments: 404 PGRST202; overloads: 300 PGRST203', async () => {
    const missing = await stack.anon().rpc('no_such_function', { x: 1 });
    expect(missing.status).toBe(404);
    expect(missing.error).toMatchObject({ code: 'PGRST202', message: 'Could not find the function public.no_such_function(x) in the schema cache' });
    const wrongArgs = await stack.anon().rpc('add_numbers', { a: 1, c: 2 });
    expect(wrongArgs.status).toBe(404);
    expect(wrongArgs.error!.code).toBe('PGRST202');
    const twin = await stack.anon().rpc('twin', { x: 1 });
    expect(twin.status).toBe(300);
    expect(twin.error!.code).toBe('PGRST203');
  });

  it('stable functions and GET run read-only (a write is refused, nothing changes)', async () => {
    const alice = await stack.signedIn('alice');
    // Postgres itself refuses writes in a stable function (0A000), as behind PostgREST.
    const r = await alice.rpc('sneaky_write');
    expect(r.status).toBe(400);
    expect(r.error!.code).toBe('0A000');
    const viaGet = await alice.rpc('add_note', { p_body: 'via get' }, { get: true });
    expect(viaGet.status).toBe(405);
    expect(viaGet.error!.code).toBe('25006');
    const who = await alice.rpc('whoami');
    expect(who.data).toMatchObject({ read_only: 'on', method: 'POST', path: '/rpc/whoami' });
    const notes = await alice.from('notes').select('body');
    expect(notes.data!.map((n) => n.body)).not.toContain('sneaky');
  });

  it('response.status and response.headers set by a function', async () => {
    const r = await raw(stack.url, '/rest/v1/rpc/teapot', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(r.status).toBe(418);
    expect(r.headers.get('x-teapot')).toBe('short and stout');
  });
});

describe('roles and RLS', () => {
  it('each user sees only their own rows; anon gets 401 on a table it may not read', async () => {
    const alice = await stack.signedIn('alice');
    const bob = await stack.signedIn('bob');
    expect((await alice.from('notes').select('body').order('id')).data).toEqual([{ body: 'alice 1' }, { body: 'alice 2' }]);
    expect((await bob.from('notes').select('body, owner_id')).data).toEqual([{ body: 'bob 1', owner_id: users.bob.id }]);
    const anon = await stack.anon().from('notes').select('body');
    expect(anon.status).toBe(401);
    expect(anon.error!.code).toBe('42501');
  });

  it('request.jwt.claims and the role are set per request', async () => {
    const alice = await stack.signedIn('alice');
    expect((await alice.rpc('whoami')).data).toMatchObject({ uid: users.alice.id, role: 'authenticated', current_user: 'authenticated', email: users.alice.email });
    expect((await stack.anon().rpc('whoami')).data).toMatchObject({ uid: null, role: 'anon', current_user: 'anon' });
    expect((await stack.service().rpc('whoami')).data).toMatchObject({ role: 'service_role', current_user: 'service_role' });
  });

  it('a volatile function writes as the caller under RLS, in one transaction', async () => {
    const alice = await stack.signedIn('alice');
    const r = await alice.rpc('add_note', { p_body: 'from rpc' });
    expect(r.data).toMatchObject({ body: 'from rpc', owner_id: users.alice.id });
    const bad = await alice.rpc('add_note', { p_body: '' });
    expect(bad.status).toBe(400);
    expect(bad.error!.code).toBe('23514');
    const anon = await stack.anon().rpc('add_note', { p_body: 'anon' });
    expect(anon.status).toBe(401);
  });

  it('a 403 for authenticated without the privilege', async () => {
    const alice = await stack.signedIn('alice');
    const r = await alice.rpc('create_org', { p_id: '00000000-0000-4000-8000-0000000000c1', p_name: 'ok' });
    expect(r.error).toBeNull();
    await stack.db.exec('revoke execute on function public.echo(text) from authenticated, public');
    const denied = await alice.rpc('echo', { message: 'x' });
    expect(denied.status).toBe(403);
    expect(denied.error!.code).toBe('42501');
  });
});

describe('writes', () => {
  it('insert (minimal 201, representation), update and delete with filters', async () => {
    const alice = await stack.signedIn('alice');
    const minimal = await alice.from('notes').insert({ body: 'inserted' });
    expect(minimal.status).toBe(201);
    expect(minimal.data).toBeNull();
    const rep = await alice.from('notes').insert([{ body: 'a' }, { body: 'b' }]).select('body, owner_id');
    expect(rep.status).toBe(201);
    expect(rep.data).toEqual([
      { body: 'a', owner_id: users.alice.id },
      { body: 'b', owner_id: users.alice.id },
    ]);
    const upd = await alice.from('notes').update({ body: 'b2' }).eq('body', 'b').select('body').single();
    expect(upd.data).toEqual({ body: 'b2' });
    const del = await alice.from('notes').delete().in('body', ['a', 'b2']);
    expect(del.status).toBe(204);
    const left = await alice.from('notes').select('body').in('body', ['a', 'b2']);
    expect(left.data).toEqual([]);
  });

  it('RLS applies to writes; update/delete without filters are refused', async () => {
    const bob = await stack.signedIn('bob');
    const other = await bob.from('notes').insert({ body: 'x', owner_id: users.alice.id });
    expect(other.status).toBe(403);
    expect(other.error!.code).toBe('42501');
    const all = await bob.from('notes').delete();
    expect(all.status).toBe(400);
    expect(all.error!.message).toBe('DELETE requires a WHERE clause');
    const books = await bob.from('books').update({ title: 'x' }).eq('id', 1);
    expect(books.status).toBe(403);
  });

  it('upsert with on_conflict and merge-duplicates / ignore-duplicates', async () => {
    const svc = stack.service();
    const up = await svc.from('categories').upsert({ id: 2, name: 'Programming languages', parent_id: 1 }, { onConflict: 'id' }).select('id, name');
    expect(up.data).toEqual([{ id: 2, name: 'Programming languages' }]);
    const ignored = await svc.from('categories').upsert([{ id: 2, name: 'ignored', parent_id: 1 }, { id: 9, name: 'New', parent_id: null }], { ignoreDuplicates: true }).select('id, name');
    expect(ignored.data).toEqual([{ id: 9, name: 'New' }]);
    const dup = await svc.from('categories').insert({ id: 9, name: 'again', parent_id: null });
    expect(dup.status).toBe(409);
    expect(dup.error!.code).toBe('23505');
    const fk = await svc.from('categories').insert({ id: 10, name: 'orphan', parent_id: 999 });
    expect(fk.status).toBe(409);
    expect(fk.error!.code).toBe('23503');
  });
});

describe('protocol', () => {
  it('Accept-Profile / Content-Profile other than public: 406 PGRST106', async () => {
    const r = await raw(stack.url, '/rest/v1/books?select=id', { headers: { 'Accept-Profile': 'private' } });
    expect(r.status).toBe(406);
    expect((await r.json()).code).toBe('PGRST106');
    const w = await raw(stack.url, '/rest/v1/rpc/echo', { method: 'POST', headers: { 'Content-Profile': 'auth', 'Content-Type': 'application/json' }, body: '{"message":"x"}' });
    expect(w.status).toBe(406);
    const c = await stack.anon().schema('private').from('books').select('id');
    expect(c.error!.code).toBe('PGRST106');
  });

  it('CORS preflight and exposed Content-Range', async () => {
    const pre = await fetch(`${stack.url}/rest/v1/books`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://example.test', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'apikey, authorization, prefer' },
    });
    expect(pre.status).toBeLessThan(300);
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://example.test');
    expect(pre.headers.get('access-control-allow-headers')).toContain('prefer');
    const r = await raw(stack.url, '/rest/v1/books?select=id', { headers: { Origin: 'http://example.test' } });
    expect(r.headers.get('access-control-expose-headers')).toContain('Content-Range');
  });

  it('out-of-scope features answer 501 naming the feature', async () => {
    const cases: [string, string][] = [
      ['/realtime/v1/websocket', 'Realtime'],
      ['/storage/v1/object/x', 'Storage'],
      ['/rest/v1/books?select=count()', 'Aggregate'],
      ['/rest/v1/books?select=...authors!author_id(name)', 'Spread'],
    ];
    for (const [path, word] of cases) {
      const r = await raw(stack.url, path);
      expect(r.status, path).toBe(501);
      expect(JSON.stringify(await r.json()), path).toContain(word);
    }
    const csv = await raw(stack.url, '/rest/v1/books?select=id', { headers: { Accept: 'text/csv' } });
    expect(csv.status).toBe(501);
    const rollback = await raw(stack.url, '/rest/v1/rpc/touch_nothing', { method: 'POST', headers: { Prefer: 'tx=rollback' } });
    expect(rollback.status).toBe(501);
  });

  it('a body that is not JSON is 400 PGRST102', async () => {
    const r = await raw(stack.url, '/rest/v1/rpc/echo', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"message":' });
    expect(r.status).toBe(400);
    expect((await r.json()).code).toBe('PGRST102');
  });

  it('parse errors are 400 PGRST100, not crashes', async () => {
    for (const q of ['select=id&id=eqq.1', 'select=id&or=(id.eq.1', 'select=id,authors!author_id(name', 'select=id&order=id.sideways', 'select=id&limit=-1']) {
      const r = await raw(stack.url, `/rest/v1/books?${q}`);
      expect(r.status, q).toBe(400);
      expect((await r.json()).code, q).toBe('PGRST100');
    }
  });
});
