import { List } from "@raycast/api";
import { useState } from "react";
import { resetHost, runCommand } from "../../test-world/host/index";
import { Items, rows } from "./items-list";

afterEach(() => resetHost());

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
