import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useT } from '@/lib/i18n';
import { formatMoney } from '@/domain/money';
import { COHORT_BATCH_STATUSES, type CohortBatchStatus } from '@/domain/statuses';
import { COHORT_BATCH_STATUS_LABELS, labelOf } from '@/domain/labels';
import { EmptyState } from '@/components/empty-state';
import { Loading } from '@/components/loading';
import { ErrorMessage } from '@/components/error-message';
import { DataTable } from '@/components/data-table';
import { Pagination } from '@/components/pagination';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { BATCHES_PAGE_SIZE, batchesQuery, cohortTypesQuery, type CohortBatch, type CohortType } from '../api/get-cohort-types';
import { CohortTypeDialog } from './cohort-type-dialog';
import { CohortBatchDialog } from './cohort-batch-dialog';
import { useOrgFormat } from '@/lib/use-org-format';
import { CohortInsights } from './cohort-insights';
import { batchColumns } from './batch-columns';

type Editing =
  | { kind: 'type'; type?: CohortType }
  | { kind: 'batch'; type: { id: string; name: string }; batch?: CohortBatch }
  | null;

/**
 * Cohort types (with the sums of their batches; admins add and edit them and add batches), one
 * page of the organization's batches with type, status and name filters, and the money insights.
 */
export function CohortOverview() {
  const t = useT();
  const uid = useId();
  const { orgId, locale, currency, timezone, hasRole } = useOrgFormat();
  const isAdmin = hasRole('admin');
  const types = useQuery(cohortTypesQuery(orgId));
  const [editing, setEditing] = useState<Editing>(null);
  const [typeId, setTypeId] = useState<string | null>(null);
  const [status, setStatus] = useState<CohortBatchStatus | null>(null);
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search);
  // The page belongs to the filters it was chosen with: new filters start at the first page.
  const filterKey = JSON.stringify([typeId, status, debounced]);
  const [paged, setPaged] = useState({ filterKey, page: 0 });
  const page = paged.filterKey === filterKey ? paged.page : 0;
  const setPage = (p: number) => setPaged({ filterKey, page: p });
  const batches = useQuery({ ...batchesQuery(orgId, { typeId, status, search: debounced, page }), enabled: types.isSuccess && types.data.length > 0 });
  const money = (n: number) => formatMoney(n, currency, locale);
  const columns = batchColumns({
    t,
    locale,
    currency,
    timezone,
    orgId,
    onEdit: isAdmin ? (b) => setEditing({ kind: 'batch', type: { id: b.cohort_type_id, name: b.cohort_type_name }, batch: b }) : undefined,
  });
  const filtered = Boolean(typeId || status || debounced.trim());

  return (
    <div className="stack">
      <div className="page-header">
        <h1>{t('cohorts.title')}</h1>
        {isAdmin ? (
          <button type="button" className="button primary" onClick={() => setEditing({ kind: 'type' })}>
            {t('cohorts.addType')}
          </button>
        ) : null}
      </div>
      {types.isPending ? (
        <Loading />
      ) : types.isError ? (
        <ErrorMessage error={types.error} onRetry={() => void types.refetch()} />
      ) : types.data.length === 0 ? (
        <EmptyState title={t('cohorts.empty')} />
      ) : (
        <>
          <ul className="cards" aria-label={t('cohorts.types')}>
            {types.data.map((ct) => (
              <li key={ct.id} className="card cohort-type">
                <section aria-labelledby={`type-${ct.id}`} className="stack">
                  <h2 id={`type-${ct.id}`}>{ct.name}</h2>
                  {ct.description ? <p className="muted">{ct.description}</p> : null}
                  <p className="muted small">
                    {t('cohorts.batchCount', { count: ct.totals.batches })} · {t('cohorts.studentCount', { count: ct.totals.students })}
                  </p>
                  {ct.totals.batches > 0 ? (
                    <dl className="card-figures" data-testid={`type-totals-${ct.id}`}>
                      <div>
                        <dt>{t('cohorts.offered')}</dt>
                        <dd>{money(ct.totals.offered)}</dd>
                      </div>
                      <div>
                        <dt>{t('cohorts.received')}</dt>
                        <dd>{money(ct.totals.received)}</dd>
                      </div>
                      <div>
                        <dt>{t('cohorts.due')}</dt>
                        <dd>{money(ct.totals.due)}</dd>
                      </div>
                      <div>
                        <dt title={t('money.writtenOffHelp')}>{t('money.writtenOff')}</dt>
                        <dd>{money(ct.totals.written_off)}</dd>
                      </div>
                    </dl>
                  ) : (
                    <p className="muted">{t('cohorts.noBatches')}</p>
                  )}
                  <div className="row-actions">
                    <button type="button" className="button small secondary" onClick={() => setTypeId(ct.id)} aria-label={t('cohorts.showBatchesOf', { type: ct.name })}>
                      {t('cohorts.showBatches')}
                    </button>
                    {isAdmin ? (
                      <>
                        <button type="button" className="button small" onClick={() => setEditing({ kind: 'type', type: ct })} aria-label={t('cohorts.editTypeOf', { name: ct.name })}>
                          {t('common.edit')}
                        </button>
                        <button type="button" className="button small" onClick={() => setEditing({ kind: 'batch', type: ct })} aria-label={t('cohorts.addBatchTo', { type: ct.name })}>
                          {t('cohorts.addBatch')}
                        </button>
                      </>
                    ) : null}
                  </div>
                </section>
              </li>
            ))}
          </ul>

          <section className="stack" aria-labelledby={`${uid}-batches`}>
            <h2 id={`${uid}-batches`}>{t('cohorts.batches')}</h2>
            <div className="filters" role="search" aria-label={t('cohorts.batchFilters')}>
              <div className="field">
                <label htmlFor={`${uid}-type`}>{t('cohorts.col.type')}</label>
                <select id={`${uid}-type`} value={typeId ?? ''} onChange={(e) => setTypeId(e.target.value || null)}>
                  <option value="">{t('cohorts.allTypes')}</option>
                  {types.data.map((ct) => (
                    <option key={ct.id} value={ct.id}>
                      {ct.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${uid}-status`}>{t('cohorts.col.status')}</label>
                <select id={`${uid}-status`} value={status ?? ''} onChange={(e) => setStatus(COHORT_BATCH_STATUSES.find((s) => s === e.target.value) ?? null)}>
                  <option value="">{t('cohorts.allStatuses')}</option>
                  {COHORT_BATCH_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {labelOf(COHORT_BATCH_STATUS_LABELS, locale, s)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${uid}-q`}>{t('cohorts.searchBatches')}</label>
                <input id={`${uid}-q`} type="search" value={search} maxLength={100} placeholder={t('cohorts.searchBatchesPlaceholder')} onChange={(e) => setSearch(e.target.value)} />
              </div>
            </div>
            {batches.isPending ? (
              <Loading />
            ) : batches.isError ? (
              <ErrorMessage error={batches.error} onRetry={() => void batches.refetch()} />
            ) : batches.data.rows.length === 0 ? (
              <EmptyState title={filtered ? t('cohorts.noBatchMatch') : t('cohorts.noBatches')} />
            ) : (
              <>
                <DataTable
                  columns={columns}
                  rows={batches.data.rows}
                  rowKey={(b) => b.id}
                  caption={t('cohorts.batches')}
                  actionsLabel={t('common.actions')}
                  moreLabel={t('common.moreDetails')}
                  busy={batches.isFetching}
                />
                <Pagination page={page} pageSize={BATCHES_PAGE_SIZE} total={batches.data.total} totalCapped={batches.data.capped} onPageChange={setPage} />
              </>
            )}
          </section>
        </>
      )}
      {types.isSuccess && types.data.some((ct) => ct.totals.batches > 0) ? <CohortInsights /> : null}
      {editing?.kind === 'type' ? <CohortTypeDialog orgId={orgId} type={editing.type} onClose={() => setEditing(null)} /> : null}
      {editing?.kind === 'batch' ? (
        <CohortBatchDialog orgId={orgId} cohortTypeId={editing.type.id} typeName={editing.type.name} batch={editing.batch} onClose={() => setEditing(null)} />
      ) : null}
    </div>
  );
}
