import { useMemo } from "react";
import type { RegisteredEnvironment } from "../lib/model";
import { environmentKey } from "./useEnvironments";
import { type PendingChange, usePendingChanges } from "./usePendingChanges";

/** A change to the registered list that Search Environments shows while it is being saved. */
export type EnvironmentChange =
  | { kind: "remove"; key: string }
  | { kind: "rename"; key: string; label: string }
  | { kind: "move"; key: string; direction: -1 | 1 };

/** The list as it will be once the changes are saved: the same rules as the registered list's own writes. */
export function withEnvironmentChanges(
  environments: readonly RegisteredEnvironment[],
  changes: readonly EnvironmentChange[],
): RegisteredEnvironment[] {
  let list = [...environments];
  for (const change of changes) {
    const at = list.findIndex((environment) => environmentKey(environment) === change.key);
    const target = list[at];
    if (!target) continue;
    if (change.kind === "remove") list = list.filter((_, index) => index !== at);
    else if (change.kind === "rename") list[at] = { ...target, label: change.label };
    else {
      const other = list[at + change.direction];
      if (!other) continue;
      list[at] = other;
      list[at + change.direction] = target;
    }
  }
  return list;
}

/** The registered Environments as shown: the saved list with the changes still being saved applied over it. */
export function usePendingEnvironments(environments: RegisteredEnvironment[] | undefined): {
  shown: RegisteredEnvironment[] | undefined;
  showWhileRunning: (change: EnvironmentChange) => PendingChange;
} {
  const { changes, pending } = usePendingChanges<EnvironmentChange>();
  const shown = useMemo(
    () => (environments && changes.length > 0 ? withEnvironmentChanges(environments, changes) : environments),
    [environments, changes],
  );
  return { shown, showWhileRunning: pending };
}
