import { Action, ActionPanel, Form, Icon, showToast, Toast, useNavigation } from "@raycast/api";
import { useEffect, useRef, useState } from "react";
import type { ItemSummary } from "../../lib/model";
import { MetadataIndex } from "../../onepassword/metadata-index";
import type { Preferences } from "../../lib/preferences";
import type { SaveCategory } from "../../onepassword/new-item";
import { itemTitleError, notesError, secretError, secretLabel } from "../../domain/draft-validation";
import { SaveItemFields } from "./SaveItemFields";
import { SHORTCUTS } from "./shortcuts";
import { suggestionFor, useClipboardPick } from "./useClipboardPick";
import { useSaveItem, type FormState } from "./useSaveItem";
import { targetKey, useSaveTargets } from "./useSaveTargets";
import { generateWithLastRecipe } from "../../domain/recipe-store";
import { useRefreshFailureToast } from "../shared/useRefreshFailureToast";
import { replaceSecretFromClipboard } from "../shared/replace-secret-flow";
import { useExistingItem } from "./useExistingItem";

export interface SaveItemFormProps {
  preferences: Preferences;
  /** A title to start with (the command's argument, a search that found nothing). */
  initialTitle?: string;
  /** A value to save (a generated password): the clipboard is then not read. */
  initialSecret?: string;
  initialCategory?: SaveCategory;
  /**
   * Called with the new item, instead of the form writing the cached index itself: a Search Secrets launch puts it
   * into its own index (which writes the cache) so the list shows it at once. The form then pops back.
   */
  onSaved?: (item: ItemSummary) => void;
  /** Pushed from another screen: go back there after a save (with `onSaved`, always). */
  pushed?: boolean;
}

const EMPTY: FormState = {
  title: "",
  secret: "",
  category: "ApiCredentials",
  vaultKey: "",
  username: "",
  website: "",
  credentialType: "",
  notes: "",
  tags: "",
};

/**
 * Save Item: opens ready to save the token on the clipboard (masked, provider guessed from its shape), or a login,
 * password or note, into a vault that takes new items. Nothing typed is lost on a failure (the form stays, with every
 * value); no value is persisted anywhere (no drafts, no stored values: the form holds a secret).
 * Not `useForm`: the fields rewrite each other (a clipboard pick sets category, title and type; the category decides
 * which fields exist; the vault list arrives late), which its fixed initial values and per-field validation do not fit.
 */
export function SaveItemForm(props: SaveItemFormProps) {
  const { pop } = useNavigation();
  const targets = useSaveTargets(props.preferences.accounts);
  const clipboard = useClipboardPick(props.initialSecret === undefined);
  const [state, setState] = useState<FormState>(() => ({
    ...EMPTY,
    title: props.initialTitle?.trim() ?? "",
    secret: props.initialSecret ?? "",
    category: props.initialCategory ?? "ApiCredentials",
  }));
  const touchedSecret = useRef(false);
  // Vaults that could not be listed: a toast with the way out (authorize again, open the app…), values kept.
  useRefreshFailureToast(targets.errors, true, targets.revalidate);
  const set = (change: Partial<FormState>) => setState((previous) => ({ ...previous, ...change }));

  // The clipboard's value arrives after the first frame; it fills only what the person has not typed yet.
  useEffect(() => {
    const pick = clipboard.pick;
    if (!pick || touchedSecret.current) return;
    const suggestion = suggestionFor(pick.guess);
    setState((previous) => ({
      ...previous,
      secret: suggestion.into === "secret" ? pick.secret : previous.secret,
      notes: suggestion.into === "notes" ? previous.notes || pick.secret : previous.notes,
      category: props.initialCategory ?? suggestion.category,
      title: previous.title || suggestion.title,
      credentialType: previous.credentialType || suggestion.credentialType,
      tags: previous.tags || suggestion.tags,
    }));
  }, [clipboard.pick]);

  // The vault: the last one used if it is still offered, else the first; never one that stopped taking items.
  useEffect(() => {
    if (!targets.ready || targets.vaults.length === 0) return;
    if (targets.vaults.some((vault) => targetKey(vault) === state.vaultKey)) return;
    set({ vaultKey: targets.remembered ?? targetKey(targets.vaults[0]!) });
  }, [targets.ready, targets.vaults, targets.remembered]);

  const save = useSaveItem({
    state,
    targets,
    onSaved: (item) => {
      // Search Secrets' cached index gets the item now, so its next launch finds it without a refresh.
      if (props.onSaved) props.onSaved(item);
      else new MetadataIndex().applyItemChanges(item.account, { upserted: [item] });
      if (props.onSaved || props.pushed) pop();
      else {
        setState((previous) => ({ ...EMPTY, category: previous.category, vaultKey: previous.vaultKey }));
        touchedSecret.current = true;
      }
    },
  });
  const { errors, setErrors } = save;
  // The clipboard's token may be the new value of an item already saved: rotating it replaces, not duplicates.
  const guessed = clipboard.pick?.guess.kind === "token" ? clipboard.pick.guess.shape.title : undefined;
  const existing = useExistingItem(guessed, targets);
  const replaceInstead = existing ? `Replace the Secret of “${existing.title}” Instead` : undefined;
  const setError = (field: keyof typeof errors, error: string | undefined) =>
    setErrors((previous) => (previous[field] === error ? previous : { ...previous, [field]: error }));

  const canGenerate = state.category === "Login" || state.category === "Password";
  const pick = clipboard.pick;
  const suggestion = pick ? suggestionFor(pick.guess) : undefined;
  const takenFrom =
    pick && suggestion && (suggestion.into === "secret" ? state.secret : state.notes) === pick.secret
      ? suggestion.description
      : undefined;

  return (
    <Form
      navigationTitle="Save Item"
      isLoading={save.submitting || targets.isLoading || !clipboard.ready}
      actions={
        <ActionPanel>
          <Action.SubmitForm title="Save Item" icon={Icon.SaveDocument} onSubmit={() => void save.submit()} />
          {existing && replaceInstead ? (
            <Action
              title={replaceInstead}
              icon={Icon.ArrowClockwise}
              onAction={async () => {
                if ((await replaceSecretFromClipboard(existing)) && (props.onSaved || props.pushed)) pop();
              }}
            />
          ) : null}
          {canGenerate ? (
            <Action
              title="Generate Password"
              icon={Icon.Key}
              shortcut={SHORTCUTS.generate}
              onAction={async () => {
                try {
                  const secret = await generateWithLastRecipe();
                  touchedSecret.current = true;
                  set({ secret });
                  setError("secret", undefined);
                } catch {
                  // The core's message could only say that it failed; it never holds a password.
                  await showToast({ style: Toast.Style.Failure, title: "Could Not Generate a Password" });
                }
              }}
            />
          ) : null}
        </ActionPanel>
      }
    >
      {existing ? (
        <Form.Description
          title="Already Saved"
          text={`“${existing.title}” is already in “${existing.vaultTitle}”. If this is its new token, choose ${replaceInstead} in the actions.`}
        />
      ) : null}
      <SaveItemFields
        state={state}
        errors={errors}
        targets={targets}
        multipleAccounts={props.preferences.accounts.length > 1}
        takenFrom={takenFrom}
        onChange={(change) => {
          if (change.secret !== undefined) touchedSecret.current = true;
          set(change);
          if (change.title !== undefined && errors.title) setError("title", itemTitleError(change.title));
          if (change.secret !== undefined && errors.secret)
            setError("secret", secretError(state.category, change.secret));
          if (change.notes !== undefined && errors.notes) setError("notes", notesError(state.category, change.notes));
          if (change.vaultKey !== undefined) setError("vault", undefined);
          if (change.category !== undefined)
            setErrors((previous) => ({ ...previous, secret: undefined, notes: undefined }));
        }}
        onBlur={(field) => {
          if (field === "title") setError("title", itemTitleError(state.title));
          if (field === "secret" && state.secret !== "") setError("secret", secretError(state.category, state.secret));
        }}
        secretTitle={secretLabel(state.category)}
      />
    </Form>
  );
}
