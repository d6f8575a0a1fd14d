import { Action, ActionPanel, List } from "@raycast/api";
import { host } from "../../test-world/host";
import { openCommand } from "../../test-world/support/commands";
import { passTime } from "../../test-world/support/timers";
import { useHost } from "../../test-world/support/world";
import * as clearClipboardCommand from "../../src/clear-clipboard";
import { CLEAR_INTERVAL_MS, HEARTBEAT_KEY } from "../../src/clipboard/background-heartbeat";
import { copySecret, pasteSecret, type SecretClipboardOptions } from "../../src/clipboard/secure-clipboard";

/** A screen a person uses to copy a secret: the same calls Search Secrets makes, without the 1Password layer. */
function CopyScreen(props: { secrets: string[]; options: SecretClipboardOptions }) {
  return (
    <List>
      {props.secrets.map((secret, index) => (
        <List.Item
          key={secret}
          id={`secret-${index}`}
          title={`Secret ${index + 1}`}
          actions={
            <ActionPanel>
              <Action title="Copy Password" onAction={() => copySecret(secret, "password", props.options)} />
              <Action title="Paste Password" onAction={() => pasteSecret(secret, "password", props.options)} />
            </ActionPanel>
          }
        />
      ))}
    </List>
  );
}

export const NINETY: SecretClipboardOptions = { clearAfterSeconds: 90, closeWindowAfterCopy: true, kind: "a password" };
export const CANARY = "canary-9f3a1c-password";
export const CANARY_2 = "canary-77be02-password";

/** The headless host under fake timers, with Clear Copied Secret registered, for every test of the file. */
export function useCopyWorld(): void {
  useHost({ fakeTimers: true });
  beforeEach(() => host.registerCommand("clear-clipboard", clearClipboardCommand));
}

export const copyWith = (options: SecretClipboardOptions, secrets = [CANARY]) =>
  openCommand("search-secrets", { module: () => <CopyScreen secrets={secrets} options={options} /> });

/** Background refresh on, as after the person opened Clear Copied Secret once, and one tick seen. */
export async function backgroundRefreshOn(): Promise<void> {
  host.enableBackgroundRefresh("clear-clipboard");
  await passTime(CLEAR_INTERVAL_MS);
  expect(host.localStorage[HEARTBEAT_KEY]).toEqual(expect.any(Number));
}
