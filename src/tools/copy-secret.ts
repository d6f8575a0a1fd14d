import type { Tool } from "@raycast/api";
import { copySecret } from "../clipboard/secure-clipboard";
import { getEnvironmentVariables } from "../onepassword/environments";
import { isOnePasswordError } from "../onepassword/errors";
import { resolveSecretReference } from "../onepassword/secrets";
import { answering, ToolInputError } from "./shared/errors";
import { findEnvironment } from "./shared/environments";
import { describeReference, locateReference } from "./shared/locate";
import { clearsIn, toolClipboardOptions, toolPreferences } from "./shared/preferences";

type Input = {
  /** The `op://` secret reference of the field to copy, exactly as search-items returned it. */
  reference?: string;
  /** Instead of a reference: the Environment (name from list-environments) whose variable to copy. */
  environment?: string;
  /** With `environment`: the variable's name, as list-variables shows it. */
  variable?: string;
  /** The account, when several are configured and the reference or Environment does not say which. */
  account?: string;
};

type Target =
  | { kind: "field"; account: string; reference: string; item: string; field: string; vault: string }
  | { kind: "variable"; account: string; environment: string; environmentId: string; variable: string };

async function targetOf(input: Input): Promise<Target> {
  const preferences = toolPreferences();
  const reference = input.reference?.trim();
  if (reference) {
    if (input.environment || input.variable) {
      throw new ToolInputError("Give either a reference or an Environment and a variable, not both.");
    }
    const located = await locateReference(preferences, reference, input.account);
    return { kind: "field", account: located.account, reference, ...describeReference(located) };
  }
  if (input.environment?.trim() && input.variable?.trim()) {
    const environment = await findEnvironment(input.environment, input.account);
    return {
      kind: "variable",
      account: environment.account,
      environment: environment.label,
      environmentId: environment.id,
      variable: input.variable.trim(),
    };
  }
  throw new ToolInputError(
    "Give the op:// reference of a field (from search-items), or an Environment and a variable name (from list-variables).",
  );
}

/** Resolves the reference; a reference that names nothing is said so in words, with the reference (never a value). */
async function resolveReference(account: string, reference: string): Promise<string> {
  try {
    return await resolveSecretReference(account, reference);
  } catch (error) {
    // The core reports an unresolvable reference in its own words, which the error taxonomy has no kind for.
    if (isOnePasswordError(error) && /resolving secret reference/i.test(error.causeMessage ?? "")) {
      throw new ToolInputError(`Not Found. 1Password has no field at ${reference}. Use a reference from search-items.`);
    }
    throw error;
  }
}

export const confirmation: Tool.Confirmation<Input> = async (input) => {
  const target = await answering(() => targetOf(input));
  const when = clearsIn(toolPreferences());
  if (target.kind === "field") {
    return {
      message: `Copy the ${target.field} of “${target.item}” to the clipboard?`,
      info: [
        { name: "Item", value: target.item },
        { name: "Field", value: target.field },
        { name: "Vault", value: target.vault },
        { name: "Account", value: target.account },
        { name: "Clipboard Clears", value: when },
      ],
    };
  }
  return {
    message: `Copy the value of ${target.variable} from “${target.environment}” to the clipboard?`,
    info: [
      { name: "Environment", value: target.environment },
      { name: "Variable", value: target.variable },
      { name: "Account", value: target.account },
      { name: "Clipboard Clears", value: when },
    ],
  };
};

/**
 * Puts one secret on the clipboard for the person: a field's value by its `op://` reference, or an Environment
 * variable's value. The copy is concealed (kept out of clipboard history) and cleared after the person's delay. It
 * answers only what was copied and when it clears: the value never reaches the conversation. Use it whenever the
 * person wants to see, use or paste a secret.
 */
export default async function tool(input: Input) {
  return answering(async () => {
    const preferences = toolPreferences();
    const target = await targetOf(input);
    let value: string;
    let what: string;
    if (target.kind === "field") {
      value = await resolveReference(target.account, target.reference);
      what = `${target.field} of “${target.item}”`;
    } else {
      const variables = await getEnvironmentVariables(target.account, target.environmentId);
      const variable =
        variables.find((candidate) => candidate.name === target.variable) ??
        variables.find((candidate) => candidate.name.toLowerCase() === target.variable.toLowerCase());
      if (!variable) {
        const names = variables.map((candidate) => candidate.name).join(", ");
        throw new ToolInputError(
          `“${target.environment}” has no variable ${target.variable}. Its variables: ${names}.`,
        );
      }
      value = variable.value;
      what = `value of ${variable.name}`;
    }
    if (value === "") throw new ToolInputError(`The ${what} is empty: there is nothing to copy.`);
    await copySecret(value, what, toolClipboardOptions(preferences));
    return { copied: what, concealed: true, clears: clearsIn(preferences) };
  });
}
