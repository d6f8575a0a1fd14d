import { showToast, Toast } from "@raycast/api";
import { copyText } from "../../clipboard/secure-clipboard";
import type { AccountRef } from "../../lib/model";
import type { VaultFailure } from "../../onepassword/metadata-index";

export interface VaultFailureReport {
  /** "Couldn't Load “Finance”" or "Couldn't Load 2 Vaults" */
  title: string;
  /** The vaults by name, why each failed, and (for one cause) what to do. */
  message: string;
  /** For "Copy Error Details": kinds, vault names and accounts, nothing secret. */
  details: string;
}

/**
 * The words for vaults a refresh could not read. Vaults that failed the same way are named together, so ten vaults
 * with one permission problem read as one sentence. The account is named only when several are configured.
 */
export function describeVaultFailures(
  failures: ReadonlyMap<AccountRef, readonly VaultFailure[]>,
  nameAccounts: boolean,
): VaultFailureReport | undefined {
  const all = [...failures].flatMap(([account, list]) => list.map((failure) => ({ account, failure })));
  const first = all[0];
  if (!first) return undefined;
  const nameOf = (account: AccountRef, failure: VaultFailure) =>
    nameAccounts ? `“${failure.vaultTitle}” (${account})` : `“${failure.vaultTitle}”`;
  const byCause = new Map<string, string[]>();
  for (const { account, failure } of all) {
    byCause.set(failure.error.title, [...(byCause.get(failure.error.title) ?? []), nameOf(account, failure)]);
  }
  const title =
    all.length === 1 ? `Couldn't Load ${nameOf(first.account, first.failure)}` : `Couldn't Load ${all.length} Vaults`;
  let message: string;
  if (byCause.size === 1) {
    const names = all.length === 1 ? "" : `${all.map(({ account, failure }) => nameOf(account, failure)).join(", ")}: `;
    message = `${names}${first.failure.error.title}. ${first.failure.error.hint}`;
  } else {
    message = [...byCause].map(([cause, names]) => `${names.join(", ")}: ${cause}.`).join(" ");
  }
  const details = all
    .map(({ account, failure }) =>
      [`Error: ${failure.error.kind}`, `While: Loading “${failure.vaultTitle}”`, `Account: ${account}`].join("\n"),
    )
    .join("\n\n");
  return { title, message, details };
}

/** One toast for a refresh's unreadable vaults: Try Again refreshes; the rows of the other vaults stay. */
export async function showVaultFailures(report: VaultFailureReport, retry: () => void): Promise<Toast> {
  return showToast({
    style: Toast.Style.Failure,
    title: report.title,
    message: report.message,
    primaryAction: {
      title: "Try Again",
      onAction: (toast) => {
        // A refresh that still fails shows a new toast; one that works should not leave this one standing.
        void toast.hide();
        retry();
      },
    },
    secondaryAction: { title: "Copy Error Details", onAction: () => void copyText(report.details, "error details") },
  });
}
