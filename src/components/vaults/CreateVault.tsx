import { Icon, List, PopToRootType, showHUD } from "@raycast/api";
import { useEffect, useRef, useState } from "react";
import type { Preferences } from "../../lib/preferences";
import { vaultTitleError } from "../../lib/vault-title";
import { MetadataIndex } from "../../onepassword/metadata-index";
import { createVault } from "../../onepassword/vaults";
import { showFailure } from "../failure-toast";
import { CreateVaultForm } from "./CreateVaultForm";
import { quoted } from "./vault-words";

export interface CreateVaultProps {
  preferences: Preferences;
  /** The command's `title` argument: when filled, the vault is created at once. */
  title?: string;
}

/** Create Vault: at once from the argument, else the form. */
export function CreateVault(props: CreateVaultProps) {
  const title = props.title?.trim() ?? "";
  if (title === "") return <CreateVaultForm preferences={props.preferences} />;
  return <QuickCreateVault preferences={props.preferences} title={title} />;
}

/**
 * Creates the vault in the first configured account and closes the window with a HUD. A HUD cannot carry actions
 * and the window is gone by then, so there is no "Open" follow-up here; the form's success toast has one. When the
 * title is not valid or the create fails, the form opens with the title filled in, so nothing typed is lost.
 */
function QuickCreateVault(props: { preferences: Preferences; title: string }) {
  const { preferences, title } = props;
  const account = preferences.accounts[0] ?? "";
  const invalid = vaultTitleError(title);
  const [failed, setFailed] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    if (invalid || started.current) return;
    started.current = true;
    createVault(account, { title })
      .then(async (vault) => {
        new MetadataIndex().applyVaultChanges(account, { upserted: [vault] });
        await showHUD(`Created vault ${quoted(vault.title)}`, { popToRootType: PopToRootType.Immediate });
      })
      .catch(async (error: unknown) => {
        setFailed(true);
        await showFailure(error, { operation: `Creating vault "${title}"`, account });
      });
  }, []);

  if (invalid || failed) return <CreateVaultForm preferences={preferences} initialTitle={title} />;
  return (
    <List isLoading navigationTitle="Create Vault">
      <List.EmptyView icon={Icon.PlusCircle} title={`Creating ${quoted(title)}…`} description={`In ${account}`} />
    </List>
  );
}
