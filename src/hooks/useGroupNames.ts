import { useEffect, useRef, useState } from "react";
import type { AccountRef } from "../lib/model";
import { getGroup } from "../onepassword/groups";

/**
 * Group names for ids, fetched once each with `groups.get`. An id whose group cannot be fetched (deleted, no
 * permission to read groups) gets no name: the screen shows the id instead.
 */
export function useGroupNames(account: AccountRef, groupIds: readonly string[]): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(() => new Map());
  const requested = useRef(new Set<string>());
  const mounted = useRef(true);
  const key = groupIds.join(",");

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    const missing = groupIds.filter((id) => !requested.current.has(id));
    for (const id of missing) {
      requested.current.add(id);
      getGroup(account, id)
        .then((group) => {
          if (mounted.current) setNames((previous) => new Map(previous).set(id, group.title));
        })
        .catch(() => {
          // Deliberately quiet: the id is shown instead, and it is still what grants and revokes need.
          requested.current.delete(id);
        });
    }
  }, [account, key]);

  return names;
}
