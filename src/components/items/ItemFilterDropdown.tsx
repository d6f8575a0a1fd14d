import { Icon, List } from "@raycast/api";
import { memo } from "react";
import { categoryLabel } from "../../lib/category";
import type { ItemCategory, VaultSummary } from "../../lib/model";
import { categoryIcon } from "./category-icon";
import { ALL, ARCHIVED, accountValue, categoryValue, vaultValue } from "./filter-value";
import { compareText } from "../../lib/compare";

export interface ItemFilterDropdownProps {
  accounts: readonly string[];
  vaults: readonly VaultSummary[];
  categories: readonly ItemCategory[];
  /** Inside one vault there is nothing to choose among accounts and vaults. */
  scoped: boolean;
  onChange: (value: string) => void;
}

/**
 * Filter by account, vault or category; Raycast remembers the choice (`storeValue`). Memoized: with hundreds of
 * vaults it is as large as the rows, and a keystroke changes none of its props.
 */
export const ItemFilterDropdown = memo(function ItemFilterDropdown(props: ItemFilterDropdownProps) {
  const { accounts, vaults, categories, scoped, onChange } = props;
  const several = accounts.length > 1;
  const sortedVaults = [...vaults].sort((a, b) => compareText(a.title, b.title) || compareText(a.account, b.account));
  return (
    <List.Dropdown
      id={scoped ? "vault-item-filter" : "item-filter"}
      tooltip="Filter Items"
      storeValue
      onChange={onChange}
    >
      <List.Dropdown.Item value={ALL} title="All Items" icon={Icon.Tray} />
      <List.Dropdown.Item value={ARCHIVED} title="Archived" icon={Icon.Box} />
      {several && !scoped ? (
        <List.Dropdown.Section title="Accounts">
          {accounts.map((account) => (
            <List.Dropdown.Item key={account} value={accountValue(account)} title={account} icon={Icon.Person} />
          ))}
        </List.Dropdown.Section>
      ) : null}
      {!scoped ? (
        <List.Dropdown.Section title="Vaults">
          {sortedVaults.map((vault) => (
            <List.Dropdown.Item
              key={`${vault.account}/${vault.id}`}
              value={vaultValue(vault.account, vault.id)}
              title={several ? `${vault.title} (${vault.account})` : vault.title}
              icon={Icon.Folder}
            />
          ))}
        </List.Dropdown.Section>
      ) : null}
      <List.Dropdown.Section title="Categories">
        {categories.map((category) => (
          <List.Dropdown.Item
            key={category}
            value={categoryValue(category)}
            title={categoryLabel(category)}
            icon={categoryIcon(category)}
          />
        ))}
      </List.Dropdown.Section>
    </List.Dropdown>
  );
});
