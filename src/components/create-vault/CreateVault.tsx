import { Icon, List, PopToRootType, showHUD } from "@raycast/api";
import { useEffect, useRef, useState } from "react";
import type { VaultSummary } from "../../lib/model";
import type { Preferences } from "../../lib/preferences";
import { vaultTitleError } from "../../lib/vault-title";
import { mayHaveBeenCarriedOut, toOnePasswordError } from "../../onepassword/errors";
import { MetadataIndex } from "../../onepassword/metadata-index";
import { createVault, listVaults } from "../../onepassword/vaults";
import { showFailure } from "../shared/failure-toast";
import { findCreatedVault, type VaultsInDoubt } from "../../domain/create-vaults";
import { CreateVaultForm } from "./CreateVaultForm";
import { quoted } from "../../domain/vault-words";

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
 * title is not valid or the create fails, the form opens with the title filled in, so nothing typed is lost. A create
 * whose answer was lost is checked against the vaults the index knew before it, so the form's retry cannot make a
 * second vault.
 */
function QuickCreateVault(props: { preferences: Preferences; title: string }) {
  const { preferences, title } = props;
  const account = preferences.accounts[0] ?? "";
  const invalid = vaultTitleError(title);
  const [failed, setFailed] = useState(false);
  const [doubt, setDoubt] = useState<VaultsInDoubt | undefined>();
  const started = useRef(false);

  useEffect(() => {
    if (invalid || started.current) return;
    started.current = true;
    const index = new MetadataIndex();
    const operation = `Creating vault "${title}"`;
    let knownVaultIds: string[] | undefined;
    const created = async (vault: VaultSummary) => {
      index.applyVaultChanges(account, { upserted: [vault] });
      await showHUD(`Created vault ${quoted(vault.title)}`, { popToRootType: PopToRootType.Immediate });
    };
    // The vaults known before the create, to check a lost answer against: the index's (no call), else listed. A
    // listing that fails ends here: the create would meet the same lock, denial or missing app, with a second prompt.
    baseline(index, account)
      .then((ids) => {
        knownVaultIds = ids;
        return createVault(account, { title });
      })
      .then(created)
      .catch(async (error: unknown) => {
        const mapped = toOnePasswordError(error, { operation, account });
        if (knownVaultIds && mayHaveBeenCarriedOut(mapped)) {
          const found = await findCreatedVault(account, title, new Set(knownVaultIds)).catch(() => undefined);
          if (found) return created(found);
          setDoubt({ account, titles: [title], knownVaultIds });
        }
        setFailed(true);
        await showFailure(mapped, { operation, account });
      });
  }, []);

  if (invalid || failed) return <CreateVaultForm preferences={preferences} initialTitle={title} initialDoubt={doubt} />;
  return (
    <List isLoading navigationTitle="Create Vault">
      <List.EmptyView icon={Icon.PlusCircle} title={`Creating ${quoted(title)}…`} description={`In ${account}`} />
    </List>
  );
}

async function baseline(index: MetadataIndex, account: string): Promise<string[]> {
  const cached = index.readVaults(account);
  if (cached) return cached.map((vault) => vault.id);
  return (await listVaults(account)).map((vault) => vault.id);
}
