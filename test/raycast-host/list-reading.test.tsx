import { List } from "@raycast/api";
import { resetHost, runCommand } from "../../test-world/host/index";
import { Items, rows } from "./items-list";

afterEach(() => resetHost());

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
