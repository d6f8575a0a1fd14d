import { showToast, Toast } from "@raycast/api";
import { copySecret, pasteSecret, type SecretClipboardOptions } from "../../clipboard/secure-clipboard";
import { formatDotenv, formatEnvLine } from "../../lib/dotenv";
import type { EnvVariable, FormattedEnvironment, RejectedVariable } from "../../lib/env-variable";
import { formatJsonEnv } from "../../lib/json-env";
import type { RegisteredEnvironment } from "../../lib/model";
import type { Preferences } from "../../lib/preferences";
import { formatShellExports } from "../../lib/shell";
import { environmentError } from "../../onepassword/environments";
import { showFailure } from "../shared/failure-toast";
import { plural } from "../shared/batch-toast";
import { fetchVariable, fetchVariables } from "./live-variables";

/**
 * Every secret-bearing action of Search Environments: fetch live, format, hand to copySecret/pasteSecret. Feedback
 * names what was copied ("value of API_KEY", "Staging as .env") and never quotes a value.
 */

export type EnvironmentFormat = "dotenv" | "shell" | "json";

interface Format {
  /** In running text: "Staging as shell exports". */
  noun: string;
  /** In a title: "Cannot Copy as Shell Exports". */
  title: string;
  format: (variables: EnvVariable[]) => FormattedEnvironment;
}

const FORMATS: Record<EnvironmentFormat, Format> = {
  dotenv: { noun: ".env", title: ".env", format: (variables) => formatDotenv(variables) },
  shell: { noun: "shell exports", title: "Shell Exports", format: (variables) => formatShellExports(variables) },
  json: { noun: "JSON", title: "JSON", format: (variables) => formatJsonEnv(variables) },
};

/** `kind` is what the clear record and the clear's HUD say: never the variable's or the Environment's name. */
function clipboardOptions(preferences: Preferences, kind: string): SecretClipboardOptions {
  return {
    clearAfterSeconds: preferences.clearAfterSeconds,
    closeWindowAfterCopy: preferences.closeWindowAfterCopy,
    kind,
  };
}

/** Runs an action; a failure becomes a toast with the error's recovery (and "Try Again" runs the action again). */
async function guarded(operation: string, account: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    const context = { operation, account };
    await showFailure(environmentError(error, context), context, () => void guarded(operation, account, run));
  }
}

export function copyValue(environment: RegisteredEnvironment, name: string, preferences: Preferences) {
  return guarded("Copying value", environment.account, async () => {
    const { value } = await fetchVariable(environment, name);
    await copySecret(value, `value of ${name}`, clipboardOptions(preferences, "a variable value"));
  });
}

export function pasteValue(environment: RegisteredEnvironment, name: string, preferences: Preferences) {
  return guarded("Pasting value", environment.account, async () => {
    const { value } = await fetchVariable(environment, name);
    await pasteSecret(value, `value of ${name}`, clipboardOptions(preferences, "a variable value"));
  });
}

export function copyLine(environment: RegisteredEnvironment, name: string, preferences: Preferences) {
  return guarded("Copying variable", environment.account, async () => {
    const { value } = await fetchVariable(environment, name);
    const line = formatEnvLine(name, value);
    if (!line.ok) {
      await showToast({ style: Toast.Style.Failure, title: "Cannot Copy as .env Line", message: line.error });
      return;
    }
    await copySecret(line.value, `${name}=…`, clipboardOptions(preferences, "a variable"));
  });
}

/** "1BAD (Not a shell variable name…), FOO-BAR (…) and 2 more": names and reasons, never values. */
export function describeRejected(rejected: readonly RejectedVariable[], limit = 3): string {
  const shown = rejected.slice(0, limit).map(({ name, reason }) => `${name} (${reason.replace(/\.$/, "")})`);
  const more = rejected.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}

async function refuse(title: string, message: string): Promise<void> {
  await showToast({ style: Toast.Style.Failure, title, message });
}

/** Formats and copies variables; what the format cannot carry is left out and named in the toast. */
async function copyFormatted(
  variables: EnvVariable[],
  format: EnvironmentFormat,
  label: string,
  preferences: Preferences,
): Promise<void> {
  const { noun, title, format: formatter } = FORMATS[format];
  if (variables.length === 0) {
    await refuse("Nothing to Copy", "There are no variables to copy.");
    return;
  }
  const { text, rejected } = formatter(variables);
  if (rejected.length === variables.length) {
    await refuse(`Cannot Copy as ${title}`, `No variable can be written this way: ${describeRejected(rejected)}.`);
    return;
  }
  const options = clipboardOptions(preferences, "an Environment's variables");
  if (rejected.length === 0) {
    await copySecret(text, `${label} as ${noun}`, options);
    return;
  }
  // Keep the window open so the person reads what was left out.
  const delivery = await copySecret(text, `${label} as ${noun}`, { ...options, closeWindowAfterCopy: false });
  const kept = variables.length - rejected.length;
  const clears = `${delivery.clearWords.charAt(0).toUpperCase()}${delivery.clearWords.slice(1)}.`;
  await showToast({
    style: Toast.Style.Failure,
    title: `Copied ${kept} of ${plural(variables.length, "Variable")} as ${title}`,
    message: `Left out ${rejected.length}: ${describeRejected(rejected)}. ${clears}`,
  });
}

export function copyEnvironment(
  environment: RegisteredEnvironment,
  format: EnvironmentFormat,
  preferences: Preferences,
) {
  return guarded("Copying Environment", environment.account, async () => {
    const variables = await fetchVariables(environment);
    await copyFormatted(variables, format, environment.label, preferences);
  });
}

/** The selected variables of one or more Environments, in list order, as one .env text. */
export async function copySelectedAsDotenv(
  picks: readonly { environment: RegisteredEnvironment; names: ReadonlySet<string> }[],
  preferences: Preferences,
): Promise<void> {
  const first = picks[0];
  if (!first) return;
  const count = picks.reduce((sum, pick) => sum + pick.names.size, 0);
  await guarded("Copying selected variables", first.environment.account, async () => {
    const fetched = await Promise.all(picks.map((pick) => fetchVariables(pick.environment)));
    const variables = picks.flatMap((pick, index) =>
      (fetched[index] ?? []).filter((variable) => pick.names.has(variable.name)),
    );
    await copyFormatted(variables, "dotenv", plural(count, "selected variable"), preferences);
  });
}
