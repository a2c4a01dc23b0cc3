// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { useOnSettled } from './use-debounced-value';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useOnSettled', () => {
  it('calls back once the value has been still, with the latest callback, and not for the first value or a return to the settled one', () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const { rerender } = renderHook(({ q, tag }) => useOnSettled(q, (v) => seen.push(`${v}@${tag}`), 300), { initialProps: { q: 'abc', tag: 1 } });
    act(() => vi.advanceTimersByTime(1000));
    expect(seen).toEqual([]);
    rerender({ q: 'ab', tag: 1 });
    act(() => vi.advanceTimersByTime(200));
    rerender({ q: 'a', tag: 2 });
    act(() => vi.advanceTimersByTime(200));
    expect(seen).toEqual([]);
    // The callback of the last render runs (it reads the filters as they are then).
    rerender({ q: 'a', tag: 3 });
    act(() => vi.advanceTimersByTime(300));
    expect(seen).toEqual(['a@3']);
    // Typed and taken back before it settled: nothing new.
    rerender({ q: 'ax', tag: 3 });
    act(() => vi.advanceTimersByTime(100));
    rerender({ q: 'a', tag: 3 });
    act(() => vi.advanceTimersByTime(1000));
    expect(seen).toEqual(['a@3']);
  });
});
