import { Form, Icon, useNavigation } from "@raycast/api";
import { useForm } from "@raycast/utils";
import { useEffect } from "react";
import { useEnvironmentIdFromClipboard } from "../../hooks/useEnvironmentIdFromClipboard";
import { environmentError } from "../../onepassword/environments";
import { parseEnvironmentId } from "../../lib/environment-id";
import type { AccountRef, RegisteredEnvironment } from "../../lib/model";
import { addEnvironment } from "../../onepassword/registered-environments";
import { plural } from "../shared/batch-toast";
import { runMutation } from "../shared/mutation";
import { useSubmitGuard } from "../shared/useSubmitGuard";
import { environmentLabelError } from "../../lib/environment-label";
import { AccountField } from "../shared/AccountField";
import { FormWithSubmit } from "../shared/FormWithSubmit";

export const WHERE_TO_FIND_THE_ID =
  "In the 1Password app, open Developer › View Environments, choose Manage environment, then Copy environment ID.";

export interface AddEnvironmentFormProps {
  accounts: readonly AccountRef[];
  onAdded: (environment: RegisteredEnvironment) => void;
}

interface Values {
  id: string;
  label: string;
  account: AccountRef;
}

/** Errors that concern the id itself are shown on the ID field as well as in the toast. */
const ID_ERRORS = new Set(["Invalid Environment ID", "Already Added", "Environment Not Found"]);

/**
 * Registers an Environment: the id is checked for its shape here (no call), then addEnvironment fetches it once, so a
 * wrong id, missing access or a locked app is reported now, with its recovery, instead of later in the list.
 */
export function AddEnvironmentForm(props: AddEnvironmentFormProps) {
  const { accounts, onAdded } = props;
  const { pop } = useNavigation();
  const clipboardId = useEnvironmentIdFromClipboard();
  const { isLoading, guard } = useSubmitGuard();
  // No `validation`: the fields are checked on submit only, and typing clears a field's error, as before useForm.
  const { handleSubmit, itemProps, values, setValue, setValidationError } = useForm<Values>({
    initialValues: { id: "", label: "", account: accounts[0] ?? "" },
    onSubmit: () => void submit(),
  });

  useEffect(() => {
    // Offer the copied id, but never overwrite what the person already typed.
    if (clipboardId) setValue("id", (current) => (current === "" ? clipboardId : current));
  }, [clipboardId]);

  async function submit(): Promise<void> {
    const { id, label, account } = values;
    const parsed = parseEnvironmentId(id);
    const trimmedLabel = label.trim();
    setValidationError("id", parsed.ok ? undefined : parsed.error);
    const labelProblem = environmentLabelError(trimmedLabel);
    setValidationError("label", labelProblem);
    if (!parsed.ok || labelProblem) return;
    const context = { operation: "Adding Environment", account };
    await guard(() =>
      runMutation({
        progress: `Checking ${trimmedLabel}…`,
        call: () => addEnvironment({ id: parsed.value, label: trimmedLabel, account }),
        context,
        mapError: environmentError,
        onFailure: (mapped) => {
          if (ID_ERRORS.has(mapped.title)) setValidationError("id", mapped.hint);
        },
        retry: () => void submit(),
        onSuccess: (added) => {
          onAdded(added.environment);
          pop();
        },
        success: (added) => ({
          title: `Added ${added.environment.label}`,
          message: plural(added.variableCount, "variable"),
        }),
      }),
    );
  }

  return (
    <FormWithSubmit
      navigationTitle="Add Environment"
      isLoading={isLoading}
      submitTitle="Add Environment"
      submitIcon={Icon.Plus}
      onSubmit={handleSubmit}
    >
      <Form.Description
        text={`1Password cannot list Environments yet, so add the ones you use. ${WHERE_TO_FIND_THE_ID}`}
      />
      <Form.TextField
        title="Environment ID"
        placeholder="26 letters and digits"
        info={WHERE_TO_FIND_THE_ID}
        {...itemProps.id}
      />
      <Form.TextField title="Label" placeholder="Staging" {...itemProps.label} />
      <AccountField accounts={accounts} value={values.account} onChange={(next) => setValue("account", next)} />
    </FormWithSubmit>
  );
}
