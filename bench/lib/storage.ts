import { Cache, LocalStorage } from "@raycast/api";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { host } from "../../test-world/host";

/**
 * The host keeps Cache and LocalStorage in memory; Raycast keeps them on disk, one file per Cache key. A benchmark
 * that needs a warm Cache in a fresh process writes the host's storage to a directory in that layout and the child
 * reads it back, so the child pays a disk read as Raycast's Cache does.
 */

const CACHE_DIR = "cache";
const LOCAL_STORAGE_FILE = "local-storage.json";

export interface StoredSize {
  cacheBytes: number;
  cacheEntries: number;
}

export function dumpHostStorage(dir: string): StoredSize {
  let cacheBytes = 0;
  let cacheEntries = 0;
  for (const [namespace, entries] of Object.entries(host.cache)) {
    const nsDir = join(dir, CACHE_DIR, encodeURIComponent(namespace));
    mkdirSync(nsDir, { recursive: true });
    for (const [key, value] of Object.entries(entries)) {
      writeFileSync(join(nsDir, encodeURIComponent(key)), value);
      cacheBytes += Buffer.byteLength(value);
      cacheEntries += 1;
    }
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, LOCAL_STORAGE_FILE), JSON.stringify(host.localStorage));
  return { cacheBytes, cacheEntries };
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Puts a dump back into the host: every Cache file is read from disk, LocalStorage from its JSON. */
export async function restoreHostStorage(dir: string): Promise<void> {
  for (const nsName of listDir(join(dir, CACHE_DIR))) {
    const cache = new Cache({ namespace: decodeURIComponent(nsName) });
    for (const keyName of listDir(join(dir, CACHE_DIR, nsName))) {
      cache.set(decodeURIComponent(keyName), readFileSync(join(dir, CACHE_DIR, nsName, keyName), "utf8"));
    }
  }
  let stored: Record<string, string | number | boolean> = {};
  try {
    stored = JSON.parse(readFileSync(join(dir, LOCAL_STORAGE_FILE), "utf8")) as typeof stored;
  } catch {
    // No LocalStorage dumped.
  }
  for (const [key, value] of Object.entries(stored)) await LocalStorage.setItem(key, value);
}

/** The path of a dumped Cache entry, for timing the disk read on its own. */
export function cacheFile(dir: string, namespace: string, key: string): string {
  return join(dir, CACHE_DIR, encodeURIComponent(namespace), encodeURIComponent(key));
}
