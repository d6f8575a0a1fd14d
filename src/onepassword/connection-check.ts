import { clientFor, connectFailure, forgetClient } from "./clients";
import { findDesktopLibrary } from "./desktop-library";
import { stageOf } from "./error-rules";
import { SETTING_NAMES } from "./error-words";
import { type OnePasswordError, type OnePasswordErrorKind, toOnePasswordError } from "./errors";
import { listVaults } from "./vaults";

/**
 * Check Connection: the steps between Raycast and one account's vaults, in the order they happen, each passed,
 * failed or not reached, so a person (or a support thread) sees which one broke and its fix. The steps creating a
 * client covers (the library loads, the app answers, the account is known, access is approved) are told apart by
 * where the failure happened, then by its words.
 */

export const CHECK_STEPS = [
  { id: "library-present", title: "1Password App Installed" },
  { id: "library-loads", title: "1Password's Library Loads" },
  { id: "app-answers", title: "1Password Answers (Integration On)" },
  { id: "account-known", title: "Account Known to 1Password" },
  { id: "access-approved", title: "Access Approved" },
  { id: "read-works", title: "Vaults Can Be Read" },
] as const;

export type CheckStepId = (typeof CHECK_STEPS)[number]["id"];
export type StepStatus = "waiting" | "running" | "passed" | "failed" | "not-reached";

/** What to do about a failed step: words, and the action that does it where there is one. */
export type FixAction = "open-setup-guide" | "open-1password" | "open-preferences" | "check-again";

export interface StepOutcome {
  id: CheckStepId;
  title: string;
  status: StepStatus;
  /** For a passed step: what was found (a path, a count); for a failed one: what happened. Never a value or a name. */
  detail?: string;
  /** For a failed step. */
  fix?: string;
  fixAction?: FixAction;
  errorKind?: OnePasswordErrorKind;
}

export interface AccountCheck {
  account: string;
  steps: StepOutcome[];
  /** The library path found (for the report). */
  libraryPath?: string;
}

const FIXES: { readonly [S in CheckStepId]: { fix: string; fixAction: FixAction } } = {
  "library-present": {
    fix: "Install the 1Password desktop app (version 8) from 1password.com and sign in.",
    fixAction: "open-setup-guide",
  },
  "library-loads": {
    fix: "Update 1Password to its latest version and restart it; then quit and reopen Raycast.",
    fixAction: "open-setup-guide",
  },
  "app-answers": {
    fix: `Open and unlock 1Password, then turn on Settings › Developer › ${SETTING_NAMES}.`,
    fixAction: "open-1password",
  },
  "account-known": {
    fix: "Type the account's name exactly as 1Password shows it at the top left of the app, or its UUID, in the extension's preferences.",
    fixAction: "open-preferences",
  },
  "access-approved": {
    fix: 'Check Again and approve "1Password Access Requested" in 1Password (it may open behind other windows). If no prompt shows, unlock 1Password and check that the account name in the preferences is the one 1Password shows.',
    fixAction: "check-again",
  },
  "read-works": {
    fix: "Check Again. If it keeps failing, copy the report and share it with the extension's maintainers.",
    fixAction: "check-again",
  },
};

export function initialSteps(): StepOutcome[] {
  return CHECK_STEPS.map((step) => ({ id: step.id, title: step.title, status: "waiting" }));
}

/** The step that creating a client failed at. */
function connectStepOf(cause: unknown, error: OnePasswordError): CheckStepId {
  if (stageOf(cause, "connect") === "load" || error.kind === "app-not-found") return "library-loads";
  switch (error.kind) {
    case "integration-disabled":
    case "app-restarted":
    case "unexpected":
      return "app-answers";
    case "account-not-found":
      return "account-known";
    default:
      return "access-approved";
  }
}

/** Steps up to `failed` passed, `failed` failed with its fix, the rest not reached. */
function settle(
  failed: CheckStepId | undefined,
  error?: OnePasswordError,
  details: Partial<Record<CheckStepId, string>> = {},
) {
  const failedAt = failed === undefined ? CHECK_STEPS.length : CHECK_STEPS.findIndex((step) => step.id === failed);
  return CHECK_STEPS.map((step, index): StepOutcome => {
    if (index < failedAt) return { id: step.id, title: step.title, status: "passed", detail: details[step.id] };
    if (index > failedAt) return { id: step.id, title: step.title, status: "not-reached" };
    const fix = FIXES[step.id];
    const fixText = error?.kind === "app-restarted" ? error.hint : fix.fix;
    return {
      id: step.id,
      title: step.title,
      status: "failed",
      detail: error?.title,
      errorKind: error?.kind,
      ...fix,
      fix: fixText,
    };
  });
}

/**
 * Runs the steps for one account, reporting each change. It creates a fresh client (which may show the prompt), so
 * what it says is about the connection as it is now, not a client made earlier.
 */
export async function checkAccount(account: string, onProgress: (steps: StepOutcome[]) => void): Promise<AccountCheck> {
  const libraryPath = findDesktopLibrary();
  if (!libraryPath) {
    const steps = settle("library-present", undefined);
    onProgress(steps);
    return { account, steps };
  }
  const found = { "library-present": "Found" };
  const running = (ids: readonly CheckStepId[]) =>
    CHECK_STEPS.map((step, index): StepOutcome => {
      if (index === 0) return { id: step.id, title: step.title, status: "passed", detail: found["library-present"] };
      return { id: step.id, title: step.title, status: ids.includes(step.id) ? "running" : "waiting" };
    });
  onProgress(running(["library-loads", "app-answers", "account-known", "access-approved"]));
  forgetClient(account);
  try {
    await clientFor(account);
  } catch (cause) {
    const error = connectFailure(cause, { operation: "Checking the connection", account });
    const steps = settle(connectStepOf(cause, error), error, found);
    onProgress(steps);
    return { account, steps, libraryPath };
  }
  const connected = settle("read-works", undefined, found).map((step) =>
    step.id === "read-works" ? { ...step, status: "running" as const, fix: undefined, fixAction: undefined } : step,
  );
  onProgress(connected);
  try {
    const vaults = await listVaults(account);
    const steps = settle(undefined, undefined, {
      ...found,
      "read-works": vaults.length === 1 ? "1 vault" : `${vaults.length} vaults`,
    });
    onProgress(steps);
    return { account, steps, libraryPath };
  } catch (cause) {
    const error = toOnePasswordError(cause, { operation: "Checking the connection", account });
    const steps = settle("read-works", error, found);
    onProgress(steps);
    return { account, steps, libraryPath };
  }
}
