import { open, showToast, Toast } from "@raycast/api";
import type { CreateOutcome } from "../../domain/create-vaults";
import { quoted, vaultNoun } from "../../domain/vault-words";
import { vaultLink } from "../../domain/vault-link";

function failureWords(outcome: CreateOutcome): string[] {
  const words: string[] = [];
  if (outcome.failed.length > 0) {
    const named = outcome.failed.map(({ title, error }) => `${quoted(title)} (${error.title})`).join(", ");
    words.push(`Could not create ${named}.`);
    const first = outcome.failed[0];
    if (outcome.failed.length === 1 && first) words.push(first.error.hint);
  }
  if (outcome.grantFailures.some(({ error }) => error.kind === "unsupported")) {
    words.push("No group access was granted: group permissions need a 1Password Business or Teams account.");
  } else if (outcome.grantFailures.length > 0) {
    const named = outcome.grantFailures.map(({ vault, error }) => `${quoted(vault.title)} (${error.title})`);
    words.push(`Group access failed on ${[...new Set(named)].join(", ")}.`);
  }
  return words;
}

/**
 * The outcome of a create, as one toast: how many were created, every failure by title, and "Open Vault" when one
 * vault was created (the window stays open, so a toast can carry the follow-up a HUD cannot).
 */
export async function showCreateOutcome(outcome: CreateOutcome, total: number): Promise<Toast> {
  const done = outcome.created.length;
  const only = done === 1 ? outcome.created[0] : undefined;
  const problems = failureWords(outcome);
  let title: string;
  if (done === total) {
    title = only ? `Created vault ${quoted(only.title)}` : `Created ${done} ${vaultNoun(done)}`;
    if (outcome.grantFailures.length > 0) title += " without all group access";
  } else if (done === 0) {
    const first = outcome.failed[0];
    title = total === 1 && first ? `Could not create vault ${quoted(first.title)}` : `Could not create ${total} vaults`;
  } else {
    title = `Created ${done} of ${total} ${vaultNoun(total)}`;
  }
  return showToast({
    style: problems.length === 0 ? Toast.Style.Success : Toast.Style.Failure,
    title,
    message: problems.length === 0 ? undefined : problems.join(" "),
    primaryAction: only
      ? { title: "Open Vault", onAction: () => void open(vaultLink(only)) }
      : done > 1
        ? { title: "Open 1Password", onAction: () => void open("onepassword://") }
        : undefined,
  });
}
