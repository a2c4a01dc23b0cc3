import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useT } from '@/lib/i18n';
import { formatDate } from '@/domain/dates';
import { formatMoney } from '@/domain/money';
import { COHORT_BATCH_STATUS_LABELS, labelOf } from '@/domain/labels';
import { Badge } from '@/components/badge';
import { EmptyState } from '@/components/empty-state';
import { Loading } from '@/components/loading';
import { ErrorMessage } from '@/components/error-message';
import { cohortTypesQuery, type CohortBatch, type CohortType } from '../api/get-cohort-types';
import { CohortTypeDialog } from './cohort-type-dialog';
import { CohortBatchDialog } from './cohort-batch-dialog';
import { useOrgFormat } from '@/lib/use-org-format';
import { CohortInsights } from './cohort-insights';

type Editing =
  | { kind: 'type'; type?: CohortType }
  | { kind: 'batch'; type: CohortType; batch?: CohortBatch }
  | null;

const batchTone = (s: string) => (s === 'active' ? 'success' : s === 'planned' ? 'info' : 'neutral');

/** Cohort types, each with its batches as cards. Admins add and edit both. */
export function CohortOverview() {
  const t = useT();
  const { orgId, locale, currency, timezone, hasRole } = useOrgFormat();
  const isAdmin = hasRole('admin');
  const types = useQuery(cohortTypesQuery(orgId));
  const [editing, setEditing] = useState<Editing>(null);
  const range = (b: CohortBatch) =>
    [b.start_date ? formatDate(b.start_date, timezone, locale) : null, b.end_date ? formatDate(b.end_date, timezone, locale) : null].filter(Boolean).join(' – ') || t('cohorts.noDates');

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
        types.data.map((ct) => (
          <section key={ct.id} className="cohort-type" aria-labelledby={`type-${ct.id}`}>
            <div className="section-header">
              <h2 id={`type-${ct.id}`}>{ct.name}</h2>
              {isAdmin ? (
                <div className="row-actions">
                  <button type="button" className="button small" onClick={() => setEditing({ kind: 'type', type: ct })} aria-label={t('cohorts.editTypeOf', { name: ct.name })}>
                    {t('common.edit')}
                  </button>
                  <button type="button" className="button small" onClick={() => setEditing({ kind: 'batch', type: ct })} aria-label={t('cohorts.addBatchTo', { type: ct.name })}>
                    {t('cohorts.addBatch')}
                  </button>
                </div>
              ) : null}
            </div>
            {ct.description ? <p className="muted">{ct.description}</p> : null}
            {ct.batches.length > 0 ? (
              <p className="muted small" data-testid={`type-totals-${ct.id}`}>
                {t('cohorts.offered')}: {formatMoney(ct.batches.reduce((n, b) => n + b.offered, 0), currency, locale)} · {t('cohorts.received')}:{' '}
                {formatMoney(ct.batches.reduce((n, b) => n + b.received, 0), currency, locale)} · {t('cohorts.due')}:{' '}
                {formatMoney(ct.batches.reduce((n, b) => n + b.due, 0), currency, locale)} · {t('money.writtenOff')}:{' '}
                {formatMoney(ct.batches.reduce((n, b) => n + b.written_off, 0), currency, locale)}
              </p>
            ) : null}
            {ct.batches.length === 0 ? (
              <p className="muted">{t('cohorts.noBatches')}</p>
            ) : (
              <ul className="cards">
                {ct.batches.map((b) => (
                  <li key={b.id} className="card">
                    <h3>
                      <Link to={`/o/${orgId}/cohorts/batches/${b.id}`}>{b.name}</Link>
                    </h3>
                    <Badge tone={batchTone(b.status)}>{labelOf(COHORT_BATCH_STATUS_LABELS, locale, b.status)}</Badge>
                    <p className="muted small">{range(b)}</p>
                    <p>{t('cohorts.studentCount', { count: b.students })}</p>
                    <dl className="card-figures">
                      <div>
                        <dt>{t('cohorts.offered')}</dt>
                        <dd>{formatMoney(b.offered, currency, locale)}</dd>
                      </div>
                      <div>
                        <dt>{t('cohorts.received')}</dt>
                        <dd>{formatMoney(b.received, currency, locale)}</dd>
                      </div>
                      <div>
                        <dt>{t('cohorts.due')}</dt>
                        <dd>{formatMoney(b.due, currency, locale)}</dd>
                      </div>
                      <div>
                        <dt title={t('money.writtenOffHelp')}>{t('money.writtenOff')}</dt>
                        <dd data-testid={`batch-written-off-${b.id}`}>{formatMoney(b.written_off, currency, locale)}</dd>
                      </div>
                    </dl>
                    {isAdmin ? (
                      <button type="button" className="button small" onClick={() => setEditing({ kind: 'batch', type: ct, batch: b })} aria-label={t('cohorts.editBatchNamed', { name: `${ct.name} ${b.name}` })}>
                        {t('common.edit')}
                      </button>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))
      )}
      {types.isSuccess && types.data.some((ct) => ct.batches.length > 0) ? <CohortInsights /> : null}
      {editing?.kind === 'type' ? <CohortTypeDialog orgId={orgId} type={editing.type} onClose={() => setEditing(null)} /> : null}
      {editing?.kind === 'batch' ? (
        <CohortBatchDialog orgId={orgId} cohortTypeId={editing.type.id} typeName={editing.type.name} batch={editing.batch} onClose={() => setEditing(null)} />
      ) : null}
    </div>
  );
}
