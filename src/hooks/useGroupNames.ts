import { usePromise } from "@raycast/utils";
import type { AccountRef } from "../lib/model";
import { getGroup } from "../onepassword/groups";

const NO_NAMES: ReadonlyMap<string, string> = new Map();

async function loadNames(account: AccountRef, key: string): Promise<ReadonlyMap<string, string>> {
  const ids = key === "" ? [] : key.split(",");
  const settled = await Promise.allSettled(ids.map((id) => getGroup(account, id)));
  const names = new Map<string, string>();
  settled.forEach((result, index) => {
    const id = ids[index];
    // A group that cannot be fetched (deleted, no permission to read groups) keeps no name: the screen shows its id,
    // which is still what grants and revokes need.
    if (id !== undefined && result.status === "fulfilled") names.set(id, result.value.title);
  });
  return names;
}

/** Group names for ids, fetched with `groups.get`; the names shown stay while a changed set of ids is fetched. */
export function useGroupNames(account: AccountRef, groupIds: readonly string[]): ReadonlyMap<string, string> {
  const key = [...new Set(groupIds)].sort().join(",");
  const { data } = usePromise(loadNames, [account, key], { onError: () => {} });
  return data ?? NO_NAMES;
}
