import { usePromise } from "@raycast/utils";
import type { AccountRef } from "../lib/model";
import { groupTitles } from "../onepassword/groups";

const NO_NAMES: ReadonlyMap<string, string> = new Map();

function loadNames(account: AccountRef, key: string): Promise<ReadonlyMap<string, string>> {
  return groupTitles(account, key === "" ? [] : key.split(","));
}

/** Group names for ids, fetched with `groups.get`; the names shown stay while a changed set of ids is fetched. */
export function useGroupNames(account: AccountRef, groupIds: readonly string[]): ReadonlyMap<string, string> {
  const key = [...new Set(groupIds)].sort().join(",");
  const { data } = usePromise(loadNames, [account, key], { onError: () => {} });
  return data ?? NO_NAMES;
}
