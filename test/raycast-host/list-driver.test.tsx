import { Action, ActionPanel, Detail, Icon, Keyboard, List, useNavigation } from "@raycast/api";
import { useState } from "react";
import { host, resetHost, runCommand } from "../../test-world/host/index";

afterEach(() => resetHost());

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

function Items(props: { rows: { id: string; title: string; otp?: string; keywords?: string[] }[] }) {
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

const rows = [
  { id: "1", title: "GitHub", otp: "123456", keywords: ["code"] },
  { id: "2", title: "AWS Console" },
  { id: "3", title: "Stripe", keywords: ["payments"] },
];

test("rows, sections and the action panel read as a person sees them", async () => {
  const screen = await runCommand(() => <Items rows={rows} />);
  expect(screen.items()[0]).toEqual({
    id: "1",
    title: "GitHub",
    subtitle: "user@example.com",
    accessories: ["Personal", "login"],
    icon: "Key",
    section: "Logins",
    keywords: ["code"],
  });
  expect(screen.sections().map((s) => [s.title, s.items.length])).toEqual([["Logins", 3]]);
  expect(screen.selected()?.title).toBe("GitHub");
  expect(screen.searchBarPlaceholder()).toBe("Search items");
  expect(screen.actions().map((a) => [a.title, a.shortcut ?? "", a.section ?? "", a.path.join(">")])).toEqual([
    ["Copy Password", "", "", ""],
    ["Paste Password", "", "", ""],
    ["Copy OTP", "cmd+opt+c", "", ""],
    ["Refresh", "cmd+r", "More", ""],
    ["Open Vault", "cmd+opt+shift+o", "More", ""],
    ["Copy Field", "", "More", ""],
    ["API Key", "", "", "Copy Field"],
    ["Username", "", "", "Copy Field"],
  ]);
  expect(screen.actions()[4]?.shortcutWindows).toBe("ctrl+alt+o");
  expect(screen.actions()[3]?.shortcutWindows).toBe("ctrl+r");
});

test("an action component that returns null is absent from the panel", async () => {
  const screen = await runCommand(() => <Items rows={rows} />);
  await screen.select("AWS Console");
  expect(screen.actions().map((a) => a.title)).not.toContain("Copy OTP");
  await screen.moveUp();
  expect(screen.selected()?.title).toBe("GitHub");
  expect(screen.actions().map((a) => a.title)).toContain("Copy OTP");
});

test("enter copies concealed, cmd+enter pastes, shortcuts and submenus run", async () => {
  const screen = await runCommand(() => <Items rows={rows} />);
  await screen.press("enter");
  expect(host.clipboard).toEqual({ text: "pw-1", concealed: true });
  expect(host.huds.map((h) => h.title)).toEqual(["Copied to Clipboard"]);
  await screen.press("cmd+enter");
  expect(host.pastes).toEqual(["pw-1"]);
  expect(host.clipboard).toEqual({ text: "pw-1", concealed: false });
  await screen.press("opt+cmd+c");
  expect(host.clipboard).toEqual({ text: "123456", concealed: true });
  await screen.runAction(["Copy Field", "API Key"]);
  expect(host.clipboard).toEqual({ text: "the-api-key", concealed: true });
  await screen.runAction("Username");
  expect(host.clipboard).toEqual({ text: "user@example.com", concealed: false });
  await expect(screen.press("cmd+shift+z")).rejects.toThrow("nothing is bound to cmd+shift+z");
  await expect(screen.runAction("Nope")).rejects.toThrow("no action");
  expect(host.closedMainWindow).toBeGreaterThan(0);
});

test("Raycast filters by title and keywords when the List does not search itself", async () => {
  const screen = await runCommand(() => <Items rows={rows} />);
  await screen.type("pay");
  expect(screen.items().map((i) => i.title)).toEqual(["Stripe"]);
  await screen.type("git");
  expect(screen.items().map((i) => i.title)).toEqual(["GitHub"]);
  await screen.type("zzz");
  expect(screen.items()).toEqual([]);
  expect(screen.emptyView()).toEqual({ title: "Nothing found", description: "Try another search" });
  await screen.press("escape");
  expect(screen.searchText()).toBe("");
  expect(screen.items()).toHaveLength(3);
});

test("onSearchTextChange gets every keystroke, or only the last one with throttle", async () => {
  const calls: string[] = [];
  function Search(props: { throttle: boolean }) {
    const [text, setText] = useState("");
    return (
      <List
        throttle={props.throttle}
        onSearchTextChange={(next) => {
          calls.push(next);
          setText(next);
        }}
      >
        <List.Item title={`Results for ${text}`} />
        <List.Item title="Other" />
      </List>
    );
  }
  const screen = await runCommand(() => <Search throttle={false} />);
  await screen.type("abc");
  expect(calls).toEqual(["a", "ab", "abc"]);
  expect(screen.items().map((i) => i.title)).toEqual(["Results for abc", "Other"]);
  await screen.unmount();
  calls.length = 0;
  const throttled = await runCommand(() => <Search throttle />);
  await throttled.type("abc");
  expect(calls).toEqual(["abc"]);
});

test("selection follows selectedItemId and reports onSelectionChange", async () => {
  const seen: (string | null)[] = [];
  function Selecting() {
    const [selected, setSelected] = useState<string | undefined>(undefined);
    return (
      <List selectedItemId={selected} onSelectionChange={(id) => seen.push(id)}>
        {["a", "b", "c"].map((id) => (
          <List.Item
            key={id}
            id={id}
            title={id.toUpperCase()}
            actions={
              <ActionPanel>
                <Action title="Jump to C" onAction={() => setSelected("c")} />
              </ActionPanel>
            }
          />
        ))}
      </List>
    );
  }
  const screen = await runCommand(Selecting);
  expect(seen).toEqual(["a"]);
  await screen.moveDown();
  expect(screen.selected()?.id).toBe("b");
  await screen.press("enter");
  expect(screen.selected()?.id).toBe("c");
  expect(seen).toEqual(["a", "b", "c"]);
});

test("a pushed view pops back to the list, which kept its state", async () => {
  let popped = 0;
  function Pushed() {
    const { pop } = useNavigation();
    return (
      <Detail
        markdown="# Details"
        navigationTitle="Item"
        actions={
          <ActionPanel>
            <Action title="Back" onAction={pop} />
          </ActionPanel>
        }
      />
    );
  }
  function Root() {
    return (
      <List navigationTitle="Root">
        <List.Item
          title="One"
          actions={
            <ActionPanel>
              <Action.Push title="Show Details" target={<Pushed />} onPop={() => popped++} />
            </ActionPanel>
          }
        />
        <List.Item title="Two" />
      </List>
    );
  }
  const screen = await runCommand(Root);
  await screen.type("On");
  await screen.press("enter");
  expect(screen.depth()).toBe(2);
  expect(screen.kind()).toBe("Detail");
  expect(screen.navigationTitle()).toBe("Item");
  expect(screen.detail()?.markdown).toBe("# Details");
  await screen.runAction("Back");
  expect(screen.depth()).toBe(1);
  expect(popped).toBe(1);
  expect(screen.searchText()).toBe("On");
  await screen.press("enter");
  await screen.pop();
  expect(screen.depth()).toBe(1);
  await expect(screen.pop()).rejects.toThrow("root");
});

test("a dropdown with storeValue keeps its value across remounts", async () => {
  const changes: string[] = [];
  function WithDropdown() {
    const [vault, setVault] = useState("all");
    return (
      <List
        searchBarAccessory={
          <List.Dropdown
            id="vault"
            tooltip="Vault"
            storeValue
            onChange={(value) => {
              changes.push(value);
              setVault(value);
            }}
          >
            <List.Dropdown.Item value="all" title="All Vaults" />
            <List.Dropdown.Section title="Vaults">
              <List.Dropdown.Item value="private" title="Private" />
              <List.Dropdown.Item value="shared" title="Shared" />
            </List.Dropdown.Section>
          </List.Dropdown>
        }
      >
        <List.Item title={`Items in ${vault}`} />
      </List>
    );
  }
  const first = await runCommand(WithDropdown);
  expect(first.dropdown()?.value).toBe("all");
  await first.chooseDropdown("Shared");
  expect(first.items()[0]?.title).toBe("Items in shared");
  expect(first.dropdown()?.items[2]).toEqual({ value: "shared", title: "Shared", section: "Vaults" });
  await first.unmount();
  const second = await runCommand(WithDropdown);
  expect(second.dropdown()?.value).toBe("shared");
  expect(second.items()[0]?.title).toBe("Items in shared");
  expect(changes).toEqual(["all", "shared", "shared"]);
});

test("pagination loads more when the user reaches the end", async () => {
  function Paged() {
    const [count, setCount] = useState(2);
    return (
      <List pagination={{ pageSize: 2, hasMore: count < 4, onLoadMore: () => setCount((c) => c + 2) }}>
        {Array.from({ length: count }, (_, i) => (
          <List.Item key={i} title={`Row ${i}`} />
        ))}
      </List>
    );
  }
  const screen = await runCommand(Paged);
  expect(screen.items()).toHaveLength(2);
  await screen.moveDown();
  expect(screen.items()).toHaveLength(4);
  await expect(screen.loadMore()).rejects.toThrow("nothing more");
});

test("item detail metadata and isLoading are readable", async () => {
  const screen = await runCommand(() => (
    <List isLoading isShowingDetail>
      <List.Item
        title="GitHub"
        detail={
          <List.Item.Detail
            markdown="**GitHub**"
            metadata={
              <List.Item.Detail.Metadata>
                <List.Item.Detail.Metadata.Label title="Vault" text="Private" />
                <List.Item.Detail.Metadata.Separator />
                <List.Item.Detail.Metadata.TagList title="Tags">
                  <List.Item.Detail.Metadata.TagList.Item text="work" color="raycast-blue" />
                </List.Item.Detail.Metadata.TagList>
                <List.Item.Detail.Metadata.Link title="Website" text="github.com" target="https://github.com" />
              </List.Item.Detail.Metadata>
            }
          />
        }
      />
    </List>
  ));
  expect(screen.isLoading()).toBe(true);
  expect(screen.detail()).toEqual({
    markdown: "**GitHub**",
    isLoading: false,
    metadata: [
      { type: "label", title: "Vault", text: "Private" },
      { type: "separator" },
      { type: "tagList", title: "Tags", tags: [{ text: "work", color: "raycast-blue" }] },
      { type: "link", title: "Website", text: "github.com", target: "https://github.com" },
    ],
  });
});
