import type { Tool } from "@raycast/api";
import { createVaults } from "../domain/create-vaults";
import { findDuplicateTitle, VaultTitleSchema } from "../lib/vault-title";
import { answering, ToolInputError } from "./shared/errors";
import { accountVaults, noteVaultCreated } from "./shared/known-items";
import { oneAccount, toolPreferences } from "./shared/preferences";
import { quoted, safeNames } from "./shared/describe";

type Input = {
  /** The new vault's title, at most 100 characters on one line. */
  title: string;
  /** What the vault is for, shown under its title in 1Password. */
  description?: string;
  /** Whether the account's administrators can manage the vault. Default true, as in 1Password. */
  allowAdminsAccess?: boolean;
  /** The account to create it in, by the name configured in the extension; needed when several are configured. */
  account?: string;
};

interface Plan {
  account: string;
  title: string;
  description: string;
  allowAdminsAccess: boolean;
}

function planOf(input: Input): Plan {
  const account = oneAccount(toolPreferences(), input.account);
  const title = VaultTitleSchema.safeParse(input.title ?? "");
  if (!title.success) throw new ToolInputError(`Vault title: ${title.error.issues[0]?.message ?? "not valid."}`);
  const description = (input.description ?? "").trim();
  return { account, title: title.data, description, allowAdminsAccess: input.allowAdminsAccess ?? true };
}

export const confirmation: Tool.Confirmation<Input> = async (input) => {
  const planned = await answering(async () => planOf(input));
  // A vault of the same title is allowed by 1Password; the person should know before making a second one.
  const existing = await accountVaults(planned.account).catch(() => []);
  const duplicate = findDuplicateTitle(
    planned.title,
    existing.map((vault) => vault.title),
  );
  // The title and description are the model's words, the existing title anyone's: all shown safely.
  const plan = safeNames(planned);
  return {
    message: `Create the vault “${plan.title}” in ${plan.account}?`,
    info: [
      { name: "Title", value: plan.title },
      { name: "Description", value: plan.description || undefined },
      { name: "Account", value: plan.account },
      { name: "Administrators", value: plan.allowAdminsAccess ? "Can manage it" : "No access" },
      {
        name: "Note",
        value: duplicate ? `A vault titled ${quoted(duplicate)} already exists; this makes a second one.` : undefined,
      },
    ],
  };
};

/**
 * Creates one 1Password vault, after the person confirms. If 1Password's answer is lost, it checks whether the vault
 * was made before saying it failed, so asking again never makes two. Answers with the vault's title, ID and account.
 */
export default async function tool(input: Input) {
  return answering(async () => {
    const plan = planOf(input);
    const outcome = await createVaults({
      account: plan.account,
      titles: [plan.title],
      description: plan.description,
      allowAdminsAccess: plan.allowAdminsAccess,
    });
    const vault = outcome.created[0];
    if (!vault) {
      const failure = outcome.failed[0];
      if (outcome.inDoubt.length > 0) {
        throw new ToolInputError(
          `1Password did not confirm whether ${quoted(plan.title)} was created. Check the vaults in Manage Vaults before asking again.`,
        );
      }
      throw failure?.error ?? new ToolInputError(`${quoted(plan.title)} was not created.`);
    }
    noteVaultCreated(vault);
    return { created: safeNames({ title: vault.title, id: vault.id, account: vault.account }) };
  });
}
