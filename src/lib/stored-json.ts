import type { z } from "zod";

/**
 * Text the extension stored earlier (LocalStorage, Cache), parsed as JSON and checked against `schema`. Anything
 * else, absent, corrupt or of an older shape, is `undefined`: stored state is a convenience, never a reason to fail.
 */
export function parseStoredJson<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> | undefined {
  if (typeof raw !== "string") return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
