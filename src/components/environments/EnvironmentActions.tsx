import { Action, ActionPanel, Icon } from "@raycast/api";
import { copyText } from "../../clipboard/secure-clipboard";
import type { Selection } from "../../hooks/useSelection";
import type { RegisteredEnvironment } from "../../lib/model";
import type { Preferences } from "../../lib/preferences";
import { copyEnvironment } from "./environment-clipboard";
import { SHORTCUTS } from "./shortcuts";
import { ClearSelectionAction, SelectAllAction, ToggleSelectionAction } from "../shared/SelectionModeActions";
import { RefreshActions } from "../shared/RefreshActions";

/** What every row's actions need from the screen. Built once per render by EnvironmentList. */
export interface EnvironmentScreen {
  preferences: Preferences;
  environments: readonly RegisteredEnvironment[];
  selection: Selection;
  /** Selected variables that are still listed (a refresh may have dropped some). */
  selectedCount: number;
  openAddForm: () => void;
  openRenameForm: (environment: RegisteredEnvironment) => void;
  remove: (environment: RegisteredEnvironment) => Promise<void>;
  move: (environment: RegisteredEnvironment, direction: -1 | 1) => Promise<void>;
  revalidate: () => void;
  copySelected: () => Promise<void>;
}

const WHOLE_FORMATS = [
  { format: "dotenv", title: ".env", icon: Icon.Document, shortcut: SHORTCUTS.copyDotenv },
  { format: "shell", title: "Shell Exports", icon: Icon.Terminal, shortcut: SHORTCUTS.copyShell },
  { format: "json", title: "JSON", icon: Icon.CodeBlock, shortcut: SHORTCUTS.copyJson },
] as const;

/** Copy the whole Environment in one of three formats, and its id. */
export function WholeEnvironmentSection(props: { screen: EnvironmentScreen; environment: RegisteredEnvironment }) {
  const { screen, environment } = props;
  const { preferences } = screen;
  return (
    <ActionPanel.Section title={environment.label}>
      {WHOLE_FORMATS.map(({ format, title, icon, shortcut }) => (
        <Action
          key={format}
          title={`Copy Environment as ${title}`}
          icon={icon}
          shortcut={shortcut}
          onAction={() => void copyEnvironment(environment, format, preferences)}
        />
      ))}
      <Action
        title="Copy Environment ID"
        icon={Icon.Hashtag}
        shortcut={SHORTCUTS.copyId}
        onAction={() => void copyText(environment.id, `ID of ${environment.label}`)}
      />
    </ActionPanel.Section>
  );
}

/** Selection mode: toggle one variable, select all of an Environment, copy the selection, clear it. */
export function SelectionSection(props: {
  screen: EnvironmentScreen;
  environment: RegisteredEnvironment;
  rowId?: string;
  environmentRowIds: readonly string[];
}) {
  const { screen, environment, rowId, environmentRowIds } = props;
  const { selection } = screen;
  const selected = rowId !== undefined && selection.isSelected(rowId);
  return (
    <ActionPanel.Section title="Selection">
      {rowId !== undefined ? (
        <ToggleSelectionAction selected={selected} noun="Variable" onToggle={() => selection.toggle(rowId)} />
      ) : null}
      {environmentRowIds.length > 0 ? (
        <SelectAllAction
          title={`Select All in ${environment.label}`}
          onSelectAll={() => selection.selectAll(environmentRowIds)}
        />
      ) : null}
      {screen.selectedCount > 0 ? (
        <Action
          // eslint-disable-next-line @raycast/prefer-title-case -- ".env" is a file name, written as such
          title="Copy Selected as .env"
          icon={Icon.Document}
          shortcut={SHORTCUTS.copySelected}
          onAction={() => void screen.copySelected()}
        />
      ) : null}
      {screen.selectedCount > 0 ? <ClearSelectionAction onClear={selection.clear} /> : null}
    </ActionPanel.Section>
  );
}

/** Refresh, add, rename, reorder and remove: the list itself. */
export function ManageSection(props: { screen: EnvironmentScreen; environment?: RegisteredEnvironment }) {
  const { screen, environment } = props;
  const index = environment ? screen.environments.indexOf(environment) : -1;
  return (
    <ActionPanel.Section title="Environments">
      <RefreshActions onRefresh={screen.revalidate} />
      <Action title="Add Environment" icon={Icon.Plus} shortcut={SHORTCUTS.add} onAction={screen.openAddForm} />
      {environment ? (
        <Action
          title="Rename Environment"
          icon={Icon.Pencil}
          shortcut={SHORTCUTS.rename}
          onAction={() => screen.openRenameForm(environment)}
        />
      ) : null}
      {environment && index > 0 ? (
        <Action
          // eslint-disable-next-line @raycast/prefer-title-case -- "Up" pairs with "Move Down", as in Raycast's own Move Up shortcut
          title="Move Up"
          icon={Icon.ArrowUp}
          shortcut={SHORTCUTS.moveUp}
          onAction={() => void screen.move(environment, -1)}
        />
      ) : null}
      {environment && index >= 0 && index < screen.environments.length - 1 ? (
        <Action
          title="Move Down"
          icon={Icon.ArrowDown}
          shortcut={SHORTCUTS.moveDown}
          onAction={() => void screen.move(environment, 1)}
        />
      ) : null}
      {environment ? (
        <Action
          title="Remove Environment"
          icon={Icon.Trash}
          style={Action.Style.Destructive}
          shortcut={SHORTCUTS.remove}
          onAction={() => void screen.remove(environment)}
        />
      ) : null}
    </ActionPanel.Section>
  );
}
