import { Cache } from "@raycast/api";
import type { z } from "zod";

/**
 * What the person confirmed, kept from a tool's confirmation to its run. Raycast runs the two one after the other with
 * the same input, but the person may take their time and 1Password may change meanwhile, so a tool that acts on
 * 1Password acts only if the plan it makes then is the one the person saw. Kept in Cache (names, IDs, settings:
 * metadata, never a value), since nothing says both run in the same worker; taken once, so a later call is confirmed
 * anew.
 */
export function confirmedPlans<S extends z.ZodType>(namespace: string, schema: S) {
  const store = () => new Cache({ namespace });
  const keyOf = (input: unknown) => JSON.stringify(input);
  return {
    remember(input: unknown, plan: z.output<S>): void {
      store().set(keyOf(input), JSON.stringify(plan));
    },
    take(input: unknown): z.output<S> | undefined {
      const cache = store();
      const raw = cache.get(keyOf(input));
      cache.remove(keyOf(input));
      if (raw === undefined) return undefined;
      try {
        const parsed = schema.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
