/** A callback prop as Raycast calls it; props hold whatever the extension passed. */
export type Callback = (...args: unknown[]) => unknown;

/** The prop when it is a function, so Raycast's side can call it only when the extension gave one. */
export function callback(value: unknown): Callback | undefined {
  return typeof value === "function" ? (value as Callback) : undefined;
}
