import { Action, ActionPanel, Form, Icon, showToast, Toast, useNavigation } from "@raycast/api";
import { useState } from "react";
import type { RegisteredEnvironment } from "../../lib/model";
import { renameEnvironment } from "../../onepassword/registered-environments";
import { showFailure } from "../failure-toast";
import { environmentLabelError } from "../../lib/environment-label";

export interface RenameEnvironmentFormProps {
  environment: RegisteredEnvironment;
  onRenamed: () => void;
}

/** Renames an Environment in this list only; its name in 1Password is left alone. */
export function RenameEnvironmentForm(props: RenameEnvironmentFormProps) {
  const { environment, onRenamed } = props;
  const { pop } = useNavigation();
  const [label, setLabel] = useState(environment.label);
  const [error, setError] = useState<string>();

  async function submit(): Promise<void> {
    const trimmed = label.trim();
    const problem = environmentLabelError(trimmed);
    if (problem) {
      setError(problem);
      return;
    }
    try {
      await renameEnvironment(environment, trimmed);
      await showToast({ style: Toast.Style.Success, title: `Renamed to ${trimmed}` });
      onRenamed();
      pop();
    } catch (failure) {
      await showFailure(failure, { operation: "Renaming Environment", account: environment.account });
    }
  }

  return (
    <Form
      navigationTitle={`Rename ${environment.label}`}
      actions={
        <ActionPanel>
          <Action.SubmitForm title="Rename Environment" icon={Icon.Pencil} onSubmit={() => void submit()} />
        </ActionPanel>
      }
    >
      <Form.TextField
        id="label"
        title="Label"
        info="The name shown in this list. The Environment keeps its name in 1Password."
        value={label}
        error={error}
        onChange={(next) => {
          setLabel(next);
          if (error) setError(undefined);
        }}
      />
    </Form>
  );
}
