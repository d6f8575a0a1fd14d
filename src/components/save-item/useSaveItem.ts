import { showToast, Toast } from "@raycast/api";
import { useRef, useState, type Dispatch, type SetStateAction } from "react";
import { copyText } from "../../clipboard/secure-clipboard";
import type { ItemSummary, VaultSummary } from "../../lib/model";
import type { OnePasswordError } from "../../onepassword/errors";
import { toSummary, type ItemDraft, type SaveCategory } from "../../onepassword/new-item";
import { runMutation } from "../shared/mutation";
import { useSubmitGuard } from "../shared/useSubmitGuard";
import { quoted } from "../../domain/vault-words";
import { itemTitleError, notesError, parseTags, secretError } from "../../domain/draft-validation";
import { sameDraft, saveDraft } from "../../domain/save-draft";
import { newItemReference, savedWords } from "./saved-toast";
import { targetKey, type SaveTargets } from "./useSaveTargets";

/** What the form holds; `secret` is a value and lives only here, in memory. */
export interface FormState {
  title: string;
  secret: string;
  category: SaveCategory;
  /** `targetKey` of the chosen vault. */
  vaultKey: string;
  username: string;
  website: string;
  credentialType: string;
  notes: string;
  tags: string;
}

export interface FormErrors {
  title?: string;
  secret?: string;
  notes?: string;
  vault?: string;
}

export interface SaveItem {
  submit: () => Promise<void>;
  submitting: boolean;
  errors: FormErrors;
  setErrors: Dispatch<SetStateAction<FormErrors>>;
}

/** The vault stopped taking items (access changed) or is gone: say which, and let the person pick another. */
function isVaultProblem(error: OnePasswordError): boolean {
  return error.kind === "permission-denied" || error.kind === "not-found";
}

/**
 * Submitting Save Item: validate, one `items.create` (checked before any retry, so nothing is saved twice), the
 * success toast with the reference, and each failure in words with the values kept in the form.
 */
export function useSaveItem(options: {
  state: FormState;
  targets: SaveTargets;
  onSaved: (item: ItemSummary) => void;
}): SaveItem {
  const [errors, setErrors] = useState<FormErrors>({});
  const { isLoading: submitting, guard, running } = useSubmitGuard();
  // Not state: it changes no pixel, and a submit must read what the previous one left.
  const doubt = useRef<ItemDraft | undefined>(undefined);
  const latest = useRef(options);
  latest.current = options;

  async function submit(): Promise<void> {
    if (running()) return;
    const { state, targets } = latest.current;
    const vault = targets.vaults.find((candidate) => targetKey(candidate) === state.vaultKey);
    const found: FormErrors = {
      title: itemTitleError(state.title),
      secret: secretError(state.category, state.secret),
      notes: notesError(state.category, state.notes),
      vault: vault ? undefined : "Choose a vault you can save items in.",
    };
    // No vault because none could be listed: submitting again is asking to try again.
    if (!vault && targets.errors.size > 0) {
      targets.revalidate();
      found.vault = "Loading vaults again…";
    }
    setErrors(found);
    if (found.title || found.secret || found.notes || found.vault || !vault) return;

    const draft: ItemDraft = {
      account: vault.account,
      vaultId: vault.id,
      vaultTitle: vault.title,
      category: state.category,
      title: state.title.trim(),
      secret: state.category === "SecureNote" ? "" : state.secret,
      username: state.category === "ApiCredentials" || state.category === "Login" ? state.username : "",
      website: state.category === "Login" ? state.website : "",
      credentialType: state.category === "ApiCredentials" ? state.credentialType : "",
      notes: state.notes,
      tags: parseTags(state.tags),
    };
    const inDoubt = doubt.current !== undefined && sameDraft(doubt.current, draft);
    let failed: { error: OnePasswordError; inDoubt: boolean } | undefined;
    await guard(() =>
      runMutation({
        progress: `Saving ${quoted(draft.title)}…`,
        call: async () => {
          const outcome = await saveDraft(draft, inDoubt);
          if (outcome.kind === "saved") return outcome;
          failed = outcome;
          throw outcome.error;
        },
        context: { operation: `Saving "${draft.title}"`, account: draft.account },
        onSuccess: (outcome) => {
          doubt.current = undefined;
          const item = toSummary(draft, outcome.details);
          targets.remember(vault);
          latest.current.onSaved(item);
        },
        success: (outcome) => {
          const item = toSummary(draft, outcome.details);
          return savedWords(item, newItemReference(item, draft.category, targets.vaults), outcome.found);
        },
        onFailure: (error) => {
          doubt.current = failed?.inDoubt ? draft : undefined;
          if (isVaultProblem(error)) return saidVaultRefused(error, vault, targets);
          if (failed?.inDoubt) return saidMayHaveSaved(error, draft.title);
        },
        retry: () => void submit(),
      }),
    );
  }

  async function saidVaultRefused(error: OnePasswordError, vault: VaultSummary, targets: SaveTargets): Promise<true> {
    targets.refuse(vault);
    setErrors((previous) => ({
      ...previous,
      vault: `${quoted(vault.title)} does not take new items: check the vault chosen now.`,
    }));
    await showToast({
      style: Toast.Style.Failure,
      title: `Could Not Save in ${quoted(vault.title)}`,
      message:
        error.kind === "not-found"
          ? "The vault is gone. Choose another vault; everything you typed is still in the form."
          : "You cannot add items to this vault (any more). Choose another vault; everything you typed is still in the form.",
      primaryAction: { title: "Copy Error Details", onAction: () => void copyText(error.details(), "error details") },
    });
    return true;
  }

  async function saidMayHaveSaved(error: OnePasswordError, title: string): Promise<true> {
    await showToast({
      style: Toast.Style.Failure,
      title: error.title,
      message: `1Password may have saved ${quoted(title)} anyway. Saving again checks first, so it is never saved twice.`,
      primaryAction: { title: "Try Again", onAction: () => void submit() },
      secondaryAction: { title: "Copy Error Details", onAction: () => void copyText(error.details(), "error details") },
    });
    return true;
  }

  return { submit, submitting, errors, setErrors };
}
