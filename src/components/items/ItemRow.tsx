import { Color, Icon, List } from "@raycast/api";
import { memo } from "react";
import { hostOf } from "../../lib/url";
import { categoryIcon } from "./category-icon";
import { useItemScreen } from "./item-screen";
import { ItemActionPanel, type ItemActionPanelProps } from "./ItemActionPanel";

export interface ItemRowProps extends ItemActionPanelProps {
  id: string;
  /** In selection mode: marked with a check. */
  isSelected: boolean;
}

/** Memoized with stable props: moving the selection or typing re-renders only the rows that changed. One item: title, website host, vault (and account when several), category icon, archived and selected marks. */
export const ItemRow = memo(function ItemRow(props: ItemRowProps) {
  const { id, isSelected, ...actionProps } = props;
  const { item } = actionProps;
  const { showAccount } = useItemScreen();
  const host = item.websites.map(hostOf).find((found) => found !== undefined);
  const accessories: List.Item.Accessory[] = [];
  if (item.archived) accessories.push({ tag: { value: "Archived", color: Color.SecondaryText } });
  accessories.push({
    text: showAccount ? `${item.vaultTitle} · ${item.account}` : item.vaultTitle,
    icon: Icon.Folder,
    tooltip: showAccount ? `Vault ${item.vaultTitle} in ${item.account}` : `Vault ${item.vaultTitle}`,
  });
  if (isSelected) accessories.push({ icon: { source: Icon.CheckCircle, tintColor: Color.Green }, tooltip: "Selected" });
  return (
    <List.Item
      id={id}
      title={item.title}
      subtitle={host}
      icon={isSelected ? { source: Icon.CheckCircle, tintColor: Color.Green } : categoryIcon(item.category)}
      accessories={accessories}
      actions={<ItemActionPanel {...actionProps} />}
    />
  );
});
