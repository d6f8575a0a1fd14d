import { Action, ActionPanel, Icon, Keyboard, open } from "@raycast/api";
import type { ItemShapeState } from "./useItemShape";
import type { ItemSummary } from "../../lib/model";
import { CopyFieldSubmenu } from "./CopyFieldSubmenu";
import { deliverField, type DeliveryMode, type FieldTarget } from "./deliver";
import { guessedSecretNoun, titleCase } from "../../domain/item-shape";
import { useItemScreen } from "./item-screen";
import { ItemDetail } from "./ItemDetail";
import { ItemLifeActions, SshKeyActions } from "./ItemLifeActions";
import { openInAppUrl } from "../../domain/open-in-app";
import { ReferenceSubmenu } from "./ReferenceSubmenu";
import { SelectionActions } from "./SelectionActions";
import { canFill, FillLoginAction, primaryPair, TypeFieldSubmenu } from "./TypeActions";
import { fillItem } from "./fill-item";
import { SHORTCUTS } from "./shortcuts";
import { RefreshActions } from "../shared/RefreshActions";

const NO_DETAILS: ItemShapeState = { isLoading: false, load: () => undefined };

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

  const copyMain = (
    <Action
      key="copy-main"
      title={`Copy ${titleCase(mainNoun)}`}
      icon={Icon.Clipboard}
      shortcut={mainIsPassword ? SHORTCUTS.copyPassword : undefined}
      onAction={() => run({ kind: "main" }, "copy")}
    />
  );
  const pasteMain = (
    <Action
      key="paste-main"
      title={`Paste ${titleCase(mainNoun)}`}
      icon={Icon.Document}
      shortcut={mainIsPassword ? SHORTCUTS.pastePassword : undefined}
      onAction={() => run({ kind: "main" }, "paste")}
    />
  );

  const typeMain = (
    <Action
      key="type-main"
      title={`Type Out ${titleCase(mainNoun)}`}
      icon={Icon.Keyboard}
      shortcut={SHORTCUTS.typeMain}
      onAction={() => run({ kind: "main" }, "type")}
    />
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
        {hasUsername ? (
          <Action
            title="Copy Username"
            icon={Icon.Person}
            shortcut={SHORTCUTS.copyUsername}
            onAction={() => run({ kind: "username" }, "copy")}
          />
        ) : null}
        {hasOtherPassword ? (
          <Action
            title="Copy Password"
            icon={Icon.Key}
            shortcut={SHORTCUTS.copyPassword}
            onAction={() => run({ kind: "password" }, "copy")}
          />
        ) : null}
        {hasOtp ? (
          <Action
            title="Copy One-Time Password"
            icon={Icon.Clock}
            shortcut={SHORTCUTS.copyOtp}
            onAction={() => run({ kind: "otp" }, "copy")}
          />
        ) : null}
        {hasUsername ? (
          <Action
            title="Paste Username"
            icon={Icon.Person}
            shortcut={SHORTCUTS.pasteUsername}
            onAction={() => run({ kind: "username" }, "paste")}
          />
        ) : null}
        {hasOtherPassword ? (
          <Action
            title="Paste Password"
            icon={Icon.Key}
            shortcut={SHORTCUTS.pastePassword}
            onAction={() => run({ kind: "password" }, "paste")}
          />
        ) : null}
        {hasOtp ? (
          <Action
            title="Paste One-Time Password"
            icon={Icon.Clock}
            shortcut={SHORTCUTS.pasteOtp}
            onAction={() => run({ kind: "otp" }, "paste")}
          />
        ) : null}
        {primary.includes(pasteMain) ? typeMain : pasteMain}
        {canFill(item, details) ? (
          <FillLoginAction onFill={() => void fillItem(item, preferences, () => recordUse(item))} />
        ) : null}
      </ActionPanel.Section>
      <ActionPanel.Section>
        <CopyFieldSubmenu item={item} details={details} onCopy={(fieldId) => run({ kind: "field", fieldId }, "copy")} />
        <TypeFieldSubmenu details={details} onType={(fieldId) => run({ kind: "field", fieldId }, "type")} />
        <ReferenceSubmenu item={item} details={details} context={references} />
        <Action.Push
          title="Show Details"
          icon={Icon.Sidebar}
          shortcut={SHORTCUTS.showDetails}
          target={<ItemDetail item={item} preferences={preferences} onUsed={() => recordUse(item)} />}
        />
        <ItemLifeActions item={item} preferences={preferences} />
        <Action
          title="Open in 1Password"
          icon={Icon.AppWindow}
          shortcut={SHORTCUTS.openInApp}
          onAction={() => {
            recordUse(item);
            void open(openInAppUrl(item));
          }}
        />
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
