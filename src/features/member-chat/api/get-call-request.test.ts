import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import {
  callRequestPollInterval,
  callRequestQuery,
  IDLE_REQUEST_POLL_MS,
  OPEN_REQUEST_POLL_MS,
  OPEN_REQUEST_REALTIME_POLL_MS,
} from './get-call-request';
import type { CallRequestRow } from './rows';

const row = (call_status: string): CallRequestRow => ({
  id: 'log-1',
  call_status,
  outcome: call_status === 'completed' ? 'resolved_by_phone' : null,
  scheduled_for: null,
  attempts: 0,
  created_at: '2026-12-07T10:00:00Z',
  completed_at: call_status === 'completed' ? '2026-12-07T10:05:00Z' : null,
});

describe('how often the member asks for the call request', () => {
  it('polls often enough while a request is open that the outcome shows within 5 seconds (no Realtime)', () => {
    expect(callRequestPollInterval(row('pending'), false)).toBe(OPEN_REQUEST_POLL_MS);
    expect(callRequestPollInterval(row('scheduled'), false)).toBe(OPEN_REQUEST_POLL_MS);
    // The poll interval plus a request's round trip stays under the 5-second promise.
    expect(OPEN_REQUEST_POLL_MS).toBeLessThanOrEqual(4_000);
  });

  it('slows down when nothing is waiting, and leans on Realtime where it pushes changes', () => {
    expect(callRequestPollInterval(row('completed'), false)).toBe(IDLE_REQUEST_POLL_MS);
    expect(callRequestPollInterval(null, false)).toBe(IDLE_REQUEST_POLL_MS);
    expect(callRequestPollInterval(undefined, true)).toBe(IDLE_REQUEST_POLL_MS);
    expect(callRequestPollInterval(row('pending'), true)).toBe(OPEN_REQUEST_REALTIME_POLL_MS);
    expect(OPEN_REQUEST_REALTIME_POLL_MS).toBeLessThan(IDLE_REQUEST_POLL_MS);
  });

  it('the query follows the cached request: fast while open, slow once completed', () => {
    const qc = new QueryClient();
    const options = callRequestQuery('org-1', 'session-1', false);
    const interval = () => {
      const query = qc.getQueryCache().find({ queryKey: options.queryKey, exact: true });
      const f = options.refetchInterval;
      return typeof f === 'function' && query ? f(query as unknown as Parameters<typeof f>[0]) : f;
    };
    qc.setQueryData(options.queryKey, row('pending'));
    expect(interval()).toBe(OPEN_REQUEST_POLL_MS);
    qc.setQueryData(options.queryKey, row('completed'));
    expect(interval()).toBe(IDLE_REQUEST_POLL_MS);
  });
});
