import { LocalStorage } from "@raycast/api";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { z } from "zod";
import { parseStoredJson } from "../lib/stored-json";

/**
 * Frecency of items the user acts on: how often and how lately, stored in LocalStorage under their ids only (no
 * title, no value). It feeds the search as `boost`, so an item used daily rises above one used once last year.
 */

const STORAGE_KEY = "item-frecency";
/** A use counts half as much after two weeks. */
const HALF_LIFE_MS = 14 * 24 * 60 * 60 * 1000;
/** The search keeps boosts within 0–0.5 so a clearly better text match still wins. */
const MAX_BOOST = 0.4;
/** Score at which an item gets half the maximum boost: about three recent uses. */
const HALF_BOOST_SCORE = 3;
const MAX_ENTRIES = 500;

const storedSchema = z.record(z.string(), z.tuple([z.number(), z.number()]));
/** key → [score as of `at`, at] */
type Entries = Record<string, [number, number]>;

function decayed([score, at]: [number, number], now: number): number {
  return score * Math.pow(0.5, Math.max(0, now - at) / HALF_LIFE_MS);
}

export function parseFrecency(text: string | undefined): Entries {
  return (parseStoredJson(storedSchema, text) as Entries | undefined) ?? {};
}

/** A use: decay the old score to now and add one; keep only the most valuable entries. */
export function recordUse(entries: Entries, key: string, now: number): Entries {
  const previous = entries[key];
  const next: Entries = { ...entries, [key]: [(previous ? decayed(previous, now) : 0) + 1, now] };
  const keys = Object.keys(next);
  if (keys.length <= MAX_ENTRIES) return next;
  keys.sort((a, b) => decayed(next[b]!, now) - decayed(next[a]!, now));
  return Object.fromEntries(keys.slice(0, MAX_ENTRIES).map((k) => [k, next[k]!]));
}

export function boostOf(entries: Entries, key: string, now: number): number {
  const entry = entries[key];
  if (!entry) return 0;
  const score = decayed(entry, now);
  return (MAX_BOOST * score) / (score + HALF_BOOST_SCORE);
}

export interface Frecency {
  /** 0 for items never used, up to 0.4 for items used often and lately. */
  boost: (key: string) => number;
  /** The same for every item with a score, by key: what the search takes. */
  boosts: ReadonlyMap<string, number>;
  record: (key: string) => void;
  /** True once the stored entries were read (so the first ordering does not jump). */
  loaded: boolean;
  /** How many items have a score: with none, the search needs no boost at all. */
  size: number;
}

export function useFrecency(): Frecency {
  const [entries, setEntries] = useState<Entries>({});
  const [loaded, setLoaded] = useState(false);
  const latest = useRef(entries);
  latest.current = entries;

  useEffect(() => {
    let cancelled = false;
    void LocalStorage.getItem<string>(STORAGE_KEY).then((text) => {
      if (cancelled) return;
      setEntries(parseFrecency(text));
      setLoaded(true);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const record = useCallback((key: string) => {
    const next = recordUse(latest.current, key, Date.now());
    latest.current = next;
    setEntries(next);
    void LocalStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  }, []);

  return useMemo(() => {
    const now = Date.now();
    const boosts = new Map(Object.keys(entries).map((key) => [key, boostOf(entries, key, now)]));
    return { boost: (key: string) => boostOf(entries, key, now), boosts, record, loaded, size: boosts.size };
  }, [entries, record, loaded]);
}
