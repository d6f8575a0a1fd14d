import { Action, ActionPanel, Icon, Keyboard, List } from "@raycast/api";

/** "One action per file, null when it does not apply." */
function CopyOtpAction(props: { otp?: string }) {
  if (!props.otp) return null;
  return (
    <Action.CopyToClipboard
      title="Copy OTP"
      content={props.otp}
      concealed
      shortcut={{ macOS: { modifiers: ["opt", "cmd"], key: "c" }, Windows: { modifiers: ["ctrl", "alt"], key: "p" } }}
    />
  );
}

/** Logins as the extension lists them: a section, accessories, a panel with a section and a submenu. */
export function Items(props: { rows: { id: string; title: string; otp?: string; keywords?: string[] }[] }) {
  return (
    <List searchBarPlaceholder="Search items">
      <List.Section title="Logins">
        {props.rows.map((row) => (
          <List.Item
            key={row.id}
            id={row.id}
            title={row.title}
            subtitle="user@example.com"
            keywords={row.keywords}
            icon={Icon.Key}
            accessories={[{ text: "Personal" }, { tag: "login" }]}
            actions={
              <ActionPanel>
                <Action.CopyToClipboard title="Copy Password" content={`pw-${row.id}`} concealed />
                <Action.Paste title="Paste Password" content={`pw-${row.id}`} />
                <CopyOtpAction otp={row.otp} />
                <ActionPanel.Section title="More">
                  <Action title="Refresh" shortcut={Keyboard.Shortcut.Common.Refresh} onAction={() => undefined} />
                  <Action
                    title="Open Vault"
                    shortcut={{
                      macOS: { modifiers: ["shift", "opt", "cmd"], key: "o" },
                      Windows: { modifiers: ["ctrl", "alt"], key: "o" },
                    }}
                    onAction={() => undefined}
                  />
                  <ActionPanel.Submenu title="Copy Field" icon={Icon.Clipboard}>
                    <Action.CopyToClipboard title="API Key" content="the-api-key" concealed />
                    <Action.CopyToClipboard title="Username" content="user@example.com" />
                  </ActionPanel.Submenu>
                </ActionPanel.Section>
              </ActionPanel>
            }
          />
        ))}
      </List.Section>
      <List.EmptyView title="Nothing found" description="Try another search" />
    </List>
  );
}

export const rows = [
  { id: "1", title: "GitHub", otp: "123456", keywords: ["code"] },
  { id: "2", title: "AWS Console" },
  { id: "3", title: "Stripe", keywords: ["payments"] },
];
