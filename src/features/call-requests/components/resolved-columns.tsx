import type { TFunction } from '@/lib/i18n';
import { CALL_OUTCOME_LABELS, labelOf, PILLAR_LABELS, type Locale } from '@/domain/labels';
import { formatDateTime } from '@/domain/dates';
import { Badge } from '@/components/badge';
import type { Column } from '@/components/data-table';
import type { ResolvedRow } from '../api/rows';

export type ResolvedColumnContext = { t: TFunction; locale: Locale; timezone: string };

/**
 * Resolved calls, one column model: the table, the phone cards and the CSV read it. Between
 * phone and desktop widths the company, pillar and booking give way (into the row's "More
 * details"), the specialist too below 1440 px.
 */
export function resolvedColumns({ t, locale, timezone }: ResolvedColumnContext): Column<ResolvedRow>[] {
  const member = (r: ResolvedRow) => r.member_name || t('callRequests.unknownMember');
  const pillar = (r: ResolvedRow) => (r.pillar ? labelOf(PILLAR_LABELS, locale, r.pillar) : null);
  const outcome = (r: ResolvedRow) => (r.outcome ? labelOf(CALL_OUTCOME_LABELS, locale, r.outcome) : null);
  return [
    { id: 'member', header: t('callRequests.col.member'), rowHeader: true, cell: (r) => <div className="strong member-name">{member(r)}</div>, csv: member },
    { id: 'company', header: t('callRequests.col.company'), priority: 'low', cell: (r) => r.company_name ?? '—', csv: (r) => r.company_name },
    { id: 'pillar', header: t('callRequests.col.pillar'), priority: 'low', cell: (r) => pillar(r) ?? '—', csv: pillar },
    { id: 'outcome', header: t('callRequests.col.outcome'), cell: (r) => <Badge tone={r.outcome === 'escalated' ? 'warning' : 'success'}>{outcome(r) ?? '—'}</Badge>, csv: outcome },
    { id: 'notes', header: t('callRequests.col.notes'), className: 'notes', cell: (r) => r.call_notes ?? '—', csv: (r) => r.call_notes },
    { id: 'specialist', header: t('callRequests.col.specialist'), priority: 'optional', cell: (r) => r.specialist_name ?? '—', csv: (r) => r.specialist_name },
    { id: 'completedAt', header: t('callRequests.col.completedAt'), cell: (r) => formatDateTime(r.completed_at, timezone, locale), csv: (r) => r.completed_at },
    {
      id: 'booking',
      header: t('callRequests.col.booking'),
      priority: 'low',
      cell: (r) => (r.booking_date ? formatDateTime(r.booking_date, timezone, locale) : '—'),
      csv: (r) => r.booking_date,
    },
  ];
}
