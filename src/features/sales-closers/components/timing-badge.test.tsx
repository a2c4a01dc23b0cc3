// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { renderWithProviders, nikist, vitalis } from '@/lib/test-providers';
import { TimingBadge } from './closer-calls';
import { callTiming } from './call-timing';

afterEach(cleanup);

describe('TimingBadge', () => {
  it('says "Now" for a call about to start and "Overdue" for one past its time without an outcome', () => {
    const call = { status: 'scheduled', scheduled_at: '2026-05-10T05:00:00Z', scheduled_time: '10:30:00' };
    renderWithProviders(<TimingBadge timing={callTiming(call, Date.parse('2026-05-10T05:05:00Z'))} />, { org: nikist });
    expect(screen.getByText('Now')).toHaveAttribute('title', 'Scheduled for about now');
    cleanup();
    renderWithProviders(<TimingBadge timing={callTiming(call, Date.parse('2026-05-10T07:00:00Z'))} />, { org: nikist });
    expect(screen.getByText('Overdue')).toBeInTheDocument();
  });
  it('shows nothing for a converted call, and Portuguese labels in a pt-BR organization', () => {
    const { container } = renderWithProviders(
      <TimingBadge timing={callTiming({ status: 'converted', scheduled_at: '2026-05-10T05:00:00Z', scheduled_time: '10:30:00' }, Date.parse('2026-06-01T00:00:00Z'))} />,
      { org: nikist },
    );
    expect(container.textContent).toBe('');
    cleanup();
    renderWithProviders(<TimingBadge timing="overdue" />, { org: vitalis });
    expect(screen.getByText('Atrasada')).toBeInTheDocument();
  });
});
