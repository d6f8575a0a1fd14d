import { Form, Icon, useNavigation } from "@raycast/api";
import { useForm } from "@raycast/utils";
import { useEffect } from "react";
import type { VaultSummary } from "../../lib/model";
import { findDuplicateTitle, vaultTitleError } from "../../lib/vault-title";
import { updateVault } from "../../onepassword/vaults";
import { type Optimistic, reopenOnFailure, runMutation } from "../shared/mutation";
import { quoted } from "../../domain/vault-words";
import { FormWithSubmit } from "../shared/FormWithSubmit";

export interface EditVaultFormProps {
  vault: VaultSummary;
  /** Titles of the account's other vaults, for the duplicate warning. */
  otherTitles: readonly string[];
  onSaved: (vault: VaultSummary) => void;
  /** The list shows the vault as saved while the save runs. */
  showWhileRunning?: (vault: VaultSummary) => Optimistic;
  /** What was typed, when the form opens again after a failed save. */
  typed?: Values;
  /** When this form leaves the screen. */
  onClosed?: () => void;
}

interface Values {
  title: string;
  description: string;
}

type Navigation = ReturnType<typeof useNavigation>;

/**
 * The form closes at once and the list shows the new title; if 1Password refuses, the list shows the old one again
 * and the form opens again with what was typed, its toast offering to try again.
 */
async function save(props: EditVaultFormProps, submitted: Values, navigation: Navigation): Promise<void> {
  const { vault } = props;
  const changes = { title: submitted.title.trim(), description: submitted.description };
  await runMutation({
    call: () => updateVault(vault.account, vault.id, changes),
    context: { operation: "Saving the vault", account: vault.account },
    optimistic: props.showWhileRunning?.({ ...vault, ...changes }),
    onSuccess: (updated) => {
      // The update's answer carries no dates: keep when it was created, it was updated just now.
      const { title, description, updatedAt } = updated;
      props.onSaved({ ...vault, title, description, updatedAt });
    },
    success: (updated) => ({ title: `Saved vault ${quoted(updated.title)}` }),
    ...reopenOnFailure(
      navigation,
      (onClosed) => <EditVaultForm {...props} typed={submitted} onClosed={onClosed} />,
      () => void save(props, submitted, navigation),
    ),
  });
}

/** Rename a vault and edit its description. A failed save brings the form back with what was typed. */
export function EditVaultForm(props: EditVaultFormProps) {
  const { vault, onClosed } = props;
  const navigation = useNavigation();
  useEffect(() => onClosed, [onClosed]);
  const { handleSubmit, itemProps, values } = useForm<Values>({
    initialValues: props.typed ?? { title: vault.title, description: vault.description },
    validation: { title: (title) => vaultTitleError(title ?? "") },
    onSubmit: (submitted) => {
      // Closing first also keeps a second ⌘↵ from saving twice: the form is gone.
      navigation.pop();
      void save(props, submitted, navigation);
    },
  });
  const duplicate = findDuplicateTitle(values.title, props.otherTitles);

  return (
    <FormWithSubmit
      navigationTitle={`Edit ${vault.title}`}
      submitTitle="Save Vault"
      submitIcon={Icon.Check}
      onSubmit={handleSubmit}
    >
      <Form.TextField
        title="Title"
        {...itemProps.title}
        info={
          duplicate ? `Another vault in this account is named ${quoted(duplicate)}. You can still use it.` : undefined
        }
      />
      <Form.TextArea title="Description" {...itemProps.description} />
    </FormWithSubmit>
  );
}
