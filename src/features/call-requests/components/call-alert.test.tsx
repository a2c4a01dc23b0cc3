// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { SOUND_STORAGE_KEY, titleWithCount, unseenFrom, useAcknowledge, useSoundPreference, useTitleAlert } from './call-alert';

afterEach(() => {
  window.localStorage.clear();
  document.title = 'Cohort Desk';
});

describe('titleWithCount / unseenFrom', () => {
  it('prefixes the count only when something is new', () => {
    expect(titleWithCount('Call requests', 0)).toBe('Call requests');
    expect(titleWithCount('Call requests', 2)).toBe('(2) Call requests');
  });
  it('counts nothing before the baseline, for a placeholder answer, or without an answer', () => {
    expect(unseenFrom({ new_since: 3 }, null, false)).toBe(0);
    expect(unseenFrom({ new_since: 3 }, '2026-12-02T10:00:00Z', true)).toBe(0);
    expect(unseenFrom(undefined, '2026-12-02T10:00:00Z', false)).toBe(0);
    expect(unseenFrom({ new_since: 3 }, '2026-12-02T10:00:00Z', false)).toBe(3);
  });
});

describe('useTitleAlert', () => {
  it('sets the title, beeps only when the count grows with sound on, and restores the title on unmount', () => {
    document.title = 'Cohort Desk';
    const play = vi.fn();
    const { rerender, unmount } = renderHook(({ n, sound }) => useTitleAlert('Call requests', n, sound, play), { initialProps: { n: 0, sound: true } });
    expect(document.title).toBe('Call requests');
    rerender({ n: 1, sound: true });
    expect(document.title).toBe('(1) Call requests');
    expect(play).toHaveBeenCalledTimes(1);
    rerender({ n: 1, sound: true });
    expect(play).toHaveBeenCalledTimes(1);
    rerender({ n: 0, sound: true });
    expect(document.title).toBe('Call requests');
    rerender({ n: 2, sound: false });
    expect(document.title).toBe('(2) Call requests');
    expect(play).toHaveBeenCalledTimes(1);
    unmount();
    expect(document.title).toBe('Cohort Desk');
  });
});

describe('useAcknowledge', () => {
  it('acknowledges on focus, click and key press while active, not when inactive', () => {
    const ack = vi.fn();
    const { rerender } = renderHook(({ active }) => useAcknowledge(active, ack), { initialProps: { active: true } });
    window.dispatchEvent(new Event('focus'));
    window.dispatchEvent(new Event('pointerdown'));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(ack).toHaveBeenCalledTimes(3);
    rerender({ active: false });
    window.dispatchEvent(new Event('focus'));
    expect(ack).toHaveBeenCalledTimes(3);
  });
});

describe('useSoundPreference', () => {
  it('is off by default and remembers the choice in localStorage', () => {
    const first = renderHook(() => useSoundPreference());
    expect(first.result.current[0]).toBe(false);
    act(() => first.result.current[1](true));
    expect(first.result.current[0]).toBe(true);
    expect(window.localStorage.getItem(SOUND_STORAGE_KEY)).toBe('on');
    first.unmount();
    expect(renderHook(() => useSoundPreference()).result.current[0]).toBe(true);
  });
});
