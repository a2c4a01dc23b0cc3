// A value that follows its input only after the input has been still for `ms` milliseconds
// (search boxes: one query when the person stops typing, not one per key).
import { useEffect, useEffectEvent, useRef, useState } from 'react';

export function useDebouncedValue<T>(value: T, ms = 300): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

/**
 * Calls `onSettle(value)` once `value` has been still for `ms` milliseconds and differs from the
 * value it last settled on (at first, the initial one): a search box that writes its text to the
 * address once the person stops typing. The latest `onSettle` runs, so it sees the state of then.
 */
export function useOnSettled<T>(value: T, onSettle: (value: T) => void, ms = 300): void {
  const settle = useEffectEvent(onSettle);
  const settled = useRef(value);
  useEffect(() => {
    if (Object.is(value, settled.current)) return;
    const id = setTimeout(() => {
      settled.current = value;
      settle(value);
    }, ms);
    return () => clearTimeout(id);
  }, [value, ms]);
}
