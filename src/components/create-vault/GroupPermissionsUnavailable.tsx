import { Form } from "@raycast/api";
import { GROUP_PERMISSIONS_UNAVAILABLE } from "../../domain/group-permission-support";

/** Said in a form where group grants would be: they cannot work on this account. */
export function GroupPermissionsUnavailable() {
  return <Form.Description title="Group Access" text={GROUP_PERMISSIONS_UNAVAILABLE} />;
}
