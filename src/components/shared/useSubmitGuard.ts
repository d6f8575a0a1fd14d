import { useCallback, useRef, useState } from "react";

export interface SubmitGuard {
  /** True while a guarded submit runs: the form's `isLoading`. */
  isLoading: boolean;
  /** Runs `work` unless a submit is already running (a second ⌘↵ would send the change twice); then nothing. */
  /** Whether a guarded submit runs now: to skip checking the fields again meanwhile. */
  running: () => boolean;
  guard: <T>(work: () => Promise<T>) => Promise<T | undefined>;
}

/** The double-submit guard every form that changes data needs. A ref, not state: a second press reads it at once. */
export function useSubmitGuard(): SubmitGuard {
  const busy = useRef(false);
  const [isLoading, setIsLoading] = useState(false);
  const guard = useCallback(async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    if (busy.current) return undefined;
    busy.current = true;
    setIsLoading(true);
    try {
      return await work();
    } finally {
      busy.current = false;
      setIsLoading(false);
    }
  }, []);
  const running = useCallback(() => busy.current, []);
  return { isLoading, guard, running };
}
