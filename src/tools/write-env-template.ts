import { formatEnvReferences, type EnvReferenceEntry } from "../domain/env-references";
import { dotenvNameProblem } from "../lib/dotenv";
import { formatEachOnce } from "../lib/env-variable";
import { fail, ok } from "../lib/result";
import { getEnvironmentVariables } from "../onepassword/environments";
import { answering, ToolInputError } from "./shared/errors";
import { findEnvironment } from "./shared/environments";
import { type TemplateSection, writeTemplate } from "./shared/env-template";
import { resolveTemplateItems, type Skipped } from "./shared/template-items";
import { toolPreferences } from "./shared/preferences";
import { safeName } from "../lib/one-line-text";
import { quoted } from "./shared/describe";

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
 * names to fill in; a name a `.env` file cannot hold is left out and said so. Returns the text for the person to copy
 * from the chat: the clipboard is theirs, and a template is nothing they need in a hurry.
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
    const sections: TemplateSection[] = [];
    if (entries.length > 0) sections.push({ lines: formatEnvReferences(entries).split("\n") });
    if (input.environment?.trim()) sections.push(await variableSection(input, skipped));
    if (sections.length === 0) {
      throw new ToolInputError(
        `Nothing to write: ${skipped.map((entry) => `${safeName(entry.entry)} (${entry.reason})`).join("; ")}.`,
      );
    }
    // An entry is the model's words or a variable's name; the reasons quote names already made safe.
    const left = skipped.map((entry) => ({ entry: safeName(entry.entry), reason: entry.reason }));
    return { template: writeTemplate(sections), ...(left.length > 0 ? { skipped: left } : {}) };
  });
}

/**
 * `NAME=` lines for an Environment's variables, under a comment that says where the values live. A name is written
 * only if the `.env` copies of Search Environments would write it (once, and one dotenv reads as that name).
 */
async function variableSection(input: Input, skipped: Skipped[]): Promise<TemplateSection> {
  const environment = await findEnvironment(input.environment ?? "", input.account);
  const variables = await getEnvironmentVariables(environment.account, environment.id);
  const names = variables.map((variable) => variable.name);
  const wanted = (input.variables ?? []).map((name) => name.trim()).filter((name) => name !== "");
  const chosen =
    wanted.length === 0
      ? names
      : wanted.flatMap((name) => {
          const found = names.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
          if (!found) skipped.push({ entry: name, reason: `not a variable of ${quoted(environment.label)}` });
          return found ? [found] : [];
        });
  // The values stay behind: only names go to the formatter.
  const { lines, rejected } = formatEachOnce(
    chosen.map((name) => ({ name, value: "" })),
    (name) => {
      const problem = dotenvNameProblem(name);
      return problem ? fail(problem) : ok(`${name}=`);
    },
  );
  skipped.push(...rejected.map((entry) => ({ entry: entry.name, reason: entry.reason })));
  const comment = `# From the 1Password Environment ${quoted(environment.label)} (${environment.id}): values are not written here.`;
  return { comment, lines };
}
