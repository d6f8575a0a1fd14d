import { Action, ActionPanel, Detail, Icon } from "@raycast/api";
import { usePromise } from "@raycast/utils";
import { escapeMarkdown, fencedCode } from "../../lib/markdown";
import type { RegisteredEnvironment } from "../../lib/model";
import type { Preferences } from "../../lib/preferences";
import { environmentError } from "../../onepassword/environments";
import { copyLine, copyValue, pasteValue } from "./environment-clipboard";
import { fetchVariable } from "./live-variables";
import { SHORTCUTS } from "./shortcuts";
import { deliveryAction } from "../shared/delivery-actions";

/** The variable's name and its value under it; both are shown as they are, never read as Markdown. */
export function valueMarkdown(name: string, value: string): string {
  return `## ${escapeMarkdown(name)}\n\n${fencedCode(value)}`;
}

export interface RevealValueProps {
  environment: RegisteredEnvironment;
  name: string;
  preferences: Preferences;
}

/**
 * Shows one value, fetched live when the view opens (usePromise keeps it in memory only, never in Cache). The value
 * leaves memory when the view is popped.
 */
export function RevealValue(props: RevealValueProps) {
  const { environment, name, preferences } = props;
  const { data, isLoading, error, revalidate } = usePromise(fetchVariable, [environment, name], {
    // The error is shown in the view itself; no toast with the raw message.
    onError: () => undefined,
  });
  const failure = error
    ? environmentError(error, { operation: "Revealing value", account: environment.account })
    : undefined;
  const markdown = data
    ? valueMarkdown(name, data.value)
    : failure
      ? `## ${escapeMarkdown(failure.title)}\n\n${escapeMarkdown(failure.hint)}`
      : "";
  return (
    <Detail
      navigationTitle={`${name} · ${environment.label}`}
      isLoading={isLoading}
      markdown={markdown}
      actions={
        <ActionPanel>
          {deliveryAction("copy", "Value", () => void copyValue(environment, name, preferences))}
          {deliveryAction("paste", "Value", () => void pasteValue(environment, name, preferences))}
          <Action
            // eslint-disable-next-line @raycast/prefer-title-case -- ".env" is a file name, written as such
            title="Copy as .env Line"
            icon={Icon.Document}
            shortcut={SHORTCUTS.copyLine}
            onAction={() => void copyLine(environment, name, preferences)}
          />
          <Action title="Reload Value" icon={Icon.ArrowClockwise} shortcut={SHORTCUTS.refresh} onAction={revalidate} />
        </ActionPanel>
      }
    />
  );
}
