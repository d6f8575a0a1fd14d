import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type ItemShape, shapeOf } from "../../domain/item-shape";
import type { ItemSummary } from "../../lib/model";
import { summaryKey } from "../../lib/item-key";
import { getItem } from "../../onepassword/items";

export interface ItemShapeState {
  /** The selected item's fields (titles and kinds, no values), once fetched. */
  shape?: ItemShape;
  isLoading: boolean;
  /** Fetch now (a submenu opening) instead of after the selection delay. */
  load: () => void;
}

function keyOf(item: ItemSummary): string {
  return `${summaryKey(item)}@${item.updatedAt}`;
}

/**
 * The fields of the selected item, fetched shortly after the selection settles (moving through the list with the
 * arrow keys does not fetch every row) and kept in memory for this session as metadata: the values are dropped as
 * soon as the shape is made.
 */
export function useItemShape(item: ItemSummary | undefined, options: { delayMs?: number } = {}): ItemShapeState {
  const delayMs = options.delayMs ?? 150;
  const shapes = useRef(new Map<string, ItemShape>());
  const inFlight = useRef(new Set<string>());
  const [, setVersion] = useState(0);
  const key = item ? keyOf(item) : undefined;

  const fetchShape = useCallback((target: ItemSummary) => {
    const targetKey = keyOf(target);
    if (shapes.current.has(targetKey) || inFlight.current.has(targetKey)) return;
    inFlight.current.add(targetKey);
    setVersion((version) => version + 1);
    getItem({ account: target.account, vaultId: target.vaultId, itemId: target.id })
      .then((details) => {
        shapes.current.set(targetKey, shapeOf(details));
      })
      .catch(() => {
        // Quiet: the actions fall back to the category's defaults, and running one reports the failure.
      })
      .finally(() => {
        inFlight.current.delete(targetKey);
        setVersion((version) => version + 1);
      });
  }, []);

  useEffect(() => {
    if (!item) return;
    const timer = setTimeout(() => fetchShape(item), delayMs);
    return () => clearTimeout(timer);
  }, [key, delayMs, fetchShape]);

  const load = useCallback(() => {
    if (item) fetchShape(item);
  }, [key, fetchShape]);

  const shape = key ? shapes.current.get(key) : undefined;
  const isLoading = key ? inFlight.current.has(key) : false;
  // A stable object while nothing changed, so the selected row does not re-render with every list render.
  return useMemo(() => ({ shape, isLoading, load }), [shape, isLoading, load]);
}
