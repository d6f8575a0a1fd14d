import {
  Action,
  ActionPanel,
  clearSearchBar,
  Form,
  List,
  popToRoot,
  updateCommandMetadata,
  useNavigation,
} from "@raycast/api";
import { useState } from "react";
import { host, resetHost, runCommand } from "../../test-world/host/index";

afterEach(() => resetHost());

function GrantForm(props: { onSubmit: (values: Form.Values) => void }) {
  return (
    <Form
      navigationTitle="Grant Access"
      actions={
        <ActionPanel>
          <Action.SubmitForm title="Grant" onSubmit={props.onSubmit} />
          <Action.OpenInBrowser title="Open Docs" url="https://developer.1password.com" />
        </ActionPanel>
      }
    >
      <Form.TextField id="title" title="Title" placeholder="Vault title" storeValue />
      <Form.PasswordField id="token" title="Token" />
      <Form.Dropdown id="permission" title="Permission" defaultValue="edit">
        <Form.Dropdown.Item value="read" title="Read" />
        <Form.Dropdown.Section title="More">
          <Form.Dropdown.Item value="edit" title="Edit" />
          <Form.Dropdown.Item value="manage" title="Manage" />
        </Form.Dropdown.Section>
      </Form.Dropdown>
      <Form.Separator />
      <Form.TagPicker id="groups" title="Groups">
        <Form.TagPicker.Item value="owners" title="Owners" />
        <Form.TagPicker.Item value="devs" title="Developers" />
      </Form.TagPicker>
      <Form.Checkbox id="admins" label="Administrators" defaultValue />
    </Form>
  );
}

test("uncontrolled fields keep what the user typed and submit it with every value", async () => {
  const submitted: Form.Values[] = [];
  const screen = await runCommand(() => <GrantForm onSubmit={(values) => submitted.push(values)} />);
  expect(screen.navigationTitle()).toBe("Grant Access");
  expect(screen.fields().map((f) => [f.id, f.type, f.value])).toEqual([
    ["title", "textfield", ""],
    ["token", "password", ""],
    ["permission", "dropdown", "edit"],
    ["", "separator", undefined],
    ["groups", "tagpicker", []],
    ["admins", "checkbox", true],
  ]);
  expect(screen.fields()[2]?.options?.[1]).toEqual({ value: "edit", title: "Edit", section: "More" });
  await screen.setValue("permission", "Manage");
  await expect(screen.setValue("permission", "owner")).rejects.toThrow("no option");
  await expect(screen.setValue("groups", ["nobody"])).rejects.toThrow("takes a list of");
  await screen.submit({ title: "Work", groups: ["devs"] });
  expect(submitted).toEqual([{ title: "Work", token: "", permission: "manage", groups: ["devs"], admins: true }]);
  await screen.runAction("Open Docs");
  expect(host.opened).toEqual(["https://developer.1password.com"]);

  await screen.unmount();
  const again = await runCommand(() => <GrantForm onSubmit={() => undefined} />);
  expect(again.fields()[0]?.value).toBe("Work");
});

test("popToRoot and clearSearchBar act on the view the user sees", async () => {
  function Third() {
    return (
      <List>
        <List.Item
          title="Done"
          actions={
            <ActionPanel>
              <Action
                title="Finish"
                onAction={async () => {
                  await updateCommandMetadata({ subtitle: "3 vaults" });
                  await popToRoot({ clearSearchBar: true });
                }}
              />
            </ActionPanel>
          }
        />
      </List>
    );
  }
  function Second() {
    const { push } = useNavigation();
    return (
      <List>
        <List.Item
          title="Next"
          actions={
            <ActionPanel>
              <Action title="Next" onAction={() => push(<Third />)} />
            </ActionPanel>
          }
        />
      </List>
    );
  }
  function Root() {
    const [text, setText] = useState("");
    return (
      <List onSearchTextChange={setText} filtering={false}>
        <List.Item
          title={`Search: ${text}`}
          actions={
            <ActionPanel>
              <Action.Push title="Go" target={<Second />} />
              <Action title="Clear" onAction={() => clearSearchBar()} />
            </ActionPanel>
          }
        />
      </List>
    );
  }
  const screen = await runCommand(Root, { commandName: "manage-vaults", preferences: { accounts: "Work" } });
  await screen.type("abc");
  await screen.runAction("Clear");
  expect(screen.searchText()).toBe("");
  expect(screen.items()[0]?.title).toBe("Search: ");
  await screen.type("xy");
  await screen.press("enter");
  await screen.press("enter");
  expect(screen.depth()).toBe(3);
  await screen.press("enter");
  expect(screen.depth()).toBe(1);
  expect(screen.items()[0]?.title).toBe("Search: ");
  expect(host.commandMetadata).toEqual({ "manage-vaults": { subtitle: "3 vaults" } });
});

test("waitFor gives up with a picture of the screen", async () => {
  const screen = await runCommand(() => (
    <List isLoading>
      <List.Item title="Only" />
    </List>
  ));
  await expect(screen.waitFor((s) => !s.isLoading(), { timeout: 30 })).rejects.toThrow(/timed out[\s\S]*> Only/);
});

describe("drafts", () => {
  function DraftForm(props: { enableDrafts: boolean }) {
    return (
      <Form enableDrafts={props.enableDrafts}>
        <Form.TextField id="title" title="Title" />
      </Form>
    );
  }

  test("closing a root form with drafts enabled keeps what was typed, as Raycast does", async () => {
    const screen = await runCommand(() => <DraftForm enableDrafts />, { commandName: "draft-form" });
    await screen.setValue("title", "half typed");
    await screen.unmount();
    expect(host.drafts).toEqual({ "draft-form": { title: "half typed" } });
  });

  test("without enableDrafts nothing is kept", async () => {
    const screen = await runCommand(() => <DraftForm enableDrafts={false} />, { commandName: "draft-form" });
    await screen.setValue("title", "half typed");
    await screen.unmount();
    expect(host.drafts).toEqual({});
  });
});
