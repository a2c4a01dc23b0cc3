// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WaitTime } from './wait-time';

const NOW = new Date('2026-11-23T12:00:00Z');

describe('WaitTime', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('counts up from the request time as the clock advances', () => {
    const requestedAt = new Date(NOW.getTime() - 3 * 60_000).toISOString();
    render(<WaitTime requestedAt={requestedAt} targetMinutes={15} locale="en" />);
    expect(screen.getByText('3m')).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByText('4m')).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(60 * 60_000);
    });
    expect(screen.getByText('1h 4m')).toBeInTheDocument();
  });

  it('is highlighted only once the wait passes the organization target', () => {
    const requestedAt = new Date(NOW.getTime() - 14 * 60_000).toISOString();
    const { container } = render(<WaitTime requestedAt={requestedAt} targetMinutes={15} locale="en" />);
    const wait = () => container.querySelector('.wait-time');
    expect(wait()).toHaveAttribute('data-over', 'false');
    expect(wait()).not.toHaveClass('wait-over');
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByText('15m')).toBeInTheDocument();
    expect(wait()).toHaveAttribute('data-over', 'false');
    act(() => {
      vi.advanceTimersByTime(61_000);
    });
    expect(screen.getByText('16m')).toBeInTheDocument();
    expect(wait()).toHaveAttribute('data-over', 'true');
    expect(wait()).toHaveClass('wait-over');
    expect(screen.getByLabelText('Over the 15 min target')).toBeInTheDocument();
  });

  it('uses the Portuguese units for pt-BR', () => {
    const requestedAt = new Date(NOW.getTime() - 5 * 60_000).toISOString();
    render(<WaitTime requestedAt={requestedAt} targetMinutes={15} locale="pt-BR" />);
    expect(screen.getByText('5 min')).toBeInTheDocument();
  });
});
