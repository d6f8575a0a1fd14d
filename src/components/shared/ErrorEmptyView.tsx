import { ActionPanel, Icon, List } from "@raycast/api";
import type { OnePasswordError } from "../../onepassword/errors";
import { ErrorActions } from "./ErrorActions";

/** A list with nothing to show because 1Password failed: what happened, and the way out on ↵. */
export function ErrorEmptyView(props: { error: OnePasswordError; onRetry: () => void }) {
  return (
    <List.EmptyView
      icon={Icon.Warning}
      title={props.error.title}
      description={props.error.hint}
      actions={
        <ActionPanel>
          <ErrorActions error={props.error} onRetry={props.onRetry} />
        </ActionPanel>
      }
    />
  );
}
