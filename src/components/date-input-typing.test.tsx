// @vitest-environment jsdom
// The text date and time fields keep what is being typed, and follow their value when the form
// changes it (a reset, a value filled in): the state is adjusted while rendering the new value.
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, nikist } from '@/lib/test-providers';
import { DateInput, DateTimeInput } from './date-input';

afterEach(cleanup);

function DateForm({ invalidAs }: { invalidAs?: 'empty' | 'text' }) {
  const [value, setValue] = useState('');
  return (
    <>
      <DateInput aria-label="Paid on" value={value} onChange={setValue} invalidAs={invalidAs} />
      <output data-testid="value">{value}</output>
      <button type="button" onClick={() => setValue('')}>
        Reset
      </button>
      <button type="button" onClick={() => setValue('2026-01-05')}>
        Fill
      </button>
    </>
  );
}

function DateTimeForm() {
  const [value, setValue] = useState('');
  return (
    <>
      <label htmlFor="at">When</label>
      <DateTimeInput id="at" aria-invalid={false} timeLabel="Time" value={value} onChange={setValue} />
      <output data-testid="value">{value}</output>
      <button type="button" onClick={() => setValue('')}>
        Reset
      </button>
      <button type="button" onClick={() => setValue('2026-03-09T14:30')}>
        Fill
      </button>
    </>
  );
}

describe('DateInput', () => {
  it('keeps a date being typed, hands on yyyy-mm-dd once it reads as one, and follows a reset and a filled-in value', async () => {
    const user = userEvent.setup();
    renderWithProviders(<DateForm />, { org: nikist });
    const input = screen.getByLabelText('Paid on');
    await user.type(input, '31/12');
    // Not a date yet: the form gets '' (as from a native input), the field keeps the typing.
    expect(input).toHaveValue('31/12');
    expect(screen.getByTestId('value')).toHaveTextContent(/^$/);
    await user.type(input, '/2026');
    expect(input).toHaveValue('31/12/2026');
    expect(screen.getByTestId('value')).toHaveTextContent('2026-12-31');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(input).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Fill' }));
    // Nikist writes dates day first (en-IN).
    expect(input).toHaveValue('05/01/2026');
    await user.type(input, '{Backspace}');
    expect(input).toHaveValue('05/01/202');
    expect(screen.getByTestId('value')).toHaveTextContent(/^$/);
  });

  it('hands an unreadable entry on as typed when the form refuses it itself', async () => {
    const user = userEvent.setup();
    renderWithProviders(<DateForm invalidAs="text" />, { org: nikist });
    const input = screen.getByLabelText('Paid on');
    await user.type(input, '31/02/2026');
    expect(screen.getByTestId('value')).toHaveTextContent('2026-02-31');
    expect(input).toHaveValue('31/02/2026');
  });
});

describe('DateTimeInput', () => {
  it('puts the date and the time together, and a reset or a filled-in value replaces both parts', async () => {
    const user = userEvent.setup();
    renderWithProviders(<DateTimeForm />, { org: nikist });
    const date = screen.getByLabelText('When');
    const time = screen.getByLabelText('Time');
    await user.type(date, '09/03/2026');
    expect(screen.getByTestId('value')).toHaveTextContent('2026-03-09T');
    await user.type(time, '14:30');
    expect(screen.getByTestId('value')).toHaveTextContent('2026-03-09T14:30');
    expect(date).toHaveValue('09/03/2026');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(date).toHaveValue('');
    expect(time).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Fill' }));
    expect(date).toHaveValue('09/03/2026');
    expect(time).toHaveValue(timeText('14:30'));
  });
});

/** 14:30 as en-IN writes it (2:30 pm, with the ICU's space and case). */
function timeText(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return new Intl.DateTimeFormat('en-IN', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, 0, 1, h, m)));
}
