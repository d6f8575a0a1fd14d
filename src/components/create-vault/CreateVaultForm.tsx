import { Action, ActionPanel, Form, Icon, showToast, Toast } from "@raycast/api";
import { useMemo, useRef, useState } from "react";
import { useGroupPermissionSupport } from "../../hooks/useGroupPermissionSupport";
import { useVaults } from "../../hooks/useVaults";
import type { AccountRef } from "../../lib/model";
import { bitsOf, type PresetId, presetsFor } from "../../lib/permissions";
import type { Preferences } from "../../lib/preferences";
import { parseVaultTitles } from "../../lib/vault-title";
import { showFailure } from "../shared/failure-toast";
import { useSubmitGuard } from "../shared/useSubmitGuard";
import { createVaults, type VaultsInDoubt } from "../../domain/create-vaults";
import { showCreateOutcome } from "./create-toast";
import { duplicateTitlesInfo, vaultTitleError, vaultTitlesError } from "./create-form-validation";
import { checkGroupsExist } from "../../domain/group-checks";
import { groupIdsError, parseGroupIds } from "../../domain/group-ids";
import { GroupPermissionsUnavailable } from "./GroupPermissionsUnavailable";
import { AccountField } from "../shared/AccountField";

export interface CreateVaultFormProps {
  preferences: Preferences;
  /** A title to start with (the command's argument, after a quick create failed). */
  initialTitle?: string;
  /** Titles a quick create may have created (its answer was lost): looked for before they are created again. */
  initialDoubt?: VaultsInDoubt;
}

interface Errors {
  title?: string;
  titles?: string;
  groupIds?: string;
}

const DEFAULT_PRESET: PresetId = "viewAndReveal";

/**
 * The Create Vault form: one vault or several (one title per line), a description, administrators' access and
 * initial group grants. A failed create keeps every value (the form never pops); after a partial batch only the
 * titles that failed stay in the field, so submitting again retries exactly those.
 * Not `useForm`: after a partial batch the form itself rewrites the titles field to the failed ones, and one or
 * several titles switch which field is validated.
 */
export function CreateVaultForm(props: CreateVaultFormProps) {
  const { accounts } = props.preferences;
  const [account, setAccount] = useState<AccountRef>(accounts[0] ?? "");
  const [several, setSeveral] = useState(false);
  const [title, setTitle] = useState(props.initialTitle ?? "");
  const [titles, setTitles] = useState("");
  const [description, setDescription] = useState("");
  const [allowAdminsAccess, setAllowAdminsAccess] = useState(true);
  const [groupIds, setGroupIds] = useState("");
  const [preset, setPreset] = useState<PresetId>(DEFAULT_PRESET);
  // A quick create whose title was refused opens here with the reason already showing.
  const [errors, setErrors] = useState<Errors>(() =>
    props.initialTitle === undefined ? {} : { title: vaultTitleError(props.initialTitle) },
  );
  const { isLoading: submitting, guard, running } = useSubmitGuard();
  // Not state: it changes no pixel, and a submit must read what the previous one left.
  const doubts = useRef(
    new Map<AccountRef, VaultsInDoubt>(props.initialDoubt ? [[props.initialDoubt.account, props.initialDoubt]] : []),
  );
  const vaults = useVaults(accounts);
  const support = useGroupPermissionSupport();

  const existingTitles = useMemo(
    () => vaults.vaults.filter((vault) => vault.account === account).map((vault) => vault.title),
    [vaults.vaults, account],
  );
  const presets = presetsFor(support.accountType(account));
  const grantsAvailable = support.available(account) && presets.length > 0;
  const parsedTitles = useMemo(() => parseVaultTitles(titles), [titles]);
  const wanted = several ? parsedTitles.titles : [title.trim()].filter((t) => t !== "");
  const duplicateInfo = duplicateTitlesInfo(wanted, existingTitles);

  const setError = (field: keyof Errors, error: string | undefined) =>
    setErrors((previous) => (previous[field] === error ? previous : { ...previous, [field]: error }));

  function toggleSeveral(next: boolean) {
    setSeveral(next);
    // Carry what was typed over, so switching modes loses nothing.
    if (next && titles.trim() === "") setTitles(title);
    if (!next && title.trim() === "") setTitle(parsedTitles.titles[0] ?? "");
    setErrors((previous) => ({ ...previous, title: undefined, titles: undefined }));
  }

  async function submit() {
    if (running()) return;
    const found: Errors = {
      title: several ? undefined : vaultTitleError(title),
      titles: several ? vaultTitlesError(titles) : undefined,
      groupIds: grantsAvailable ? groupIdsError(groupIds, { required: false }) : undefined,
    };
    setErrors(found);
    if (found.title || found.titles || found.groupIds) return;

    await guard(() => create());
  }

  /**
   * Not the mutation runner: one submit creates several vaults and grants, and its toast reports each title's outcome
   * (showCreateOutcome); the runner's one-call success-or-failure toast cannot say that.
   */
  async function create() {
    const ids = grantsAvailable ? parseGroupIds(groupIds).ids : [];
    if (ids.length > 0) {
      const check = await checkGroupsExist(account, ids);
      if (check.kind === "missing") {
        setError("groupIds", check.message);
        return;
      }
      if (check.kind === "failed") {
        if (!support.learnFrom(account, check.error)) await showFailure(check.error, check.error.context);
        return;
      }
    }
    const planned = several ? parsedTitles.titles : [title.trim()];
    const progress = await showToast({
      style: Toast.Style.Animated,
      title: planned.length === 1 ? "Creating vault…" : `Creating ${planned.length} vaults…`,
    });
    const earlier = doubts.current.get(account);
    const outcome = await createVaults({
      account,
      titles: planned,
      description: description.trim(),
      allowAdminsAccess,
      grants: ids.length > 0 ? { groupIds: ids, permissions: bitsOf(preset) } : undefined,
      // The ids from before the attempt in doubt: a vault it made since must not count as known.
      knownVaultIds: earlier ? earlier.knownVaultIds : vaults.vaultIdsOf(account),
      inDoubt: earlier?.titles,
    });
    // Titles in doubt that this submit did not try stay in doubt.
    const stillInDoubt = [...outcome.inDoubt, ...(earlier?.titles ?? []).filter((t) => !planned.includes(t))];
    if (stillInDoubt.length > 0 && outcome.knownVaultIds)
      doubts.current.set(account, { account, titles: stillInDoubt, knownVaultIds: outcome.knownVaultIds });
    else doubts.current.delete(account);
    await progress.hide();
    if (outcome.created.length > 0) vaults.applyVaultChanges(account, { upserted: outcome.created });
    for (const failure of outcome.grantFailures) support.learnFrom(account, failure.error);
    await showCreateOutcome(outcome, planned.length);
    if (outcome.failed.length === 0) {
      setTitle("");
      setTitles("");
      setDescription("");
    } else if (several) {
      setTitles(outcome.failed.map((failure) => failure.title).join("\n"));
    }
  }

  const submitTitle =
    several && parsedTitles.titles.length > 1 ? `Create ${parsedTitles.titles.length} Vaults` : "Create Vault";

  return (
    <Form
      navigationTitle="Create Vault"
      isLoading={submitting}
      actions={
        <ActionPanel>
          <Action.SubmitForm title={submitTitle} icon={Icon.PlusCircle} onSubmit={() => void submit()} />
        </ActionPanel>
      }
    >
      <AccountField accounts={accounts} value={account} onChange={setAccount} />
      {several ? (
        <Form.TextArea
          id="titles"
          title="Titles"
          placeholder={"One vault per line\nQ3 Launch\nQ3 Launch – Design"}
          value={titles}
          error={errors.titles}
          info={duplicateInfo}
          onChange={(value) => {
            setTitles(value);
            if (errors.titles) setError("titles", vaultTitlesError(value));
          }}
          onBlur={() => setError("titles", titles.trim() === "" ? undefined : vaultTitlesError(titles))}
        />
      ) : (
        <Form.TextField
          id="title"
          title="Title"
          placeholder="Q3 Launch"
          value={title}
          error={errors.title}
          info={duplicateInfo}
          onChange={(value) => {
            setTitle(value);
            setError("title", errors.title || value.trim() !== "" ? vaultTitleError(value) : undefined);
          }}
          onBlur={() => setError("title", vaultTitleError(title))}
        />
      )}
      <Form.Checkbox
        id="several"
        label="Create several vaults, one title per line"
        value={several}
        onChange={toggleSeveral}
      />
      <Form.TextArea
        id="description"
        title="Description"
        placeholder="What belongs in this vault"
        value={description}
        onChange={setDescription}
      />
      <Form.Checkbox
        id="allowAdminsAccess"
        title="Administrators"
        label="Allow administrators to manage access"
        info="Administrators can then manage who has access to the vault. Without it, only you can."
        value={allowAdminsAccess}
        onChange={setAllowAdminsAccess}
      />
      <Form.Separator />
      {grantsAvailable ? (
        <>
          <Form.TextField
            id="groupIds"
            title="Grant Groups"
            placeholder="Group IDs, separated by commas"
            info="Optional. The IDs of groups that get access to the new vault (1Password › Groups › the group's details)."
            value={groupIds}
            error={errors.groupIds}
            onChange={(value) => {
              setGroupIds(value);
              if (errors.groupIds) setError("groupIds", groupIdsError(value, { required: false }));
            }}
            onBlur={() => setError("groupIds", groupIdsError(groupIds, { required: false }))}
          />
          <Form.Dropdown
            id="preset"
            title="Permission"
            value={preset}
            onChange={(value) => setPreset(value as PresetId)}
          >
            {presets.map((candidate) => (
              <Form.Dropdown.Item key={candidate.id} value={candidate.id} title={candidate.title} />
            ))}
          </Form.Dropdown>
        </>
      ) : (
        <GroupPermissionsUnavailable />
      )}
    </Form>
  );
}
