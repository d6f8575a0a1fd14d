import { useCallback, useEffect, useMemo, useRef } from "react";

export interface LoadHandlers<T> {
  onLoaded: (value: T) => void;
  onFailed: (error: unknown) => void;
  /** After either, for the latest load of its key only. */
  onSettled?: () => void;
}

export interface LatestLoads<T> {
  /** Starts a load for `key`; an earlier load of the same key still running now counts for nothing. */
  start: (key: string, load: () => Promise<T>, handlers: LoadHandlers<T>) => void;
  /** Whether a load was ever started for `key` (and not forgotten). */
  started: (key: string) => boolean;
  /** Forgets every key not in `keep`: their answers still in flight count for nothing. */
  keepOnly: (keep: ReadonlySet<string>) => void;
}

/**
 * Loads that run side by side, one per key (an account, an Environment): each key's latest load is the only one whose
 * answer counts, one key failing does not hold back the others, and nothing is reported after the screen closed.
 */
export function useLatestLoads<T>(): LatestLoads<T> {
  const generations = useRef(new Map<string, number>());
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const start = useCallback((key: string, load: () => Promise<T>, handlers: LoadHandlers<T>) => {
    const generation = (generations.current.get(key) ?? 0) + 1;
    generations.current.set(key, generation);
    const isLatest = () => mounted.current && generations.current.get(key) === generation;
    load().then(
      (value) => {
        if (!isLatest()) return;
        handlers.onLoaded(value);
        handlers.onSettled?.();
      },
      (error: unknown) => {
        if (!isLatest()) return;
        handlers.onFailed(error);
        handlers.onSettled?.();
      },
    );
  }, []);

  const started = useCallback((key: string) => generations.current.has(key), []);
  const keepOnly = useCallback((keep: ReadonlySet<string>) => {
    for (const key of [...generations.current.keys()]) if (!keep.has(key)) generations.current.delete(key);
  }, []);

  return useMemo(() => ({ start, started, keepOnly }), [start, started, keepOnly]);
}
