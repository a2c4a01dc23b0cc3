// The schema cache: tables, views, columns, foreign keys and functions of schema `public`, read
// from the Postgres catalog, as PostgREST keeps it. Every identifier used in generated SQL comes
// from here. Loaded once per process; `reload()` re-reads it (after migrations).
import { ApiError, pgrstError, notSupported } from '../errors.mjs';

/**
 * @typedef {{ name: string, type: string }} Column
 * @typedef {{ oid: number, name: string, kind: string, columns: Map<string, Column>, columnList: Column[], primaryKey: string[] }} Table
 * @typedef {{ constraint: string, cardinality: 'many-to-one' | 'one-to-many' | 'one-to-one', source: string, columns: string[], target: string, targetColumns: string[], sourceIsChild: boolean }} Relationship
 *   columns: the source side of the join, targetColumns: the target side, pairwise; sourceIsChild: the source holds the foreign key.
 * @typedef {{ name: string, type: string, mode: string }} Arg
 * @typedef {{ oid: number, name: string, volatility: 'i' | 's' | 'v', returnsSet: boolean, returnType: string,
 *   returnKind: 'scalar' | 'composite' | 'void', resultColumns: Column[] | null, unknownRecord: boolean, inArgs: Arg[], requiredArgs: number }} Func
 */

export const exposedSchema = 'public';

const tablesSql = `
select coalesce(json_agg(json_build_object(
  'oid', c.oid, 'name', c.relname, 'kind', c.relkind,
  'columns', (select coalesce(json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod)) order by a.attnum), '[]')
              from pg_attribute a where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped),
  'keys', (select coalesce(json_agg(json_build_object('primary', k.contype = 'p', 'columns',
              (select json_agg(a.attname order by x.i) from unnest(k.conkey) with ordinality x(n, i)
               join pg_attribute a on a.attrelid = k.conrelid and a.attnum = x.n))), '[]')
           from pg_constraint k where k.conrelid = c.oid and k.contype in ('p', 'u'))
)), '[]')::text as v
from pg_class c join pg_namespace n on n.oid = c.relnamespace
where n.nspname = 'public' and c.relkind in ('r', 'v', 'm', 'f', 'p')`;

// Unique indexes count as keys too (PostgREST detects one-to-one through them).
const uniqueIndexesSql = `
select coalesce(json_agg(json_build_object('table', c.relname, 'columns',
  (select json_agg(a.attname order by x.i) from unnest(i.indkey::int2[]) with ordinality x(n, i)
   join pg_attribute a on a.attrelid = i.indrelid and a.attnum = x.n))), '[]')::text as v
from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
where n.nspname = 'public' and i.indisunique and i.indpred is null and i.indexprs is null`;

const foreignKeysSql = `
select coalesce(json_agg(json_build_object(
  'name', k.conname, 'child', c.relname, 'parent', p.relname,
  'childColumns', (select json_agg(a.attname order by x.i) from unnest(k.conkey) with ordinality x(n, i)
                   join pg_attribute a on a.attrelid = k.conrelid and a.attnum = x.n),
  'parentColumns', (select json_agg(a.attname order by x.i) from unnest(k.confkey) with ordinality x(n, i)
                    join pg_attribute a on a.attrelid = k.confrelid and a.attnum = x.n)
)), '[]')::text as v
from pg_constraint k
join pg_class c on c.oid = k.conrelid join pg_namespace cn on cn.oid = c.relnamespace
join pg_class p on p.oid = k.confrelid join pg_namespace pn on pn.oid = p.relnamespace
where k.contype = 'f' and cn.nspname = 'public' and pn.nspname = 'public'`;

const functionsSql = `
select coalesce(json_agg(json_build_object(
  'oid', p.oid, 'name', p.proname, 'volatility', p.provolatile, 'returnsSet', p.proretset,
  'returnType', format_type(p.prorettype, null), 'typtype', t.typtype, 'pseudo', t.typtype = 'p',
  'nargs', p.pronargs, 'ndefaults', p.pronargdefaults,
  'args', (select coalesce(json_agg(json_build_object('name', coalesce(p.proargnames[x.i], ''), 'type', format_type(x.t, null),
             'mode', coalesce(p.proargmodes[x.i]::text, 'i')) order by x.i), '[]')
           from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) with ordinality x(t, i)),
  'typeColumns', case when t.typrelid <> 0 then
           (select json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod)) order by a.attnum)
            from pg_attribute a where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped) end
)), '[]')::text as v
from pg_proc p join pg_namespace n on n.oid = p.pronamespace left join pg_type t on t.oid = p.prorettype
where n.nspname = 'public' and p.prokind = 'f'`;

export class Catalog {
  /** @param {import('../db.mjs').Database} db */
  constructor(db) {
    this.db = db;
    /** @type {Map<string, Table>} */
    this.tables = new Map();
    /** @type {Map<string, Relationship[]>} by source table */
    this.relationships = new Map();
    /** @type {{ name: string, child: string, parent: string, childColumns: string[] }[]} */
    this.foreignKeys = [];
    /** @type {Map<string, Func[]>} */
    this.functions = new Map();
    this.loadedAt = 0;
    /** @type {Promise<void> | null} */
    this.loading = null;
  }

  /** Re-reads the catalog (concurrent callers share one load). */
  reload() {
    this.loading ??= this.#load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  /** Loads the catalog unless it is loaded already. */
  async ready() {
    if (this.loadedAt === 0) await this.reload();
  }

  /**
   * Re-reads the catalog after a lookup missed, at most once a second: a table or function created
   * since the last load (by a migration or a test) becomes visible without a restart.
   * @returns {Promise<boolean>} whether a reload happened
   */
  async reloadAfterMiss() {
    if (Date.now() - this.loadedAt < 1000) return false;
    await this.reload();
    return true;
  }

  async #load() {
    const one = async (sql) => JSON.parse((await this.db.query(sql)).rows[0].v);
    const [tables, uniqueIndexes, fks, funcs] = [await one(tablesSql), await one(uniqueIndexesSql), await one(foreignKeysSql), await one(functionsSql)];

    /** @type {Map<string, Table>} */
    const tableMap = new Map();
    /** @type {Map<string, string[][]>} unique column sets per table */
    const keys = new Map();
    for (const t of tables) {
      const columnList = t.columns;
      const primary = t.keys.find((k) => k.primary);
      tableMap.set(t.name, {
        oid: t.oid,
        name: t.name,
        kind: t.kind,
        columns: new Map(columnList.map((c) => [c.name, c])),
        columnList,
        primaryKey: primary ? primary.columns : [],
      });
      keys.set(t.name, t.keys.map((k) => k.columns));
    }
    for (const u of uniqueIndexes) keys.get(u.table)?.push(u.columns);
    const isUnique = (table, cols) =>
      (keys.get(table) ?? []).some((k) => k.length === cols.length && k.every((c) => cols.includes(c)));

    /** @type {Map<string, Relationship[]>} */
    const rels = new Map();
    const add = (r) => {
      if (!rels.has(r.source)) rels.set(r.source, []);
      rels.get(r.source).push(r);
    };
    for (const fk of fks) {
      const oneToOne = isUnique(fk.child, fk.childColumns);
      add({
        constraint: fk.name,
        cardinality: oneToOne ? 'one-to-one' : 'many-to-one',
        source: fk.child,
        columns: fk.childColumns,
        target: fk.parent,
        targetColumns: fk.parentColumns,
        sourceIsChild: true,
      });
      add({
        constraint: fk.name,
        cardinality: oneToOne ? 'one-to-one' : 'one-to-many',
        source: fk.parent,
        columns: fk.parentColumns,
        target: fk.child,
        targetColumns: fk.childColumns,
        sourceIsChild: false,
      });
    }

    /** @type {Map<string, Func[]>} */
    const funcMap = new Map();
    for (const f of funcs) {
      const inArgs = f.args.filter((a) => a.mode === 'i' || a.mode === 'b' || a.mode === 'v');
      const outArgs = f.args.filter((a) => a.mode === 'o' || a.mode === 'b' || a.mode === 't');
      let returnKind = 'scalar';
      let resultColumns = null;
      if (f.returnType === 'void') returnKind = 'void';
      else if (outArgs.length > 1 || (outArgs.length === 1 && f.args.some((a) => a.mode === 't'))) {
        returnKind = 'composite';
        resultColumns = outArgs.map((a) => ({ name: a.name, type: a.type }));
      } else if (outArgs.length === 1) {
        // A single OUT parameter: the function returns that scalar, named after it.
        resultColumns = [{ name: outArgs[0].name, type: outArgs[0].type }];
      } else if (f.typeColumns) {
        returnKind = 'composite';
        resultColumns = f.typeColumns;
      }
      const func = {
        oid: f.oid,
        name: f.name,
        volatility: f.volatility,
        returnsSet: f.returnsSet,
        returnType: f.returnType,
        returnKind,
        resultColumns,
        unknownRecord: f.pseudo && f.returnType === 'record' && !resultColumns,
        inArgs,
        requiredArgs: f.nargs - f.ndefaults,
      };
      if (!funcMap.has(f.name)) funcMap.set(f.name, []);
      funcMap.get(f.name).push(func);
    }

    this.tables = tableMap;
    this.relationships = rels;
    this.foreignKeys = fks;
    this.functions = funcMap;
    this.loadedAt = Date.now();
  }

  /**
   * The table or view `name`, or PostgREST's PGRST205 (404).
   * @param {string} name
   * @returns {Promise<Table>}
   */
  async table(name) {
    await this.ready();
    let t = this.tables.get(name);
    if (!t && (await this.reloadAfterMiss())) t = this.tables.get(name);
    if (!t) {
      throw pgrstError(404, 'PGRST205', `Could not find the table '${exposedSchema}.${name}' in the schema cache`, null, null);
    }
    return t;
  }

  /**
   * Resolves an embedded resource `name[!hint]` from table `source`, following PostgREST's rules:
   * the target table's name (optionally disambiguated by a foreign key name or column), a foreign
   * key constraint name, or a foreign key column of the source (many-to-one).
   * @param {string} source
   * @param {string} name
   * @param {string | null} hint
   * @returns {Promise<Relationship>}
   */
  async relationship(source, name, hint) {
    await this.ready();
    let found = this.#matchRelationships(source, name, hint);
    if (found.length === 0 && (await this.reloadAfterMiss())) found = this.#matchRelationships(source, name, hint);
    if (found.length === 1) return found[0];
    if (found.length === 0) {
      if (this.#hasJunction(source, name)) throw notSupported('Many-to-many embedding through a junction table');
      const using = hint ? ` using the hint '${hint}'` : '';
      throw pgrstError(
        400,
        'PGRST200',
        `Could not find a relationship between '${source}' and '${name}' in the schema cache`,
        `Searched for a foreign key relationship between '${source}' and '${name}'${using} in the schema '${exposedSchema}', but no matches were found.`,
        null,
      );
    }
    const describe = (r) => ({
      cardinality: r.cardinality,
      embedding: `${source} with ${r.target}`,
      relationship: `${r.constraint} using ${r.source}(${r.columns.join(', ')}) and ${r.target}(${r.targetColumns.join(', ')})`,
    });
    throw new ApiError(300, {
      code: 'PGRST201',
      details: found.map(describe),
      hint: `Try changing '${name}' to one of the following: ${found.map((r) => `'${name}!${r.constraint}'`).join(', ')}. Find the desired relationship in the 'details' key.`,
      message: `Could not embed because more than one relationship was found for '${source}' and '${name}'`,
    });
  }

  #matchRelationships(source, name, hint) {
    const rels = this.relationships.get(source) ?? [];
    const single = (cols) => (cols.length === 1 ? cols[0] : null);
    const hintMatches = (r) => {
      if (hint === null || hint === r.constraint) return true;
      const child = single(r.sourceIsChild ? r.columns : r.targetColumns);
      const parent = single(r.sourceIsChild ? r.targetColumns : r.columns);
      // Self-reference: the foreign key column as hint means the one-to-many side (the
      // many-to-one side is embedded by naming the column itself).
      if (r.source === r.target && r.sourceIsChild) return hint === parent;
      return hint === child || hint === parent;
    };
    return rels.filter((r) => {
      if (r.target === name) return hintMatches(r);
      if (r.constraint === name) return hint === null || hint === r.target;
      // Embedding by a foreign key column of the source: `select=client_id(*)`.
      if (r.sourceIsChild && single(r.columns) === name) return hint === null || hint === r.target;
      return false;
    });
  }

  /** Whether `source` and `name` are linked through a junction table (many-to-many). */
  #hasJunction(source, name) {
    const bySource = new Map();
    for (const fk of this.foreignKeys) {
      if (!bySource.has(fk.child)) bySource.set(fk.child, new Set());
      bySource.get(fk.child).add(fk.parent);
    }
    for (const parents of bySource.values()) if (parents.has(source) && parents.has(name)) return true;
    return false;
  }

  /**
   * Functions of schema public named `name` (empty when none), reloading once on a miss.
   * @param {string} name
   * @returns {Promise<Func[]>}
   */
  async functionsNamed(name) {
    await this.ready();
    let fs = this.functions.get(name);
    if (!fs && (await this.reloadAfterMiss())) fs = this.functions.get(name);
    return fs ?? [];
  }
}
