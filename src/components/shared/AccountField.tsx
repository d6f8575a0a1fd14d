import { Form } from "@raycast/api";

/** Which configured account a form acts in; shown only when there is more than one to choose from. */
export function AccountField(props: {
  accounts: readonly string[];
  value: string;
  onChange: (account: string) => void;
}) {
  if (props.accounts.length < 2) return null;
  return (
    <Form.Dropdown id="account" title="Account" value={props.value} onChange={props.onChange}>
      {props.accounts.map((name) => (
        <Form.Dropdown.Item key={name} value={name} title={name} />
      ))}
    </Form.Dropdown>
  );
}
