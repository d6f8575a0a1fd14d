import { useCallback, useEffect, useMemo, useRef } from "react";

export interface LatestProgress<T> {
  /** A reporter for a load of `key` that starts now: once a newer one starts (or the screen closes), it says nothing. */
  reporter: (key: string) => (value: T) => void;
}

/**
 * Progress of loads that run one per key (an account), like `useLatestLoads` for their answers: only the latest load
 * of a key reports, so a slower, older load cannot show its partial state over a newer one's.
 */
export function useLatestProgress<T>(onProgress: (key: string, value: T) => void): LatestProgress<T> {
  const generations = useRef(new Map<string, number>());
  const mounted = useRef(true);
  const latest = useRef(onProgress);
  latest.current = onProgress;
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const reporter = useCallback((key: string) => {
    const generation = (generations.current.get(key) ?? 0) + 1;
    generations.current.set(key, generation);
    return (value: T) => {
      if (mounted.current && generations.current.get(key) === generation) latest.current(key, value);
    };
  }, []);

  return useMemo(() => ({ reporter }), [reporter]);
}
