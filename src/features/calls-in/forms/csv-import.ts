// CSV import of leads and calls: parse (RFC 4180: quotes, doubled quotes, commas and newlines in
// quoted fields, CRLF, a BOM, ; or , as separator), map the file's columns to ours, check every
// row with the rules the database applies (each bad row with its reasons), and give each good
// row a key: the file's id column when mapped, else a hash of the normalized row, so importing
// the same file again changes nothing.
import { addYears, cleanText, isCalendarDate } from '@/domain/input-rules';
import type { ImportRow } from '../api/call-writes';
import { EMAIL_SHAPE, TIME_SHAPE } from './book-call-form';
import { toE164 } from '@/lib/phone';

export const IMPORT_FIELDS = ['external_id', 'full_name', 'email', 'phone', 'closer_email', 'scheduled_date', 'scheduled_time', 'remarks'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export type ColumnMapping = Partial<Record<ImportField, number>>;

export const MAX_IMPORT_ROWS = 50_000;

export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = src.slice(0, src.search(/\r?\n|$/));
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src.charAt(i);
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

const GUESSES: Record<ImportField, RegExp> = {
  external_id: /^(id|external[ _-]?id|row[ _-]?id|booking[ _-]?id|key)$/i,
  full_name: /^(full[ _-]?name|name|lead([ _-]?name)?|nome)$/i,
  email: /^(e-?mail|email[ _-]?address|lead[ _-]?email)$/i,
  phone: /^(phone|mobile|phone[ _-]?number|whatsapp|telefone|celular)$/i,
  closer_email: /^(closer([ _-]?email)?|assigned[ _-]?to|owner)$/i,
  scheduled_date: /^(date|scheduled[ _-]?date|call[ _-]?date|data)$/i,
  scheduled_time: /^(time|scheduled[ _-]?time|call[ _-]?time|hora)$/i,
  remarks: /^(remarks?|notes?|comments?|observa[cç][oõ]es)$/i,
};

/** Our field for each header that looks like one (first match wins). */
export function guessMapping(headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((h, i) => {
    const name = h.trim();
    for (const f of IMPORT_FIELDS) {
      if (mapping[f] === undefined && GUESSES[f].test(name)) {
        mapping[f] = i;
        break;
      }
    }
  });
  return mapping;
}

/** Message keys of a bad row (translated by the screen). */
export type RowProblem =
  | 'name'
  | 'contact'
  | 'email'
  | 'phone'
  | 'closer'
  | 'date'
  | 'dateRange'
  | 'time'
  | 'remarks'
  | 'duplicate';

export type CheckedRow = { line: number; row: ImportRow | null; problems: RowProblem[]; duplicateOf?: number };

export type CheckContext = { phoneCountry: string | null; today: string; closerEmails: ReadonlySet<string> };

/** A date the way people write it in a sheet: 2026-01-31, 31/01/2026 or 31-01-2026 (day first). */
export function normalizeDate(raw: string): string | null {
  const v = raw.trim();
  if (isCalendarDate(v)) return v;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  if (!m) return null;
  const iso = `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null;
}

export function normalizeTime(raw: string): string | null {
  const v = raw.trim();
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(v);
  if (!m) return null;
  const t = `${(m[1] ?? '').padStart(2, '0')}:${m[2]}`;
  return TIME_SHAPE.test(t) ? t : null;
}

/** Checks the data rows (without the header); `line` is the 1-based line in the file (header = 1). */
type CheckedDraft = { line: number; problems: RowProblem[]; draft: Omit<ImportRow, 'key'> | null; externalId: string | null };

export function checkRows(dataRows: string[][], mapping: ColumnMapping, ctx: CheckContext): CheckedDraft[] {
  const at = (r: string[], f: ImportField) => {
    const column = mapping[f];
    return column === undefined ? '' : cleanText(r[column] ?? '');
  };
  const maxDate = addYears(ctx.today, 2);
  return dataRows.map((r, i) => {
    const problems: RowProblem[] = [];
    const name = at(r, 'full_name');
    const emailRaw = at(r, 'email');
    const phoneRaw = at(r, 'phone');
    const closerRaw = at(r, 'closer_email').toLowerCase();
    const dateRaw = at(r, 'scheduled_date');
    const timeRaw = at(r, 'scheduled_time');
    const remarks = at(r, 'remarks');
    if (!name || name.length > 200) problems.push('name');
    if (!emailRaw && !phoneRaw) problems.push('contact');
    const email = emailRaw.toLowerCase();
    if (emailRaw && (!EMAIL_SHAPE.test(email) || email.length > 320)) problems.push('email');
    const phone = phoneRaw ? toE164(phoneRaw, ctx.phoneCountry) : null;
    if (phoneRaw && !phone) problems.push('phone');
    if (closerRaw && !ctx.closerEmails.has(closerRaw)) problems.push('closer');
    const date = normalizeDate(dateRaw);
    if (!date) problems.push('date');
    else if (date < '2000-01-01' || date > maxDate) problems.push('dateRange');
    const time = timeRaw ? normalizeTime(timeRaw) : null;
    if (timeRaw && !time) problems.push('time');
    if (remarks.length > 4000) problems.push('remarks');
    const draft =
      problems.length === 0 && date
        ? { full_name: name, email: email || null, phone, closer_email: closerRaw || null, scheduled_date: date, scheduled_time: time, remarks: remarks || null }
        : null;
    return { line: i + 2, problems, draft, externalId: at(r, 'external_id') || null };
  });
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The row key: `id:<external id>` when the file has one, else `row:<sha-256 of the normalized row>`. */
export async function rowKey(draft: Omit<ImportRow, 'key'>, externalId: string | null): Promise<string> {
  if (externalId) return `id:${externalId.slice(0, 400)}`;
  const normalized = [draft.full_name, draft.email ?? '', draft.phone ?? '', draft.closer_email ?? '', draft.scheduled_date, draft.scheduled_time ?? '', draft.remarks ?? ''];
  return `row:${await sha256Hex(JSON.stringify(normalized))}`;
}

/** Checked rows with keys; a second row with a key seen before in the file is a duplicate. */
export async function prepareImport(dataRows: string[][], mapping: ColumnMapping, ctx: CheckContext): Promise<CheckedRow[]> {
  const checked = checkRows(dataRows, mapping, ctx);
  const seen = new Map<string, number>();
  const out: CheckedRow[] = [];
  for (const c of checked) {
    if (!c.draft) {
      out.push({ line: c.line, row: null, problems: c.problems });
      continue;
    }
    const key = await rowKey(c.draft, c.externalId);
    const first = seen.get(key);
    if (first !== undefined) {
      out.push({ line: c.line, row: null, problems: ['duplicate'], duplicateOf: first });
      continue;
    }
    seen.set(key, c.line);
    out.push({ line: c.line, row: { key, ...c.draft }, problems: [] });
  }
  return out;
}

/** Splits rows into chunks of `size` for one rpc each. */
export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
