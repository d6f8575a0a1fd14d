import { host } from "../state";

/** What kind of view remembers a value with `storeValue`. */
export type StoredValueKind = "dropdown" | "form";

/** Raycast keeps a `storeValue` dropdown's or form field's value per command, under the view's id. */
function storageKey(commandName: string, kind: StoredValueKind, id: unknown): string {
  return `${commandName}:${kind}:${String(id ?? "")}`;
}

export function hasStoredValue(commandName: string, kind: StoredValueKind, id: unknown): boolean {
  return host.internal.storedValues.has(storageKey(commandName, kind, id));
}

export function storedValue(commandName: string, kind: StoredValueKind, id: unknown): unknown {
  return host.internal.storedValues.get(storageKey(commandName, kind, id));
}

export function storeValue(commandName: string, kind: StoredValueKind, id: unknown, value: unknown): void {
  host.internal.storedValues.set(storageKey(commandName, kind, id), value);
}
