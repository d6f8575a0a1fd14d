import { Action, ActionPanel, Icon, Keyboard } from "@raycast/api";
import type { ItemShapeState } from "./useItemShape";
import type { ItemSummary } from "../../lib/model";
import { FieldSubmenu } from "./FieldSubmenu";
import { deliverField, type FieldTarget } from "./deliver";
import { deliveryAction, type DeliveryMode } from "../shared/delivery-actions";
import { guessedSecretNoun, titleCase } from "../../domain/item-shape";
import { useItemScreen } from "./item-screen";
import { ItemDetail } from "./ItemDetail";
import { ItemLifeActions, SshKeyActions } from "./ItemLifeActions";
import { OpenInAppAction } from "./OpenInAppAction";
import { ReferenceSubmenu } from "./ReferenceSubmenu";
import { SelectionActions } from "./SelectionActions";
import { canFill, FillLoginAction, primaryPair } from "./TypeActions";
import { fillItem } from "./fill-item";
import { SHORTCUTS } from "./shortcuts";
import { RefreshActions } from "../shared/RefreshActions";

const NO_DETAILS: ItemShapeState = { isLoading: false, load: () => undefined };

const OTHER_FIELDS = [
  {
    kind: "username",
    noun: "Username",
    icon: Icon.Person,
    copy: SHORTCUTS.copyUsername,
    paste: SHORTCUTS.pasteUsername,
  },
  { kind: "password", noun: "Password", icon: Icon.Key, copy: SHORTCUTS.copyPassword, paste: SHORTCUTS.pastePassword },
  { kind: "otp", noun: "One-Time Password", icon: Icon.Clock, copy: SHORTCUTS.copyOtp, paste: SHORTCUTS.pasteOtp },
] as const;

/** Every field by title, the picked one copied or typed out. */
const FIELD_SUBMENUS = [
  { mode: "copy", title: "Copy Field", icon: Icon.List, shortcut: SHORTCUTS.copyField },
  { mode: "type", title: "Type Out Field", icon: Icon.Keyboard, shortcut: SHORTCUTS.typeField },
] as const;

export interface ItemActionPanelProps {
  item: ItemSummary;
  /** The selected row's fields; other rows have none yet and show the category's defaults. */
  details?: ItemShapeState;
  /**
   * Only ↵ and ⌘↵, for a row that is not the selected one: Raycast runs a row's actions only once it is selected,
   * and by then it has the whole panel; these two cover a Return pressed before that render arrives.
   */
  primaryOnly?: boolean;
}

/**
 * The item's actions, ordered by how often people use them: the main secret on ↵ and ⌘↵ (copy or paste per the
 * preference), then username, password and one-time password with 1Password's shortcuts, then fields, references,
 * details, and the batch actions over the selection. The rest comes from the screen (ItemList's ItemScreenProvider).
 */
export function ItemActionPanel(props: ItemActionPanelProps) {
  const { item } = props;
  const { preferences, references, recordUse, refresh, saved, saveItem } = useItemScreen();
  const details = props.details ?? NO_DETAILS;
  const shape = details.shape;
  const main = shape?.fields.find((field) => field.id === shape.mainSecretId);
  const mainNoun = shape ? (main?.noun ?? "secret") : guessedSecretNoun(item.category);
  const mainIsPassword = mainNoun === "password";
  // Before the fields are known, offer what the category usually has; after, only what the item has.
  const hasUsername = shape ? shape.usernameId !== undefined : true;
  const hasOtp = shape ? shape.otpId !== undefined : true;
  const hasOtherPassword = shape ? shape.passwordId !== undefined : false;

  const run = (target: FieldTarget, mode: DeliveryMode) =>
    void deliverField(item, target, mode, preferences, () => recordUse(item));

  const mainTitle = titleCase(mainNoun);
  const mainShortcut = { copy: SHORTCUTS.copyPassword, paste: SHORTCUTS.pastePassword, type: SHORTCUTS.typeMain };
  const mainAction = (mode: DeliveryMode) =>
    deliveryAction(mode, mainTitle, () => run({ kind: "main" }, mode), {
      key: `${mode}-main`,
      shortcut: mode === "type" || mainIsPassword ? mainShortcut[mode] : undefined,
    });
  const copyMain = mainAction("copy");
  const pasteMain = mainAction("paste");
  const typeMain = mainAction("type");
  // Username, password and one-time password by 1Password's shortcuts: all the copies, then all the pastes.
  const has = { username: hasUsername, password: hasOtherPassword, otp: hasOtp };
  const fieldActions = (mode: "copy" | "paste") =>
    OTHER_FIELDS.filter((field) => has[field.kind]).map((field) =>
      deliveryAction(mode, field.noun, () => run({ kind: field.kind }, mode), {
        key: `${mode}-${field.kind}`,
        icon: field.icon,
        shortcut: field[mode],
      }),
    );
  const primary = primaryPair(preferences.primaryAction, { copy: copyMain, paste: pasteMain, type: typeMain });
  // SSH keys: the public key on ↵, the private key only in OpenSSH format.
  const isSshKey = item.category === "SshKey";
  const ssh = isSshKey ? <SshKeyActions item={item} preferences={preferences} onUsed={() => recordUse(item)} /> : null;

  if (props.primaryOnly) return <ActionPanel title={item.title}>{isSshKey ? ssh : primary}</ActionPanel>;
  return (
    <ActionPanel title={item.title}>
      <ActionPanel.Section>
        {isSshKey ? ssh : primary}
        {fieldActions("copy")}
        {fieldActions("paste")}
        {primary.includes(pasteMain) ? typeMain : pasteMain}
        {canFill(item, details) ? (
          <FillLoginAction onFill={() => void fillItem(item, preferences, () => recordUse(item))} />
        ) : null}
      </ActionPanel.Section>
      <ActionPanel.Section>
        {FIELD_SUBMENUS.map(({ mode, ...submenu }) => (
          <FieldSubmenu
            key={mode}
            {...submenu}
            details={details}
            onPick={(field) => run({ kind: "field", fieldId: field.id }, mode)}
          />
        ))}
        <ReferenceSubmenu item={item} details={details} context={references} />
        <Action.Push
          title="Show Details"
          icon={Icon.Sidebar}
          shortcut={SHORTCUTS.showDetails}
          target={<ItemDetail item={item} preferences={preferences} onUsed={() => recordUse(item)} />}
        />
        <ItemLifeActions item={item} preferences={preferences} />
        <OpenInAppAction item={item} onOpen={() => recordUse(item)} />
      </ActionPanel.Section>
      <SelectionActions item={item} />
      <ActionPanel.Section>
        {saveItem ? (
          <Action.Push
            title="Save New Item"
            icon={Icon.PlusCircle}
            shortcut={Keyboard.Shortcut.Common.New}
            target={saveItem({ onSaved: saved })}
          />
        ) : null}
        <RefreshActions onRefresh={refresh} />
      </ActionPanel.Section>
    </ActionPanel>
  );
}
