import { LocalStorage } from "@raycast/api";
import { z } from "zod";
import { parseEnvironmentId } from "../lib/environment-id";
import { environmentLabelError } from "../lib/environment-label";
import type { AccountRef, RegisteredEnvironment } from "../lib/model";
import { getEnvironmentVariables } from "./environments";
import { errorOf, OnePasswordError } from "./errors";
import { parseStoredJson } from "../lib/stored-json";

/**
 * The SDK can fetch an Environment's variables but cannot list Environments, so the user registers the ones they
 * use, once. The list (id, label, account: no values) lives in LocalStorage, in the user's order.
 */
const STORAGE_KEY = "environments.registered";

const registeredSchema = z.array(
  z.object({ id: z.string().min(1), label: z.string().min(1), account: z.string().min(1) }),
);

export async function listRegisteredEnvironments(): Promise<RegisteredEnvironment[]> {
  return parseStoredJson(registeredSchema, await LocalStorage.getItem(STORAGE_KEY)) ?? [];
}

async function save(environments: readonly RegisteredEnvironment[]): Promise<void> {
  await LocalStorage.setItem(STORAGE_KEY, JSON.stringify(environments));
}

function sameEnvironment(a: Pick<RegisteredEnvironment, "id" | "account">, b: typeof a): boolean {
  return a.id === b.id && a.account === b.account;
}

function invalid(title: string, hint: string, account?: string): OnePasswordError {
  return errorOf("invalid-input", {
    title,
    hint,
    recovery: { kind: "retry", title: "Try Again" },
    context: { operation: "Adding Environment", account },
  });
}

export interface AddedEnvironment {
  environment: RegisteredEnvironment;
  variableCount: number;
}

/**
 * Registers an Environment after fetching it once, so a wrong id, missing access or a locked app is reported now,
 * in the form, rather than later in the list. The fetched values are counted and dropped.
 */
export async function addEnvironment(input: {
  id: string;
  label: string;
  account: AccountRef;
}): Promise<AddedEnvironment> {
  const parsedId = parseEnvironmentId(input.id);
  if (!parsedId.ok) throw invalid("Invalid Environment ID", parsedId.error, input.account);
  const id = parsedId.value;
  const label = input.label.trim();
  const labelProblem = environmentLabelError(label);
  if (labelProblem) throw invalid("Invalid Label", labelProblem, input.account);
  const existing = await listRegisteredEnvironments();
  if (existing.some((environment) => sameEnvironment(environment, { id, account: input.account }))) {
    throw invalid("Already Added", "This Environment is already in your list.", input.account);
  }
  let variableCount: number;
  try {
    variableCount = (await getEnvironmentVariables(input.account, id)).length;
  } catch (error) {
    if (error instanceof OnePasswordError && error.kind === "not-found") {
      throw errorOf("not-found", {
        title: "Environment Not Found",
        hint: `No Environment with this ID in ${input.account}. Copy the ID again from 1Password › Developer › Environments.`,
        context: error.context,
        causeMessage: error.causeMessage,
      });
    }
    if (error instanceof OnePasswordError && error.kind === "invalid-input") {
      throw invalid("Invalid Environment ID", "1Password did not accept this Environment ID.", input.account);
    }
    throw error;
  }
  const environment = { id, label, account: input.account };
  await save([...existing, environment]);
  return { environment, variableCount };
}

export async function renameEnvironment(target: Pick<RegisteredEnvironment, "id" | "account">, label: string) {
  const trimmed = label.trim();
  const labelProblem = environmentLabelError(trimmed);
  if (labelProblem) throw invalid("Invalid Label", labelProblem);
  const environments = await listRegisteredEnvironments();
  await save(environments.map((e) => (sameEnvironment(e, target) ? { ...e, label: trimmed } : e)));
}

export async function removeEnvironment(target: Pick<RegisteredEnvironment, "id" | "account">): Promise<void> {
  const environments = await listRegisteredEnvironments();
  await save(environments.filter((e) => !sameEnvironment(e, target)));
}

/** Moves an Environment one place up (-1) or down (+1) in the list. */
export async function moveEnvironment(
  target: Pick<RegisteredEnvironment, "id" | "account">,
  direction: -1 | 1,
): Promise<void> {
  const environments = await listRegisteredEnvironments();
  const from = environments.findIndex((e) => sameEnvironment(e, target));
  const to = from + direction;
  if (from < 0 || to < 0 || to >= environments.length) return;
  const next = [...environments];
  [next[from], next[to]] = [next[to] as RegisteredEnvironment, next[from] as RegisteredEnvironment];
  await save(next);
}
