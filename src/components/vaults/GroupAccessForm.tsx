import { Action, ActionPanel, Form, Icon, useNavigation } from "@raycast/api";
import { useRef, useState } from "react";
import type { Preset, PresetId } from "../../lib/permissions";
import { groupIdsError, parseGroupIds } from "./group-ids";

/** What a submit returns: an inline error for the group field, `"stay"` (a toast said why), or nothing when done. */
export type GroupFormResult = string | "stay" | void;

export interface GroupAccessFormProps {
  navigationTitle: string;
  submitTitle: string;
  /** The presets to choose from; none: the form asks for a group only (revoking). */
  presets: readonly Preset[];
  defaultPreset?: PresetId;
  /** A short line above the fields: which vaults this acts on. */
  description?: string;
  /**
   * Does the work. Returns an inline error for the group field to keep the form open with it, `"stay"` to keep the
   * form open without one (the failure was shown as a toast), or nothing when done: the form then closes.
   */
  onSubmit: (groupId: string, preset: PresetId | undefined) => Promise<GroupFormResult>;
}

/** One group ID and, for grants, a permission preset. Used for a vault's access and for batches over vaults. */
export function GroupAccessForm(props: GroupAccessFormProps) {
  const { pop } = useNavigation();
  const [groupId, setGroupId] = useState("");
  const [preset, setPreset] = useState<PresetId>(props.defaultPreset ?? props.presets[0]?.id ?? "view");
  const [error, setError] = useState<string | undefined>();
  const [submitting, setSubmitting] = useState(false);
  const busy = useRef(false);
  const withPreset = props.presets.length > 0;

  async function submit() {
    if (busy.current) return;
    const formatError = groupIdsError(groupId, { required: true });
    const ids = parseGroupIds(groupId).ids;
    if (formatError || ids.length !== 1) {
      setError(formatError ?? "Enter one group ID.");
      return;
    }
    busy.current = true;
    setSubmitting(true);
    try {
      const result = await props.onSubmit(ids[0] ?? "", withPreset ? preset : undefined);
      if (result === "stay") return;
      if (typeof result === "string") setError(result);
      else pop();
    } finally {
      busy.current = false;
      setSubmitting(false);
    }
  }

  return (
    <Form
      navigationTitle={props.navigationTitle}
      isLoading={submitting}
      actions={
        <ActionPanel>
          <Action.SubmitForm title={props.submitTitle} icon={Icon.TwoPeople} onSubmit={() => void submit()} />
        </ActionPanel>
      }
    >
      {props.description ? <Form.Description text={props.description} /> : null}
      <Form.TextField
        id="groupId"
        title="Group ID"
        placeholder="26 letters and digits"
        info="Find it in 1Password › Groups › the group's details."
        value={groupId}
        error={error}
        onChange={(value) => {
          setGroupId(value);
          if (error) setError(groupIdsError(value, { required: false }));
        }}
        onBlur={() => setError(groupIdsError(groupId, { required: false }))}
      />
      {withPreset ? (
        <Form.Dropdown id="preset" title="Permission" value={preset} onChange={(value) => setPreset(value as PresetId)}>
          {props.presets.map((candidate) => (
            <Form.Dropdown.Item key={candidate.id} value={candidate.id} title={candidate.title} />
          ))}
        </Form.Dropdown>
      ) : null}
    </Form>
  );
}
