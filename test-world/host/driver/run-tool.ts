import { captureConsole } from "../console-capture";
import { isExtensionPreference, preferenceValues, runInCommand, type CommandContext } from "../context";
import { LaunchType } from "../enums";
import { manifest, manifestTool } from "../repo";
import { host } from "../state";
import type { ToolConfirmationView, ToolRunRecord } from "../tool-records";

/** A tool file as `ray build` writes it (dist/tools/<name>.js) or its source module: a default export, maybe a confirmation. */
export interface ToolModule {
  default: unknown;
  confirmation?: unknown;
}

export interface RunToolOptions {
  /** Extension preference values the user set (tools have no preferences of their own). */
  preferences?: Record<string, unknown>;
}

/** How a tool call ended: declined by the person, answered, or failed with an error the model is shown. */
export type ToolOutcome =
  | { kind: "declined"; confirmation: ToolConfirmationView }
  | { kind: "answered"; confirmation?: ToolConfirmationView; result: unknown }
  | { kind: "failed"; confirmation?: ToolConfirmationView; error: string };

function requireExtensionPreferences(toolName: string): void {
  const values = preferenceValues(toolName);
  const missing = (manifest().preferences ?? [])
    .filter((preference) => preference.required)
    .filter((preference) => values[preference.name] === undefined || values[preference.name] === "")
    .map((preference) => preference.name);
  if (missing.length > 0) {
    throw new Error(`Raycast would ask for required preferences before running the tool ${toolName}: ${missing}`);
  }
}

async function nextAnswer(toolName: string): Promise<boolean> {
  const answer = host.internal.toolAnswers.shift();
  if (answer === undefined) {
    throw new Error(
      `@raycast/api stand-in: the tool ${toolName} asked for a confirmation nobody answered (host.answerToolConfirmations)`,
    );
  }
  return typeof answer === "function" ? await answer() : answer;
}

/** The confirmation as the person sees it: Raycast leaves out an info entry whose value is undefined. */
function displayed(confirmation: ToolConfirmationView): ToolConfirmationView {
  if (!confirmation.info) return confirmation;
  return { ...confirmation, info: confirmation.info.filter((entry) => entry.value !== undefined) };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Calls a tool as Raycast AI does: the tool must be declared in the manifest's `tools`; its `confirmation` (when it
 * exports one) runs first with the same input, and a non-undefined answer is shown to the person, who confirms or
 * cancels (host.answerToolConfirmations); the tool runs only when confirmed. Like a no-view command, it runs in its
 * own context (environment.commandName is the tool's name, launchType UserInitiated: a person asked for it) with the
 * console captured. Every call is recorded in host.toolRuns.
 */
export async function runTool(
  module: ToolModule,
  toolName: string,
  input: unknown,
  options: RunToolOptions = {},
): Promise<ToolOutcome> {
  if (!manifestTool(toolName))
    throw new Error(`Raycast AI would not call ${toolName}: it is not in the manifest's tools`);
  const run = module.default;
  if (typeof run !== "function") throw new Error(`@raycast/api stand-in: the tool ${toolName} has no default export`);
  for (const [name, value] of Object.entries(options.preferences ?? {})) {
    if (!isExtensionPreference(name)) throw new Error(`"${name}" is not an extension preference`);
    host.extensionPreferences[name] = value;
  }
  requireExtensionPreferences(toolName);
  const context: CommandContext = {
    commandName: toolName,
    commandMode: "no-view",
    launchType: LaunchType.UserInitiated,
  };
  const record: ToolRunRecord = { tool: toolName, input };
  host.toolRuns.push(record);
  const release = captureConsole();
  try {
    if (typeof module.confirmation === "function") {
      let confirmation: ToolConfirmationView | undefined;
      try {
        confirmation = (await runInCommand(context, () => (module.confirmation as (i: unknown) => unknown)(input))) as
          ToolConfirmationView | undefined;
      } catch (error) {
        record.error = messageOf(error);
        return { kind: "failed", error: record.error };
      }
      if (confirmation !== undefined) {
        confirmation = displayed(confirmation);
        record.confirmation = confirmation;
        record.confirmed = await nextAnswer(toolName);
        if (!record.confirmed) return { kind: "declined", confirmation };
      }
    }
    try {
      const result: unknown = await runInCommand(context, () => (run as (i: unknown) => unknown)(input));
      // What reaches the model is the serialised answer: anything JSON cannot carry does not reach it either.
      record.result = result === undefined ? undefined : JSON.parse(JSON.stringify(result));
      return { kind: "answered", confirmation: record.confirmation, result: record.result };
    } catch (error) {
      record.error = messageOf(error);
      return { kind: "failed", confirmation: record.confirmation, error: record.error };
    }
  } finally {
    release();
  }
}
