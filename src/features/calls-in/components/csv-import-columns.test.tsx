// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { translate } from '@/lib/i18n';
import { DataTable, columnsToCsv } from '@/components/data-table';
import type { CheckedRow } from '../forms/csv-import';
import { badRowColumns } from './csv-import-columns';

afterEach(cleanup);

const t = (k: Parameters<typeof translate>[1], v?: Parameters<typeof translate>[2]) => translate('en', k, v);
const bad: CheckedRow[] = [
  { line: 3, row: null, problems: ['contact', 'date'] },
  { line: 5, row: null, problems: ['duplicate'], duplicateOf: 2 },
];

describe('CSV import preview column model', () => {
  it('each refused line says why, in a scroller a keyboard can reach', () => {
    render(<DataTable columns={badRowColumns(t)} rows={bad} rowKey={(b) => String(b.line)} caption="Refused lines" scrollLabel="Refused lines" wrapClassName="bad-rows" />);
    expect(screen.getByRole('region', { name: 'Refused lines' })).toHaveClass('bad-rows');
    expect(screen.getByRole('cell', { name: `${t('calls.import.problem.contact')} · ${t('calls.import.problem.date')}` })).toHaveAttribute('data-label', t('calls.import.why'));
    expect(columnsToCsv(badRowColumns(t), bad).trim().split(/\r?\n/)[2]).toBe(`5,${t('calls.import.problem.duplicate', { line: 2 })}`);
  });
});
