import { Action, ActionPanel, Icon, List } from "@raycast/api";
import { copyText } from "../../clipboard/secure-clipboard";
import type { AccountRef } from "../../lib/model";
import type { VaultFailure } from "../../onepassword/metadata-index";
import { describeVaultFailures } from "./vault-failures";
import { CheckConnectionAction } from "../shared/CheckConnectionAction";

/** No rows at all because every vault failed: the same words as the toast, where they stay. */
export function VaultFailuresEmptyView(props: {
  failures: Map<AccountRef, readonly VaultFailure[]>;
  nameAccounts: boolean;
  retry: () => void;
}) {
  const report = describeVaultFailures(props.failures, props.nameAccounts);
  if (!report) return null;
  return (
    <List.EmptyView
      icon={Icon.ExclamationMark}
      title={report.title}
      description={report.message}
      actions={
        <ActionPanel>
          <Action title="Try Again" icon={Icon.ArrowClockwise} onAction={props.retry} />
          <CheckConnectionAction />
          <Action
            title="Copy Error Details"
            icon={Icon.Clipboard}
            onAction={() => void copyText(report.details, "error details")}
          />
        </ActionPanel>
      }
    />
  );
}
