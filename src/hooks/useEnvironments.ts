import { Cache } from "@raycast/api";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { z } from "zod";
import type { RegisteredEnvironment } from "../lib/model";
import { type EnvironmentVariable, environmentError, getEnvironmentVariables } from "../onepassword/environments";
import type { OnePasswordError } from "../onepassword/errors";
import { listRegisteredEnvironments } from "../onepassword/registered-environments";
import { parseStoredJson } from "../lib/stored-json";
import { useLatestLoads } from "./useLatestLoads";

/** A variable as the list shows it: a masked value is dropped as soon as it arrives; an unmasked one is on screen. */
export interface ListedVariable {
  name: string;
  masked: boolean;
  /** Only for unmasked variables, whose value the list shows anyway. */
  visibleValue?: string;
}

export interface EnvironmentLoad {
  isLoading: boolean;
  variables?: ListedVariable[];
  error?: OnePasswordError;
}

export interface EnvironmentsState {
  /** The registered Environments in the user's order; undefined until LocalStorage has been read. */
  environments: RegisteredEnvironment[] | undefined;
  /** Each Environment's variables or failure, by `environmentKey`. */
  loads: ReadonlyMap<string, EnvironmentLoad>;
  isLoading: boolean;
  /** Re-reads the registered list (after add, rename, move, remove) and loads Environments not loaded yet. */
  reloadList: () => Promise<void>;
  /** Fetches the variables of the given Environments again (all when no keys are given). */
  refresh: (keys?: readonly string[]) => void;
  /** Re-reads the list and fetches every Environment again (⌘R). */
  revalidate: () => Promise<void>;
}

/** One Environment in one account; ids contain no ":" (lowercase base32), so the key splits unambiguously. */
export function environmentKey(environment: Pick<RegisteredEnvironment, "id" | "account">): string {
  return `${environment.id}:${environment.account}`;
}

function listed(variables: { name: string; value: string; masked: boolean }[]): ListedVariable[] {
  return variables.map(({ name, value, masked }) =>
    masked ? { name, masked } : { name, masked, visibleValue: value },
  );
}

/**
 * Variable names (never values) per Environment, in Raycast's Cache, so a reopened list paints its rows before the SDK
 * has loaded. One entry holds every Environment, rewritten with only the registered ones, so removed ones go too.
 */
const NAMES_NAMESPACE = "environment-names";
const NAMES_KEY = "names";
const namesSchema = z.record(z.string(), z.array(z.object({ name: z.string(), masked: z.boolean() })));
type CachedNames = z.infer<typeof namesSchema>;

function readNames(cache: Cache): CachedNames {
  return parseStoredJson(namesSchema, cache.get(NAMES_KEY)) ?? {};
}

function writeNames(cache: Cache, names: CachedNames): void {
  cache.set(NAMES_KEY, JSON.stringify(names));
}

/** Only name and flag are copied out, so a value cannot ride along into the cache. */
function namesOnly(variables: readonly ListedVariable[]): { name: string; masked: boolean }[] {
  return variables.map(({ name, masked }) => ({ name, masked }));
}

/**
 * The registered Environments and their variables, fetched live on every mount and refresh. Only names are cached;
 * masked values are dropped on arrival, and the actions fetch the value they need at the moment they run.
 */
export function useEnvironments(): EnvironmentsState {
  const [environments, setEnvironments] = useState<RegisteredEnvironment[]>();
  const [loads, setLoads] = useState<ReadonlyMap<string, EnvironmentLoad>>(() => new Map());
  const fetches = useLatestLoads<EnvironmentVariable[]>();
  const current = useRef<RegisteredEnvironment[]>([]);
  const mounted = useRef(true);
  const cache = useMemo(() => new Cache({ namespace: NAMES_NAMESPACE }), []);

  const update = useCallback((key: string, next: (previous: EnvironmentLoad | undefined) => EnvironmentLoad) => {
    setLoads((previous) => new Map(previous).set(key, next(previous.get(key))));
  }, []);

  const fetchOne = useCallback(
    (environment: RegisteredEnvironment) => {
      const key = environmentKey(environment);
      // Rows already on screen stay while they refresh.
      update(key, (previous) => ({ ...previous, isLoading: true }));
      fetches.start(key, () => getEnvironmentVariables(environment.account, environment.id), {
        onLoaded: (variables) => {
          const rows = listed(variables);
          update(key, () => ({ isLoading: false, variables: rows }));
          writeNames(cache, { ...readNames(cache), [key]: namesOnly(rows) });
        },
        onFailed: (error) => {
          const mapped = environmentError(error, { operation: "Loading Environment", account: environment.account });
          update(key, () => ({ isLoading: false, error: mapped }));
        },
      });
    },
    [update, cache, fetches],
  );

  const readList = useCallback(async (): Promise<RegisteredEnvironment[]> => {
    const list = await listRegisteredEnvironments();
    if (!mounted.current) return list;
    current.current = list;
    setEnvironments(list);
    const keys = new Set(list.map(environmentKey));
    // A removed Environment forgets its rows, so adding it again loads it afresh.
    fetches.keepOnly(keys);
    const cached = readNames(cache);
    const kept = Object.fromEntries(Object.entries(cached).filter(([key]) => keys.has(key)));
    if (Object.keys(kept).length !== Object.keys(cached).length) writeNames(cache, kept);
    setLoads((previous) => {
      const next = new Map([...previous].filter(([key]) => keys.has(key)));
      // Names from the last visit paint at once; their values and any change arrive with the fetch.
      for (const [key, names] of Object.entries(kept)) {
        if (!next.has(key)) next.set(key, { isLoading: true, variables: names });
      }
      return next;
    });
    return list;
  }, [cache, fetches]);

  // Environments waiting for their first fetch. The fetch starts from an effect, i.e. after React has committed the
  // frame with the cached names: the first fetch requires the SDK and compiles its wasm (synchronous, and slow),
  // which would otherwise run before the cached rows are on screen.
  const [unfetched, setUnfetched] = useState<RegisteredEnvironment[]>([]);

  const reloadList = useCallback(async () => {
    const list = await readList();
    const missing = list.filter((environment) => !fetches.started(environmentKey(environment)));
    if (missing.length > 0) setUnfetched(missing);
  }, [readList]);

  useEffect(() => {
    if (unfetched.length === 0) return;
    const timer = setTimeout(() => {
      for (const environment of unfetched) {
        if (!fetches.started(environmentKey(environment))) fetchOne(environment);
      }
      setUnfetched([]);
    }, 0);
    return () => clearTimeout(timer);
  }, [unfetched, fetchOne]);

  const refresh = useCallback(
    (keys?: readonly string[]) => {
      const wanted = keys ? new Set(keys) : undefined;
      for (const environment of current.current) {
        if (!wanted || wanted.has(environmentKey(environment))) fetchOne(environment);
      }
    },
    [fetchOne],
  );

  const revalidate = useCallback(async () => {
    const list = await readList();
    for (const environment of list) fetchOne(environment);
  }, [readList, fetchOne]);

  useEffect(() => {
    mounted.current = true;
    // After the first frame: the first fetch loads the SDK and its wasm, which must not delay the first paint.
    const timer = setTimeout(() => void reloadList(), 0);
    return () => {
      mounted.current = false;
      clearTimeout(timer);
    };
  }, [reloadList]);

  const isLoading =
    environments === undefined || unfetched.length > 0 || [...loads.values()].some((load) => load.isLoading);
  return { environments, loads, isLoading, reloadList, refresh, revalidate };
}
