import { Action, ActionPanel, Form, Icon, showToast, Toast, useNavigation } from "@raycast/api";
import { useRef, useState } from "react";
import type { VaultSummary } from "../../lib/model";
import { findDuplicateTitle, vaultTitleError } from "../../lib/vault-title";
import { updateVault } from "../../onepassword/vaults";
import { showFailure } from "../failure-toast";
import { quoted } from "./vault-words";

export interface EditVaultFormProps {
  vault: VaultSummary;
  /** Titles of the account's other vaults, for the duplicate warning. */
  otherTitles: readonly string[];
  onSaved: (vault: VaultSummary) => void;
}

/** Rename a vault and edit its description. A failed save keeps the form and what was typed. */
export function EditVaultForm(props: EditVaultFormProps) {
  const { vault } = props;
  const { pop } = useNavigation();
  const [title, setTitle] = useState(vault.title);
  const [description, setDescription] = useState(vault.description);
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const busy = useRef(false);
  const duplicate = findDuplicateTitle(title, props.otherTitles);

  async function save() {
    if (busy.current) return;
    const problem = vaultTitleError(title);
    setError(problem);
    if (problem) return;
    busy.current = true;
    setSaving(true);
    try {
      const updated = await updateVault(vault.account, vault.id, { title: title.trim(), description });
      // The update's answer carries no dates: keep when it was created, it was updated just now.
      props.onSaved({ ...vault, title: updated.title, description: updated.description, updatedAt: updated.updatedAt });
      pop();
      await showToast({ style: Toast.Style.Success, title: `Saved vault ${quoted(updated.title)}` });
    } catch (failure) {
      await showFailure(failure, { operation: "Saving the vault", account: vault.account }, () => void save());
    } finally {
      busy.current = false;
      setSaving(false);
    }
  }

  return (
    <Form
      navigationTitle={`Edit ${vault.title}`}
      isLoading={saving}
      actions={
        <ActionPanel>
          <Action.SubmitForm title="Save Vault" icon={Icon.Check} onSubmit={() => void save()} />
        </ActionPanel>
      }
    >
      <Form.TextField
        id="title"
        title="Title"
        value={title}
        error={error}
        info={
          duplicate ? `Another vault in this account is named ${quoted(duplicate)}. You can still use it.` : undefined
        }
        onChange={(value) => {
          setTitle(value);
          if (error) setError(vaultTitleError(value));
        }}
        onBlur={() => setError(vaultTitleError(title))}
      />
      <Form.TextArea id="description" title="Description" value={description} onChange={setDescription} />
    </Form>
  );
}
