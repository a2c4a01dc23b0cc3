import { describe, expect, it } from 'vitest';
import { waitAtMost } from './wait-at-most';

describe('waitAtMost (a bucketed wait percentile as an upper bound)', () => {
  it('rounds up, never down, to the unit it shows', () => {
    expect(waitAtMost(44.2, 'en')).toBe('45s');
    expect(waitAtMost(60, 'en')).toBe('1m');
    // Interpolated between two minute buckets: 5 min 30 s is at most 6 min, not "5 min".
    expect(waitAtMost(330, 'en')).toBe('6m');
    expect(waitAtMost(3600, 'en')).toBe('1h');
    // Beyond a day the buckets are hours.
    expect(waitAtMost(86_400 + 1800, 'en')).toBe('1d 1h');
  });
});
