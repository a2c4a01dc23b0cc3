// A fair gate in front of the database: at most `total` units of work at once, at most `perKey`
// for one key (one user), and the next unit taken from the key served least recently, so one user's
// many slow requests cannot take every connection (a server's pool) or the whole queue (PGlite's
// single connection) while other users wait. Within a key, first come first served.
// `yieldBetween`: start the next unit only after the event loop has had a turn (PGlite, whose
// statements block the event loop: a request that arrived meanwhile gets read and queued first).

/**
 * @param {{ total: number, perKey: number, yieldBetween?: boolean }} limits
 */
export function createFairGate({ total, perKey, yieldBetween = false }) {
  /** @type {Map<string, { fn: () => Promise<unknown>, resolve: (v: any) => void, reject: (e: unknown) => void }[]>} */
  const waiting = new Map();
  /** @type {Map<string, number>} */
  const active = new Map();
  /** When each key last started a unit (a counter), for least-recently-served order. */
  /** @type {Map<string, number>} */
  const lastServed = new Map();
  let served = 0;
  let running = 0;
  let scheduled = false;

  function next() {
    let best = null;
    let bestAt = Infinity;
    for (const key of waiting.keys()) {
      if ((active.get(key) ?? 0) >= perKey) continue;
      const at = lastServed.get(key) ?? -1;
      if (at < bestAt) {
        best = key;
        bestAt = at;
      }
    }
    return best;
  }

  function pump() {
    while (running < total) {
      const key = next();
      if (key === null) return;
      const queue = /** @type {NonNullable<ReturnType<typeof waiting.get>>} */ (waiting.get(key));
      const task = /** @type {NonNullable<(typeof queue)[number]>} */ (queue.shift());
      if (queue.length === 0) waiting.delete(key);
      running++;
      active.set(key, (active.get(key) ?? 0) + 1);
      lastServed.set(key, served++);
      if (lastServed.size > 10_000) lastServed.clear();
      Promise.resolve()
        .then(task.fn)
        .then(task.resolve, task.reject)
        .finally(() => {
          running--;
          const n = (active.get(key) ?? 1) - 1;
          if (n > 0) active.set(key, n);
          else active.delete(key);
          schedule();
        });
    }
  }

  function schedule() {
    if (!yieldBetween) return pump();
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      pump();
    });
  }

  return {
    /**
     * Runs `fn` when `key` may.
     * @template T
     * @param {string} key
     * @param {() => Promise<T>} fn
     * @returns {Promise<T>}
     */
    run(key, fn) {
      return new Promise((resolve, reject) => {
        const queue = waiting.get(key);
        if (queue) queue.push({ fn, resolve, reject });
        else waiting.set(key, [{ fn, resolve, reject }]);
        // Idle: start now. Just after a unit ended (yieldBetween), the scheduled turn picks.
        if (!scheduled) pump();
      });
    },
    /** Work running and waiting, for tests and diagnostics. */
    stats() {
      let queued = 0;
      for (const q of waiting.values()) queued += q.length;
      return { running, queued, keys: active.size };
    },
  };
}
