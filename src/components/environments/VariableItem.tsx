import { Action, ActionPanel, Icon, List } from "@raycast/api";
import type { ListedVariable } from "../../hooks/useEnvironments";
import type { RegisteredEnvironment } from "../../lib/model";
import { copyLine, copyValue, pasteValue } from "./environment-clipboard";
import { type EnvironmentScreen, ManageSection, SelectionSection, WholeEnvironmentSection } from "./EnvironmentActions";
import { RevealValue } from "./RevealValue";
import { copyAndPaste } from "../shared/delivery-actions";
import { SHORTCUTS } from "./shortcuts";

export const MASK = "••••••••";
const SUBTITLE_LENGTH = 80;

/** An unmasked value as a one-line subtitle: its first line, shortened. */
function preview(value: string): string {
  const short = (value.split(/\r\n|\r|\n/)[0] ?? "").slice(0, SUBTITLE_LENGTH);
  return short === value ? value : `${short}…`;
}

export interface VariableItemProps {
  screen: EnvironmentScreen;
  environment: RegisteredEnvironment;
  variable: ListedVariable;
  rowId: string;
  environmentRowIds: readonly string[];
}

export function VariableItem(props: VariableItemProps) {
  const { screen, environment, variable, rowId, environmentRowIds } = props;
  const { preferences } = screen;
  const { name } = variable;
  const selected = screen.selection.isSelected(rowId);
  return (
    <List.Item
      id={rowId}
      title={name}
      subtitle={variable.masked ? MASK : preview(variable.visibleValue ?? "")}
      icon={selected ? Icon.CheckCircle : variable.masked ? Icon.Lock : Icon.Text}
      accessories={selected ? [{ tag: "Selected" }] : undefined}
      actions={
        <ActionPanel>
          <ActionPanel.Section>
            {copyAndPaste(
              preferences.primaryAction,
              "Value",
              (mode) => void (mode === "copy" ? copyValue : pasteValue)(environment, name, preferences),
            )}
            <Action
              // eslint-disable-next-line @raycast/prefer-title-case -- ".env" is a file name, written as such
              title="Copy as .env Line"
              icon={Icon.Document}
              shortcut={SHORTCUTS.copyLine}
              onAction={() => void copyLine(environment, name, preferences)}
            />
            <Action.Push
              title={variable.masked ? "Reveal Value" : "Show Value"}
              icon={Icon.Eye}
              shortcut={SHORTCUTS.reveal}
              target={<RevealValue environment={environment} name={name} preferences={preferences} />}
            />
          </ActionPanel.Section>
          <WholeEnvironmentSection screen={screen} environment={environment} />
          <SelectionSection
            screen={screen}
            environment={environment}
            rowId={rowId}
            environmentRowIds={environmentRowIds}
          />
          <ManageSection screen={screen} environment={environment} />
        </ActionPanel>
      }
    />
  );
}
