import { Form, Icon, useNavigation } from "@raycast/api";
import { useForm } from "@raycast/utils";
import type { RegisteredEnvironment } from "../../lib/model";
import { renameEnvironment } from "../../onepassword/registered-environments";
import { environmentLabelError } from "../../lib/environment-label";
import { runMutation } from "../shared/mutation";
import { FormWithSubmit } from "../shared/FormWithSubmit";

export interface RenameEnvironmentFormProps {
  environment: RegisteredEnvironment;
  onRenamed: () => void;
}

/** Renames an Environment in this list only; its name in 1Password is left alone. */
export function RenameEnvironmentForm(props: RenameEnvironmentFormProps) {
  const { environment, onRenamed } = props;
  const { pop } = useNavigation();
  // No `validation`: the label is checked on submit only, and typing clears its error, as before useForm.
  const { handleSubmit, itemProps, values, setValidationError } = useForm<{ label: string }>({
    initialValues: { label: environment.label },
    onSubmit: () => void submit(),
  });

  async function submit(): Promise<void> {
    const trimmed = values.label.trim();
    const problem = environmentLabelError(trimmed);
    if (problem) {
      setValidationError("label", problem);
      return;
    }
    await runMutation({
      call: () => renameEnvironment(environment, trimmed),
      context: { operation: "Renaming Environment", account: environment.account },
      success: () => ({ title: `Renamed to ${trimmed}` }),
    }).then((outcome) => {
      if (!outcome.ok) return;
      onRenamed();
      pop();
    });
  }

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
