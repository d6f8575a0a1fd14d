import { Form, Icon, useNavigation } from "@raycast/api";
import { useForm } from "@raycast/utils";
import { useEffect } from "react";
import type { RegisteredEnvironment } from "../../lib/model";
import { renameEnvironment } from "../../onepassword/registered-environments";
import { environmentLabelError } from "../../lib/environment-label";
import { type Optimistic, reopenOnFailure, runMutation } from "../shared/mutation";
import { FormWithSubmit } from "../shared/FormWithSubmit";

export interface RenameEnvironmentFormProps {
  environment: RegisteredEnvironment;
  /** Reads the saved list again; a failed read is reported like a failed rename. */
  onRenamed: () => Promise<void>;
  /** The list shows the new label while it is saved. */
  showWhileRunning?: (label: string) => Optimistic;
  /** What was typed, when the form opens again after a failed rename. */
  typed?: string;
  /** When this form leaves the screen. */
  onClosed?: () => void;
}

type Navigation = ReturnType<typeof useNavigation>;

/**
 * The form closes at once and the list shows the new label; if it cannot be saved, the list shows the old one again
 * and the form opens again with what was typed.
 */
async function rename(props: RenameEnvironmentFormProps, label: string, navigation: Navigation): Promise<void> {
  const { environment } = props;
  await runMutation({
    call: async () => {
      await renameEnvironment(environment, label);
      await props.onRenamed();
    },
    context: { operation: "Renaming Environment", account: environment.account },
    optimistic: props.showWhileRunning?.(label),
    success: () => ({ title: `Renamed to ${label}` }),
    ...reopenOnFailure(
      navigation,
      (onClosed) => <RenameEnvironmentForm {...props} typed={label} onClosed={onClosed} />,
      () => void rename(props, label, navigation),
    ),
  });
}

/** Renames an Environment in this list only; its name in 1Password is left alone. */
export function RenameEnvironmentForm(props: RenameEnvironmentFormProps) {
  const { environment, onClosed } = props;
  const navigation = useNavigation();
  useEffect(() => onClosed, [onClosed]);
  // No `validation`: the label is checked on submit only, and typing clears its error, as before useForm.
  const { handleSubmit, itemProps, values, setValidationError } = useForm<{ label: string }>({
    initialValues: { label: props.typed ?? environment.label },
    onSubmit: () => {
      const trimmed = values.label.trim();
      const problem = environmentLabelError(trimmed);
      if (problem) {
        setValidationError("label", problem);
        return;
      }
      // Closing first also keeps a second ⌘↵ from renaming twice: the form is gone.
      navigation.pop();
      void rename(props, trimmed, navigation);
    },
  });

  return (
    <FormWithSubmit
      navigationTitle={`Rename ${environment.label}`}
      submitTitle="Rename Environment"
      submitIcon={Icon.Pencil}
      onSubmit={handleSubmit}
    >
      <Form.TextField
        title="Label"
        info="The name shown in this list. The Environment keeps its name in 1Password."
        {...itemProps.label}
      />
    </FormWithSubmit>
  );
}
