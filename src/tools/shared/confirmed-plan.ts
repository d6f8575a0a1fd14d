import { Cache } from "@raycast/api";
import type { z } from "zod";
import { ToolInputError } from "./errors";

/**
 * What the person confirmed, kept from a tool's confirmation to its run. Raycast runs the two one after the other with
 * the same input, but the person may take their time and 1Password may change meanwhile, so a tool that acts on
 * 1Password acts only if the plan it makes then is the one the person saw. Kept in Cache (names, IDs, settings:
 * metadata, never a value), since nothing says both run in the same worker; taken once, so a later call is confirmed
 * anew.
 */
export interface ConfirmedPlanWords {
  /** What the tool did not do: "Nothing was changed". */
  nothingDone: string;
  /** What the person confirmed: "this change", "this link". */
  confirmedThing: string;
}

export interface ConfirmedPlanRules<P, S extends z.ZodType> {
  /** Cache namespace. */
  namespace: string;
  /** What is kept of a plan: what the confirmation showed, parsed when read back. */
  schema: S;
  snapshotOf: (plan: P) => z.output<S>;
  /** What differs between the confirmed snapshot and the fresh one, in words; empty when they are the same. */
  changesSince: (confirmed: z.output<S>, fresh: z.output<S>) => string[];
  words: ConfirmedPlanWords;
}

export function confirmedPlans<P, S extends z.ZodType>({
  namespace,
  schema,
  snapshotOf,
  changesSince,
  words,
}: ConfirmedPlanRules<P, S>) {
  const store = () => new Cache({ namespace });
  const keyOf = (input: unknown) => JSON.stringify(input);
  const take = (input: unknown): z.output<S> | undefined => {
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
  };
  return {
    /** Keeps the plan the confirmation shows, under the input the tool will be called with. */
    remember(input: unknown, plan: P): void {
      store().set(keyOf(input), JSON.stringify(snapshotOf(plan)));
    },
    /** Throws, in words, unless `fresh` is the plan the person confirmed for this input. */
    check(input: unknown, plan: P): void {
      const seen = take(input);
      if (!seen) {
        throw new ToolInputError(
          `${words.nothingDone}: the person's confirmation of ${words.confirmedThing} was not found. Ask again.`,
        );
      }
      const changes = changesSince(seen, snapshotOf(plan));
      if (changes.length > 0) {
        throw new ToolInputError(
          `${words.nothingDone}: since the person confirmed, ${changes.join("; ")}. Ask again to confirm ${words.confirmedThing.replace(/^this /, "the ")} as it stands now.`,
        );
      }
    },
  };
}
