import { Action, ActionPanel, Form, List } from "@raycast/api";
import { useCachedPromise, useForm, useLocalStorage, usePromise } from "@raycast/utils";
import { host, resetHost, runCommand } from "../../test-world/host";

afterEach(() => resetHost());

test("usePromise loads, and isLoading turns off", async () => {
  function Loader() {
    const { data, isLoading } = usePromise(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return ["one", "two"];
    });
    return (
      <List isLoading={isLoading}>
        {(data ?? []).map((title) => (
          <List.Item key={title} title={title} />
        ))}
      </List>
    );
  }
  const screen = await runCommand(Loader);
  await screen.waitFor((s) => !s.isLoading());
  expect(screen.items().map((i) => i.title)).toEqual(["one", "two"]);
});

test("a failing usePromise shows @raycast/utils' failure toast", async () => {
  function Failing() {
    const { isLoading } = usePromise(async () => {
      throw new Error("desktop app locked");
    });
    return <List isLoading={isLoading} />;
  }
  const screen = await runCommand(Failing);
  await screen.waitFor(() => host.toast);
  expect(host.toast).toMatchObject({ style: "FAILURE", message: "desktop app locked" });
});

test("useCachedPromise writes its result to Cache and paints it first next time", async () => {
  let calls = 0;
  // The second launch's fetch waits until the test has seen the cached first paint, however slow the machine.
  let releaseSecond = () => {};
  const secondFetched = new Promise<void>((resolve) => (releaseSecond = resolve));
  function Cached() {
    const { data, isLoading } = useCachedPromise(async () => {
      calls += 1;
      const call = calls;
      await (call === 1 ? new Promise((resolve) => setTimeout(resolve, 5)) : secondFetched);
      return [`vault-${call}`];
    });
    return (
      <List isLoading={isLoading}>
        {(data ?? []).map((title) => (
          <List.Item key={title} title={title} />
        ))}
      </List>
    );
  }
  const first = await runCommand(Cached);
  await first.waitFor((s) => s.items().length === 1 && !s.isLoading());
  const cached = JSON.stringify(host.cache);
  expect(cached).toContain("vault-1");
  await first.unmount();
  const second = await runCommand(Cached);
  expect(second.items().map((i) => i.title)).toEqual(["vault-1"]);
  releaseSecond();
  await second.waitFor((s) => s.items()[0]?.title === "vault-2");
});

test("useForm shows validation errors on fields and submits valid values", async () => {
  const submitted: unknown[] = [];
  function CreateVault() {
    const { handleSubmit, itemProps } = useForm<{ title: string; description: string; admins: boolean }>({
      onSubmit: (values) => {
        submitted.push(values);
      },
      validation: { title: (value) => (value && value.length > 2 ? undefined : "Title is too short") },
    });
    return (
      <Form
        actions={
          <ActionPanel>
            <Action.SubmitForm title="Create Vault" onSubmit={handleSubmit} />
          </ActionPanel>
        }
      >
        <Form.TextField title="Title" {...itemProps.title} />
        <Form.TextArea title="Description" {...itemProps.description} />
        <Form.Checkbox label="Admins can manage" {...itemProps.admins} />
        <Form.Description text="Vaults hold items." />
      </Form>
    );
  }
  const screen = await runCommand(CreateVault);
  await screen.submit({ title: "ab" });
  expect(screen.fields().find((f) => f.id === "title")).toMatchObject({ value: "ab", error: "Title is too short" });
  expect(submitted).toEqual([]);
  await screen.setValue("title", "Work");
  expect(screen.fields().find((f) => f.id === "title")?.error).toBeUndefined();
  await screen.press("cmd+enter");
  expect(submitted).toEqual([{ title: "Work", description: "", admins: false }]);
  expect(screen.fields().map((f) => f.type)).toEqual(["textfield", "textarea", "checkbox", "description"]);
});

test("useLocalStorage reads and writes LocalStorage", async () => {
  function Pins() {
    const { value, setValue, isLoading } = useLocalStorage<string[]>("pins", []);
    return (
      <List isLoading={isLoading}>
        <List.Item
          title={`Pinned: ${(value ?? []).join(",")}`}
          actions={
            <ActionPanel>
              <Action title="Pin" onAction={() => setValue([...(value ?? []), "github"])} />
            </ActionPanel>
          }
        />
      </List>
    );
  }
  const screen = await runCommand(Pins);
  await screen.waitFor((s) => !s.isLoading());
  await screen.press("enter");
  await screen.waitFor((s) => s.items()[0]?.title === "Pinned: github");
  expect(host.localStorage).toEqual({ pins: JSON.stringify(["github"]) });
});
