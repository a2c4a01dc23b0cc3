// "A new request arrived" while the queue is open: the tab's title counts the open requests that
// arrived since the specialist last looked ("(2) Call requests"), and an optional beep (off by
// default; the choice is kept in localStorage) plays when that count grows. Looking = the window
// regains focus or becomes visible again, or a click / key press on the page.
import { useCallback, useEffect, useRef, useState } from 'react';

export const SOUND_STORAGE_KEY = 'cohort-desk:call-request-sound';

export function titleWithCount(base: string, unseen: number): string {
  return unseen > 0 ? `(${unseen}) ${base}` : base;
}

/**
 * Unseen requests from a counts answer. `since` null: nothing is new yet (the first answer sets the
 * baseline). A placeholder answer (kept from the previous `since` while the new one loads) counts
 * nothing: it was acknowledged.
 */
export function unseenFrom(counts: { new_since: number } | undefined, since: string | null, isPlaceholder: boolean): number {
  if (!counts || since === null || isPlaceholder) return 0;
  return counts.new_since;
}

/** Keeps document.title in step with `unseen` (restored on unmount) and beeps when it grows. */
export function useTitleAlert(base: string, unseen: number, sound: boolean, play: () => void = beep) {
  const previous = useRef(unseen);
  useEffect(() => {
    const original = document.title;
    return () => {
      document.title = original;
    };
  }, []);
  useEffect(() => {
    document.title = titleWithCount(base, unseen);
  }, [base, unseen]);
  useEffect(() => {
    if (unseen > previous.current && sound) play();
    previous.current = unseen;
  }, [unseen, sound, play]);
}

/** Calls `acknowledge` when the person is back on the page: focus, visible again, click, key. */
export function useAcknowledge(active: boolean, acknowledge: () => void) {
  useEffect(() => {
    if (!active) return;
    const onVisible = () => {
      if (document.visibilityState === 'visible') acknowledge();
    };
    window.addEventListener('focus', acknowledge);
    window.addEventListener('pointerdown', acknowledge);
    window.addEventListener('keydown', acknowledge);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('focus', acknowledge);
      window.removeEventListener('pointerdown', acknowledge);
      window.removeEventListener('keydown', acknowledge);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [active, acknowledge]);
}

function readSound(): boolean {
  try {
    return window.localStorage.getItem(SOUND_STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

/** The sound toggle, remembered in localStorage (off unless turned on). */
export function useSoundPreference(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(readSound);
  const set = useCallback((value: boolean) => {
    setOn(value);
    try {
      window.localStorage.setItem(SOUND_STORAGE_KEY, value ? 'on' : 'off');
    } catch {
      // Private mode or storage full: the choice lasts for this page only.
    }
    if (value) beep();
  }, []);
  return [on, set];
}

let audio: AudioContext | null = null;

/** A short beep made with WebAudio (no sound file). Silently does nothing where audio is unavailable. */
export function beep(): void {
  try {
    if (typeof window.AudioContext !== 'function') return;
    audio ??= new window.AudioContext();
    const ctx = audio;
    if (ctx.state === 'suspended') void ctx.resume();
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = 880;
    gain.gain.setValueAtTime(0.0001, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.2, ctx.currentTime + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + 0.25);
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.3);
  } catch {
    // Audio blocked by the browser: the title still says it.
  }
}
