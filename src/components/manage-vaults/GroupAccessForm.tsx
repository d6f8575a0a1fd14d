import { Form, Icon, useNavigation } from "@raycast/api";
import { useForm } from "@raycast/utils";
import type { Preset, PresetId } from "../../lib/permissions";
import { useSubmitGuard } from "../shared/useSubmitGuard";
import { groupIdsError, parseGroupIds } from "../../domain/group-ids";
import { FormWithSubmit } from "../shared/FormWithSubmit";

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

interface Values {
  groupId: string;
  /** A PresetId: the dropdown offers only those. */
  preset: string;
}

/** One group ID and, for grants, a permission preset. Used for a vault's access and for batches over vaults. */
export function GroupAccessForm(props: GroupAccessFormProps) {
  const { pop } = useNavigation();
  const { isLoading, guard } = useSubmitGuard();
  const withPreset = props.presets.length > 0;
  const { handleSubmit, itemProps, setValidationError } = useForm<Values>({
    initialValues: { groupId: "", preset: props.defaultPreset ?? props.presets[0]?.id ?? "view" },
    // While typing and on leaving the field an empty one is not an error yet; submitting requires exactly one ID.
    validation: { groupId: (value) => groupIdsError(value ?? "", { required: false }) },
    onSubmit: (values) => {
      const formatError = groupIdsError(values.groupId, { required: true });
      const ids = parseGroupIds(values.groupId).ids;
      if (formatError || ids.length !== 1) {
        setValidationError("groupId", formatError ?? "Enter one group ID.");
        return;
      }
      void guard(async () => {
        const result = await props.onSubmit(ids[0] ?? "", withPreset ? (values.preset as PresetId) : undefined);
        if (result === "stay") return;
        if (typeof result === "string") setValidationError("groupId", result);
        else pop();
      });
    },
  });

  return (
    <FormWithSubmit
      navigationTitle={props.navigationTitle}
      isLoading={isLoading}
      submitTitle={props.submitTitle}
      submitIcon={Icon.TwoPeople}
      onSubmit={handleSubmit}
    >
      {props.description ? <Form.Description text={props.description} /> : null}
      <Form.TextField
        title="Group ID"
        placeholder="26 letters and digits"
        info="Find it in 1Password › Groups › the group's details."
        {...itemProps.groupId}
      />
      {withPreset ? (
        <Form.Dropdown title="Permission" {...itemProps.preset}>
          {props.presets.map((candidate) => (
            <Form.Dropdown.Item key={candidate.id} value={candidate.id} title={candidate.title} />
          ))}
        </Form.Dropdown>
      ) : null}
    </FormWithSubmit>
  );
}
