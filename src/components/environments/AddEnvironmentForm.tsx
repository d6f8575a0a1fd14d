import { Action, ActionPanel, Form, Icon, showToast, Toast, useNavigation } from "@raycast/api";
import { useEffect, useState } from "react";
import { useEnvironmentIdFromClipboard } from "../../hooks/useEnvironmentIdFromClipboard";
import { environmentError } from "../../onepassword/environments";
import { parseEnvironmentId } from "../../lib/environment-id";
import type { AccountRef, RegisteredEnvironment } from "../../lib/model";
import { addEnvironment } from "../../onepassword/registered-environments";
import { plural } from "../batch-toast";
import { showFailure } from "../failure-toast";
import { environmentLabelError } from "../../lib/environment-label";
import { AccountField } from "../AccountField";

export const WHERE_TO_FIND_THE_ID =
  "In the 1Password app, open Developer › View Environments, choose Manage environment, then Copy environment ID.";

export interface AddEnvironmentFormProps {
  accounts: readonly AccountRef[];
  onAdded: (environment: RegisteredEnvironment) => void;
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
  const [id, setId] = useState("");
  const [label, setLabel] = useState("");
  const [account, setAccount] = useState<AccountRef>(accounts[0] ?? "");
  const [idError, setIdError] = useState<string>();
  const [labelError, setLabelError] = useState<string>();
  const [isLoading, setIsLoading] = useState(false);

  useEffect(() => {
    // Offer the copied id, but never overwrite what the person already typed.
    if (clipboardId) setId((current) => (current === "" ? clipboardId : current));
  }, [clipboardId]);

  async function submit(): Promise<void> {
    const parsed = parseEnvironmentId(id);
    const trimmedLabel = label.trim();
    setIdError(parsed.ok ? undefined : parsed.error);
    const labelProblem = environmentLabelError(trimmedLabel);
    setLabelError(labelProblem);
    if (!parsed.ok || labelProblem) return;
    setIsLoading(true);
    const toast = await showToast({ style: Toast.Style.Animated, title: `Checking ${trimmedLabel}…` });
    try {
      const added = await addEnvironment({ id: parsed.value, label: trimmedLabel, account });
      toast.style = Toast.Style.Success;
      toast.title = `Added ${added.environment.label}`;
      toast.message = plural(added.variableCount, "variable");
      onAdded(added.environment);
      pop();
    } catch (error) {
      const context = { operation: "Adding Environment", account };
      const mapped = environmentError(error, context);
      if (ID_ERRORS.has(mapped.title)) setIdError(mapped.hint);
      await showFailure(mapped, context, () => void submit());
    } finally {
      setIsLoading(false);
    }
  }

  return (
    <Form
      navigationTitle="Add Environment"
      isLoading={isLoading}
      actions={
        <ActionPanel>
          <Action.SubmitForm title="Add Environment" icon={Icon.Plus} onSubmit={() => void submit()} />
        </ActionPanel>
      }
    >
      <Form.Description
        text={`1Password cannot list Environments yet, so add the ones you use. ${WHERE_TO_FIND_THE_ID}`}
      />
      <Form.TextField
        id="id"
        title="Environment ID"
        placeholder="26 letters and digits"
        info={WHERE_TO_FIND_THE_ID}
        value={id}
        error={idError}
        onChange={(next) => {
          setId(next);
          if (idError) setIdError(undefined);
        }}
      />
      <Form.TextField
        id="label"
        title="Label"
        placeholder="Staging"
        value={label}
        error={labelError}
        onChange={(next) => {
          setLabel(next);
          if (labelError) setLabelError(undefined);
        }}
      />
      <AccountField accounts={accounts} value={account} onChange={setAccount} />
    </Form>
  );
}
