import { copyText } from "../clipboard/secure-clipboard";
import { formatEnvReferences, type EnvReferenceEntry } from "../components/items/env-references";
import { getEnvironmentVariables } from "../onepassword/environments";
import { answering, ToolInputError } from "./shared/errors";
import { findEnvironment } from "./shared/environments";
import { resolveTemplateItems, type Skipped } from "./shared/template-items";
import { toolPreferences } from "./shared/preferences";

type Input = {
  /**
   * The items to reference: each an item title (its main secret is used: password, credential, token) or an `op://`
   * reference from search-items (that exact field).
   */
  items?: string[];
  /** An Environment (name from list-environments) whose variable names to add, as names without values. */
  environment?: string;
  /** With `environment`: only these variables. Leave it out for all of them. */
  variables?: string[];
  /** The account, when several are configured and a title could be in more than one. */
  account?: string;
};

/**
 * Writes a `.env` template: one `NAME=op://…` line per item, the secret reference 1Password's CLI resolves at run time
 * (`op run --env-file`), so the file holds no secret. Environment variables have no reference, so they come as
 * names to fill in. Returns the text and copies it (it holds no value).
 */
export default async function tool(input: Input) {
  return answering(async () => {
    const preferences = toolPreferences();
    const requested = (input.items ?? []).map((entry) => entry.trim()).filter((entry) => entry !== "");
    if (requested.length === 0 && !input.environment?.trim()) {
      throw new ToolInputError(
        "Name the items (titles or op:// references) or the Environment to write a template for.",
      );
    }
    const skipped: Skipped[] = [];
    const entries: EnvReferenceEntry[] = [];
    if (requested.length > 0) {
      const resolved = await resolveTemplateItems(preferences, requested, input.account);
      entries.push(...resolved.entries);
      skipped.push(...resolved.skipped);
    }
    const sections: string[] = [];
    if (entries.length > 0) sections.push(formatEnvReferences(entries));
    if (input.environment?.trim()) sections.push(await variableLines(input, skipped));
    if (sections.length === 0) {
      throw new ToolInputError(
        `Nothing to write: ${skipped.map((entry) => `${entry.entry} (${entry.reason})`).join("; ")}.`,
      );
    }
    const template = `${sections.join("\n\n")}\n`;
    const lines = template.split("\n").filter((line) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(line)).length;
    await copyText(template, lines === 1 ? "1 line as .env" : `${lines} lines as .env`);
    return { template, copied: true, ...(skipped.length > 0 ? { skipped } : {}) };
  });
}

/** `NAME=` lines for an Environment's variables, under a comment that says where the values live. */
async function variableLines(input: Input, skipped: Skipped[]): Promise<string> {
  const environment = await findEnvironment(input.environment ?? "", input.account);
  const variables = await getEnvironmentVariables(environment.account, environment.id);
  const names = variables.map((variable) => variable.name);
  const wanted = (input.variables ?? []).map((name) => name.trim()).filter((name) => name !== "");
  const chosen =
    wanted.length === 0
      ? names
      : wanted.flatMap((name) => {
          const found = names.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
          if (!found) skipped.push({ entry: name, reason: `not a variable of “${environment.label}”` });
          return found ? [found] : [];
        });
  const header = `# From the 1Password Environment “${environment.label}” (${environment.id}): values are not written here.`;
  return [header, ...chosen.map((name) => `${name}=`)].join("\n");
}
