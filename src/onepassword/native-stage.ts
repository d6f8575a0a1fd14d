/**
 * Where in the SDK's trip to the desktop app a failure happened. The app's words are not a contract (a refused prompt
 * has no published wording), but the step that failed is: the SDK's bundle is patched (scripts/sdk-envelope-patch.js)
 * so that everything its native call throws carries the step, and the extension classifies by it first.
 *
 * This file is bundled into the SDK's bundle as well as into the commands, so the mark is a global symbol that both
 * copies share, and the file imports nothing.
 */

/** The library did not load (no app, or it failed to load); a client was being created; a call ran on a client. */
export type NativeStage = "load_library" | "init_client" | "invoke" | "release_client";

const STAGE = Symbol.for("1password-secrets.native-stage");
const STAGES: ReadonlySet<string> = new Set<NativeStage>(["load_library", "init_client", "invoke", "release_client"]);

/** Marks what the SDK threw with the step it was on and gives it back unchanged otherwise (the SDK's own class). */
export function markNativeStage(error: unknown, stage: string): unknown {
  if (typeof error === "object" && error !== null && !(STAGE in error)) {
    Object.defineProperty(error, STAGE, { value: stage, enumerable: false, configurable: true });
  }
  return error;
}

/** The step a failure happened at, when the SDK's native call threw it; undefined for anything else. */
export function nativeStageOf(error: unknown): NativeStage | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const stage = (error as { [STAGE]?: unknown })[STAGE];
  return typeof stage === "string" && STAGES.has(stage) ? (stage as NativeStage) : undefined;
}
