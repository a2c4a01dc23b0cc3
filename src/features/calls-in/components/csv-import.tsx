import { useEffect, useId, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorMessage } from '@/components/error-message';
import { todayIn } from '@/domain/dates';
import { studentMoneyKeys } from '@/lib/students/query-keys';
import { toUserError } from '@/lib/errors';
import { useT, type MessageKey } from '@/lib/i18n';
import { useCurrentOrg } from '@/lib/current-org';
import { importCallRows, type ImportResult } from '../api/call-writes';
import { closerOptionsQuery, phoneCountryQuery } from '../api/get-closer-options';
import {
  IMPORT_FIELDS,
  MAX_IMPORT_ROWS,
  chunks,
  guessMapping,
  parseCsv,
  prepareImport,
  type CheckedRow,
  type ColumnMapping,
  type ImportField,
} from '../forms/csv-import';
import { DataTable } from '@/components/data-table';
import { badRowColumns } from './csv-import-columns';

import './calls-in.css';

// 200 rows per rpc: one request stays well inside the 8 s statement timeout of `authenticated`
// (Supabase's default, also the local stack's) even on a busy server, and the bar moves often.
export const IMPORT_CHUNK_SIZE = 200;

const FIELD_LABEL: Record<ImportField, MessageKey> = {
  external_id: 'calls.import.field.external_id',
  full_name: 'calls.field.name',
  email: 'calls.field.email',
  phone: 'calls.field.phone',
  closer_email: 'calls.import.field.closer_email',
  scheduled_date: 'calls.field.date',
  scheduled_time: 'calls.field.time',
  remarks: 'calls.field.remarks',
};

type Progress = { done: number; total: number; result: ImportResult };

/** Upload a CSV, map its columns, see every bad row and why, import the good ones in chunks. */
export function CsvImport() {
  const t = useT();
  const uid = useId();
  const qc = useQueryClient();
  const { organization } = useCurrentOrg();
  const orgId = organization.id;
  const closers = useQuery(closerOptionsQuery(orgId));
  const country = useQuery(phoneCountryQuery(orgId));
  const [fileName, setFileName] = useState<string | null>(null);
  const [table, setTable] = useState<string[][] | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  // The checked rows of the current inputs only: a new file or mapping shows nothing until its
  // own check is done (derived, so no reset inside an effect).
  const [checkedFor, setCheckedFor] = useState<{ inputs: unknown; rows: CheckedRow[] } | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [running, setRunning] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);

  const headers = table?.[0] ?? [];
  const dataRows = useMemo(() => table?.slice(1) ?? [], [table]);
  const closerEmails = useMemo(() => new Set((closers.data ?? []).map((c) => c.email?.toLowerCase()).filter((e): e is string => Boolean(e))), [closers.data]);
  const ready = closers.isSuccess && country.isSuccess;

  const inputs = useMemo(
    () => ({ table, dataRows, mapping, ready, phoneCountry: country.data ?? null, closerEmails, timezone: organization.timezone }),
    [table, dataRows, mapping, ready, country.data, closerEmails, organization.timezone],
  );
  const checked = checkedFor?.inputs === inputs ? checkedFor.rows : null;
  useEffect(() => {
    let live = true;
    if (!inputs.table || !inputs.ready) return;
    void prepareImport(inputs.dataRows, inputs.mapping, { phoneCountry: inputs.phoneCountry, today: todayIn(inputs.timezone), closerEmails: inputs.closerEmails }).then((rows) => {
      if (live) setCheckedFor({ inputs, rows });
    });
    return () => {
      live = false;
    };
  }, [inputs]);

  const onFile = async (file: File | undefined) => {
    setProgress(null);
    setImportError(null);
    setReadError(null);
    setTable(null);
    if (!file) return;
    setFileName(file.name);
    const rows = parseCsv(await file.text());
    if (rows.length < 2) return setReadError(t('calls.import.error.empty'));
    if (rows.length - 1 > MAX_IMPORT_ROWS) return setReadError(t('calls.import.error.tooMany', { max: MAX_IMPORT_ROWS }));
    setMapping(guessMapping(rows[0] ?? []));
    setTable(rows);
  };

  const good = checked?.filter((c) => c.row) ?? [];
  const bad = checked?.filter((c) => !c.row) ?? [];

  const run = async () => {
    if (!good.length || running) return;
    setRunning(true);
    setImportError(null);
    const parts = chunks(good.flatMap((c) => (c.row ? [c.row] : [])), IMPORT_CHUNK_SIZE);
    let p: Progress = { done: 0, total: good.length, result: { created: 0, existing: 0, leads_created: 0 } };
    setProgress(p);
    try {
      for (const part of parts) {
        const r = await importCallRows(orgId, part);
        p = {
          done: p.done + part.length,
          total: p.total,
          result: { created: p.result.created + r.created, existing: p.result.existing + r.existing, leads_created: p.result.leads_created + r.leads_created },
        };
        setProgress(p);
      }
    } catch (err) {
      setImportError(toUserError(err).message);
    } finally {
      setRunning(false);
      await Promise.all(studentMoneyKeys(orgId).map((queryKey) => qc.invalidateQueries({ queryKey })));
    }
  };

  return (
    <div className="stack">
      <p>
        <Link to={`/o/${orgId}/calls`}>← {t('calls.all.title')}</Link>
      </p>
      <h1>{t('calls.import.title')}</h1>
      <p className="muted">{t('calls.import.intro')}</p>
      <div className="field">
        <label htmlFor={`${uid}-file`}>{t('calls.import.file')}</label>
        <input id={`${uid}-file`} type="file" accept=".csv,text/csv" disabled={running} onChange={(e) => void onFile(e.target.files?.[0])} />
      </div>
      {readError ? (
        <p className="form-error" role="alert">
          {readError}
        </p>
      ) : null}
      {closers.isError ? <ErrorMessage error={closers.error} onRetry={() => void closers.refetch()} /> : null}

      {table ? (
        <section className="card" aria-labelledby={`${uid}-map`}>
          <h2 id={`${uid}-map`}>{t('calls.import.mapTitle', { file: fileName ?? '' })}</h2>
          <div className="form-grid">
            {IMPORT_FIELDS.map((f) => (
              <div className="field" key={f}>
                <label htmlFor={`${uid}-map-${f}`}>{t(FIELD_LABEL[f])}</label>
                <select
                  id={`${uid}-map-${f}`}
                  value={mapping[f] ?? ''}
                  disabled={running}
                  onChange={(e) => setMapping((m) => ({ ...m, [f]: e.target.value === '' ? undefined : Number(e.target.value) }))}
                >
                  <option value="">{t('calls.import.notInFile')}</option>
                  {headers.map((h, i) => (
                    <option key={i} value={i}>
                      {h || t('calls.import.column', { n: i + 1 })}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </section>
      ) : null}

      {checked ? (
        <section className="card" aria-labelledby={`${uid}-preview`}>
          <h2 id={`${uid}-preview`}>{t('calls.import.previewTitle')}</h2>
          <p aria-live="polite">
            <span className="strong">{t('calls.import.goodRows', { count: good.length })}</span> · {t('calls.import.badRows', { count: bad.length })}
          </p>
          {bad.length ? (
            <DataTable columns={badRowColumns(t)} rows={bad} rowKey={(b) => String(b.line)} caption={t('calls.import.badCaption')} wrapClassName="bad-rows" scrollLabel={t('calls.import.badCaption')} />
          ) : null}
          {progress ? (
            <div className="import-progress">
              <label htmlFor={`${uid}-progress`}>{t('calls.import.progress', { done: progress.done, total: progress.total })}</label>
              <progress id={`${uid}-progress`} max={progress.total} value={progress.done} />
              {!running && !importError ? (
                <p className="strong" role="status">
                  {t('calls.import.done', { created: progress.result.created, existing: progress.result.existing, leads: progress.result.leads_created })}
                </p>
              ) : null}
            </div>
          ) : null}
          {importError ? (
            <p className="form-error" role="alert">
              {t('calls.import.stopped', { done: progress?.done ?? 0 })} {importError}
            </p>
          ) : null}
          <div className="dialog-actions">
            <button type="button" className="button primary" disabled={!good.length || running} onClick={() => void run()}>
              {running ? t('calls.import.running') : t('calls.import.submit', { count: good.length })}
            </button>
          </div>
        </section>
      ) : table && !ready ? null : null}
    </div>
  );
}
