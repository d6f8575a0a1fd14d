import { Form, Icon, useNavigation } from "@raycast/api";
import { useForm } from "@raycast/utils";
import type { VaultSummary } from "../../lib/model";
import { findDuplicateTitle, vaultTitleError } from "../../lib/vault-title";
import { updateVault } from "../../onepassword/vaults";
import { runMutation } from "../shared/mutation";
import { useSubmitGuard } from "../shared/useSubmitGuard";
import { quoted } from "../../domain/vault-words";
import { FormWithSubmit } from "../shared/FormWithSubmit";

export interface EditVaultFormProps {
  vault: VaultSummary;
  /** Titles of the account's other vaults, for the duplicate warning. */
  otherTitles: readonly string[];
  onSaved: (vault: VaultSummary) => void;
}

interface Values {
  title: string;
  description: string;
}

/** Rename a vault and edit its description. A failed save keeps the form and what was typed. */
export function EditVaultForm(props: EditVaultFormProps) {
  const { vault } = props;
  const { pop } = useNavigation();
  const { isLoading, guard } = useSubmitGuard();
  const { handleSubmit, itemProps, values } = useForm<Values>({
    initialValues: { title: vault.title, description: vault.description },
    validation: { title: (title) => vaultTitleError(title ?? "") },
    onSubmit: (submitted) => {
      void guard(() =>
        runMutation({
          call: () =>
            updateVault(vault.account, vault.id, {
              title: submitted.title.trim(),
              description: submitted.description,
            }),
          context: { operation: "Saving the vault", account: vault.account },
          onSuccess: (updated) => {
            // The update's answer carries no dates: keep when it was created, it was updated just now.
            const { title, description, updatedAt } = updated;
            props.onSaved({ ...vault, title, description, updatedAt });
            pop();
          },
          success: (updated) => ({ title: `Saved vault ${quoted(updated.title)}` }),
          retry: () => void handleSubmit(submitted),
        }),
      );
    },
  });
  const duplicate = findDuplicateTitle(values.title, props.otherTitles);

  return (
    <FormWithSubmit
      navigationTitle={`Edit ${vault.title}`}
      isLoading={isLoading}
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
