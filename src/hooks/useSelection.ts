import { useCallback, useMemo, useState } from "react";

/** Raycast has no multi-select: a set of selected ids in state, with the operations the batch actions need. */
export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());

  const toggle = useCallback((id: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const selectAll = useCallback((ids: readonly string[]) => {
    setSelected((current) => new Set([...current, ...ids]));
  }, []);
  const clear = useCallback(() => setSelected(new Set()), []);
  const replace = useCallback((ids: readonly string[]) => setSelected(new Set(ids)), []);

  return useMemo(
    () => ({
      selected,
      size: selected.size,
      isSelected: (id: string) => selected.has(id),
      toggle,
      selectAll,
      clear,
      replace,
    }),
    [selected, toggle, selectAll, clear, replace],
  );
}

export type Selection = ReturnType<typeof useSelection>;
