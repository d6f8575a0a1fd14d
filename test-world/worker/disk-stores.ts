import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Raycast keeps a command's Cache as plain files on disk (one per key, read on every get, nothing held in the
 * worker's memory) and its LocalStorage outside the worker. The stores of a worker run live in one directory, in
 * the layout bench/lib/storage.ts uses, so that a later launch (a new worker) reads what an earlier one wrote:
 *
 *   <dir>/cache/<namespace>/<key>     one file per Cache entry (both parts encodeURIComponent'd)
 *   <dir>/local-storage.json          LocalStorage
 *   <dir>/stored-values.json          values a List.Dropdown or Form field kept with storeValue
 */

const CACHE_DIR = "cache";
export const LOCAL_STORAGE_FILE = "local-storage.json";
export const STORED_VALUES_FILE = "stored-values.json";

/** A directory of stores; pass it to the next run to launch warm. */
export interface PersistedStores {
  dir: string;
}

/** What a stores directory holds, read back into plain objects. */
export interface StoresContent {
  cache: Record<string, Record<string, string>>;
  localStorage: Record<string, string | number | boolean>;
}

export function createStores(): PersistedStores {
  return { dir: mkdtempSync(join(tmpdir(), "raycast-worker-stores-")) };
}

export function removeStores(stores: PersistedStores): void {
  rmSync(stores.dir, { recursive: true, force: true });
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function readJson(file: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export function readStores(stores: PersistedStores): StoresContent {
  const cache: StoresContent["cache"] = {};
  for (const ns of listDir(join(stores.dir, CACHE_DIR))) {
    const entries: Record<string, string> = {};
    for (const key of listDir(join(stores.dir, CACHE_DIR, ns))) {
      entries[decodeURIComponent(key)] = readFileSync(join(stores.dir, CACHE_DIR, ns, key), "utf8");
    }
    cache[decodeURIComponent(ns)] = entries;
  }
  return { cache, localStorage: readJson(join(stores.dir, LOCAL_STORAGE_FILE)) as StoresContent["localStorage"] };
}

/** One Cache namespace as files: a Map whose every operation goes to disk. */
class NamespaceFiles extends Map<string, string> {
  constructor(private readonly dir: string) {
    super();
  }

  private file(key: string): string {
    return join(this.dir, encodeURIComponent(key));
  }

  override get(key: string): string | undefined {
    try {
      return readFileSync(this.file(key), "utf8");
    } catch {
      return undefined;
    }
  }

  override has(key: string): boolean {
    return existsSync(this.file(key));
  }

  override set(key: string, value: string): this {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(this.file(key), value);
    return this;
  }

  override delete(key: string): boolean {
    const had = this.has(key);
    rmSync(this.file(key), { force: true });
    return had;
  }

  override clear(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  override get size(): number {
    return listDir(this.dir).length;
  }

  override *keys(): MapIterator<string> {
    for (const name of listDir(this.dir)) yield decodeURIComponent(name);
  }

  override *entries(): MapIterator<[string, string]> {
    for (const key of this.keys()) {
      const value = this.get(key);
      if (value !== undefined) yield [key, value];
    }
  }

  override *values(): MapIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  override [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  override forEach(fn: (value: string, key: string, map: Map<string, string>) => void): void {
    for (const [key, value] of this.entries()) fn(value, key, this);
  }
}

/** The host's `internal.cache` (namespace → entries) over a directory of namespaces. */
export class CacheFiles extends Map<string, Map<string, string>> {
  private readonly namespaces = new Map<string, NamespaceFiles>();

  constructor(private readonly dir: string) {
    super();
  }

  private namespace(ns: string): NamespaceFiles {
    let files = this.namespaces.get(ns);
    if (!files) {
      files = new NamespaceFiles(join(this.dir, encodeURIComponent(ns)));
      this.namespaces.set(ns, files);
    }
    return files;
  }

  override get(ns: string): Map<string, string> {
    return this.namespace(ns);
  }

  override has(): boolean {
    return true;
  }

  override set(ns: string, entries: Map<string, string>): this {
    const files = this.namespace(ns);
    if (entries !== files) for (const [key, value] of entries) files.set(key, value);
    return this;
  }

  override delete(ns: string): boolean {
    this.namespace(ns).clear();
    return true;
  }

  override clear(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  override *entries(): MapIterator<[string, Map<string, string>]> {
    for (const name of listDir(this.dir)) {
      const ns = decodeURIComponent(name);
      yield [ns, this.namespace(ns)];
    }
  }

  override [Symbol.iterator](): MapIterator<[string, Map<string, string>]> {
    return this.entries();
  }

  override get size(): number {
    return listDir(this.dir).length;
  }
}

/** A small Map kept in memory and written through to one JSON file (LocalStorage, stored values). */
export class JsonFileMap<V> extends Map<string, V> {
  constructor(private readonly file: string) {
    super();
    for (const [key, value] of Object.entries(readJson(file))) super.set(key, value as V);
  }

  private write(): void {
    writeFileSync(this.file, JSON.stringify(Object.fromEntries(super.entries())));
  }

  override set(key: string, value: V): this {
    super.set(key, value);
    this.write();
    return this;
  }

  override delete(key: string): boolean {
    const had = super.delete(key);
    this.write();
    return had;
  }

  override clear(): void {
    super.clear();
    this.write();
  }
}

export function cacheDir(stores: PersistedStores): string {
  return join(stores.dir, CACHE_DIR);
}
