import { ActionPanel, Icon, List } from "@raycast/api";
import type { RegisteredEnvironment } from "../../lib/model";
import type { OnePasswordError } from "../../onepassword/errors";
import { ErrorActions } from "../shared/ErrorActions";
import { type EnvironmentScreen, ManageSection, WholeEnvironmentSection } from "./EnvironmentActions";

export type EnvironmentStatus = { kind: "loading" } | { kind: "empty" } | { kind: "failed"; error: OnePasswordError };

/**
 * The single row an Environment shows when it has no variables to list: still loading, empty, or failed (with the
 * error's recovery first). The row keeps the Environment's own actions, so it can be renamed or removed.
 */
export function StatusItem(props: {
  screen: EnvironmentScreen;
  environment: RegisteredEnvironment;
  status: EnvironmentStatus;
  onRetry: () => void;
}) {
  const { screen, environment, status, onRetry } = props;
  const id = `status:${environment.id}:${environment.account}`;
  if (status.kind === "failed") {
    return (
      <List.Item
        id={id}
        title={status.error.title}
        subtitle={status.error.hint}
        icon={Icon.Warning}
        actions={
          <ActionPanel>
            <ActionPanel.Section>
              <ErrorActions error={status.error} onRetry={onRetry} />
            </ActionPanel.Section>
            <ManageSection screen={screen} environment={environment} />
          </ActionPanel>
        }
      />
    );
  }
  return (
    <List.Item
      id={id}
      title={status.kind === "loading" ? "Loading Variables…" : "No Variables"}
      subtitle={status.kind === "empty" ? "This Environment has no variables yet." : undefined}
      icon={status.kind === "loading" ? Icon.CircleProgress : Icon.Info}
      actions={
        <ActionPanel>
          <ManageSection screen={screen} environment={environment} />
          <WholeEnvironmentSection screen={screen} environment={environment} />
        </ActionPanel>
      }
    />
  );
}
