import { Icon, List } from "@raycast/api";
import type { AccountRef } from "../../lib/model";

/** The dropdown value that shows every account's vaults. */
export const ALL_ACCOUNTS = "all-accounts";

/** Which account's vaults Manage Vaults shows; Raycast remembers the choice. */
export function AccountDropdown(props: { accounts: readonly AccountRef[]; onChange: (value: string) => void }) {
  return (
    <List.Dropdown id="account" tooltip="Account" storeValue onChange={props.onChange}>
      <List.Dropdown.Item value={ALL_ACCOUNTS} title="All Accounts" icon={Icon.Globe} />
      <List.Dropdown.Section title="Accounts">
        {props.accounts.map((account) => (
          <List.Dropdown.Item key={account} value={account} title={account} icon={Icon.Person} />
        ))}
      </List.Dropdown.Section>
    </List.Dropdown>
  );
}
