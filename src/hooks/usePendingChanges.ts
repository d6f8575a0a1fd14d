import { useCallback, useMemo, useRef, useState } from "react";

/** One change shown before 1Password answers, in the shape the mutation runner takes (`Optimistic`). */
export interface PendingChange {
  apply: () => void;
  rollback: () => void;
  settle: () => void;
}

/**
 * Changes a list shows before the call answers, kept beside the list's data rather than written into it: dropping one
 * restores exactly what the data says, even if a refresh landed meanwhile. A change is dropped when its call fails
 * (rollback) or once the real change is in the data (settle).
 */
export function usePendingChanges<C>(): { changes: readonly C[]; pending: (change: C) => PendingChange } {
  const [entries, setEntries] = useState<ReadonlyArray<{ id: number; change: C }>>([]);
  const nextId = useRef(0);
  const pending = useCallback((change: C): PendingChange => {
    const id = nextId.current++;
    const drop = () => setEntries((list) => list.filter((entry) => entry.id !== id));
    return { apply: () => setEntries((list) => [...list, { id, change }]), rollback: drop, settle: drop };
  }, []);
  const changes = useMemo(() => entries.map((entry) => entry.change), [entries]);
  return { changes, pending };
}
