import * as path from "node:path";
import { currentCommand, haltIfEnded } from "../context";
import { pausePoint } from "../pause";
import type { LocalStorageValue } from "../records";
import { host } from "../state";

function checkValue(key: string, value: unknown): LocalStorageValue {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  throw new TypeError(`@raycast/api stand-in: LocalStorage.setItem("${key}") takes a string, number or boolean`);
}

/** The stand-in `LocalStorage`: asynchronous, in memory, shared by all commands of the extension. */
export const LocalStorage = {
  async getItem<T extends LocalStorageValue>(key: string): Promise<T | undefined> {
    await haltIfEnded();
    await pausePoint("LocalStorage.getItem", currentCommand().commandName);
    return host.internal.localStorage.get(key) as T | undefined;
  },
  async setItem(key: string, value: LocalStorageValue): Promise<void> {
    await haltIfEnded();
    await pausePoint("LocalStorage.setItem", currentCommand().commandName);
    host.internal.localStorage.set(key, checkValue(key, value));
  },
  async removeItem(key: string): Promise<void> {
    await haltIfEnded();
    await pausePoint("LocalStorage.removeItem", currentCommand().commandName);
    host.internal.localStorage.delete(key);
  },
  async allItems(): Promise<Record<string, LocalStorageValue>> {
    await haltIfEnded();
    await pausePoint("LocalStorage.allItems", currentCommand().commandName);
    return Object.fromEntries(host.internal.localStorage);
  },
  async clear(): Promise<void> {
    await haltIfEnded();
    host.internal.localStorage.clear();
  },
};

type Subscriber = (key: string | undefined, data: string | undefined) => void;

/**
 * The stand-in `Cache`: instances with the same namespace share one in-memory store (Raycast shares the files on
 * disk); subscribers belong to an instance, as in Raycast. Capacity is recorded, not enforced.
 */
export class Cache {
  static get STORAGE_DIRECTORY_NAME(): string {
    return "com.raycast.api.cache";
  }
  static get DEFAULT_CAPACITY(): number {
    return 10 * 1024 * 1024;
  }

  private readonly namespace: string;
  readonly capacity: number;
  private readonly subscribers = new Set<Subscriber>();

  constructor(options?: { namespace?: string; directory?: string; capacity?: number }) {
    this.namespace = options?.namespace ?? "";
    this.capacity = options?.capacity ?? Cache.DEFAULT_CAPACITY;
    // Raycast's methods work detached (@raycast/utils passes `cache.subscribe` to useSyncExternalStore).
    this.get = this.get.bind(this);
    this.has = this.has.bind(this);
    this.set = this.set.bind(this);
    this.remove = this.remove.bind(this);
    this.clear = this.clear.bind(this);
    this.subscribe = this.subscribe.bind(this);
  }

  private get storage(): Map<string, string> {
    let storage = host.internal.cache.get(this.namespace);
    if (!storage) {
      storage = new Map();
      host.internal.cache.set(this.namespace, storage);
    }
    return storage;
  }

  get storageDirectory(): string {
    return path.join(host.supportPath, Cache.STORAGE_DIRECTORY_NAME, this.namespace);
  }

  get(key: string): string | undefined {
    return this.storage.get(key);
  }

  has(key: string): boolean {
    return this.storage.has(key);
  }

  get isEmpty(): boolean {
    return this.storage.size === 0;
  }

  set(key: string, data: string): void {
    if (typeof data !== "string") throw new TypeError(`@raycast/api stand-in: Cache.set("${key}") takes a string`);
    this.storage.set(key, data);
    this.notify(key, data);
  }

  remove(key: string): boolean {
    const removed = this.storage.delete(key);
    this.notify(key, undefined);
    return removed;
  }

  clear(options?: { notifySubscribers: boolean }): void {
    this.storage.clear();
    if (options?.notifySubscribers ?? true) this.notify(undefined, undefined);
  }

  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    return () => {
      this.subscribers.delete(subscriber);
    };
  }

  private notify(key: string | undefined, data: string | undefined): void {
    for (const subscriber of [...this.subscribers]) subscriber(key, data);
  }
}
