import { Action, ActionPanel, Detail, List, useNavigation } from "@raycast/api";
import { useState } from "react";
import { host, resetHost, runCommand } from "../../test-world/host/index";
import { Items, rows } from "./items-list";

afterEach(() => resetHost());

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
