import { Action, ActionPanel, Alert, confirmAlert, Detail, showHUD, showToast, Toast } from "@raycast/api";
import { useState } from "react";
import { host, resetHost, runCommand } from "../../test-world/host/index";

afterEach(() => resetHost());

function Deleter() {
  const [status, setStatus] = useState("idle");
  return (
    <Detail
      markdown={status}
      actions={
        <ActionPanel>
          <Action
            title="Delete Vault"
            style={Action.Style.Destructive}
            onAction={async () => {
              const confirmed = await confirmAlert({
                title: "Delete “Work”?",
                message: "This cannot be undone.",
                primaryAction: { title: "Delete", style: Alert.ActionStyle.Destructive },
              });
              if (!confirmed) return setStatus("kept");
              const toast = await showToast({ style: Toast.Style.Animated, title: "Deleting…" });
              await new Promise((resolve) => setTimeout(resolve, 5));
              toast.style = Toast.Style.Success;
              toast.title = "Deleted";
              toast.primaryAction = { title: "Undo", onAction: () => setStatus("undone") };
              setStatus("deleted");
            }}
          />
        </ActionPanel>
      }
    />
  );
}

test("confirmAlert answered no, then yes; the toast goes from animated to success", async () => {
  const screen = await runCommand(Deleter);
  host.answerAlerts(false);
  await screen.press("enter");
  expect(screen.detail()?.markdown).toBe("kept");
  expect(host.toasts).toEqual([]);

  host.answerAlerts(true);
  await screen.press("enter");
  expect(screen.detail()?.markdown).toBe("deleted");
  expect(host.alerts).toEqual([
    expect.objectContaining({ title: "Delete “Work”?", primaryAction: "Delete", answer: false }),
    expect.objectContaining({ primaryStyle: "destructive", message: "This cannot be undone.", answer: true }),
  ]);
  const [toast] = host.toasts;
  expect(toast?.history.map((s) => [s.style, s.title, s.primaryAction])).toEqual([
    ["ANIMATED", "Deleting…", undefined],
    ["SUCCESS", "Deleting…", undefined],
    ["SUCCESS", "Deleted", undefined],
    ["SUCCESS", "Deleted", "Undo"],
  ]);
  expect(host.toast).toMatchObject({ style: "SUCCESS", title: "Deleted", primaryAction: "Undo" });
  await toast?.runPrimaryAction();
  expect(screen.detail()?.markdown).toBe("undone");
});

test("an alert nobody answered fails the step, so tests must decide", async () => {
  const screen = await runCommand(Deleter);
  await expect(screen.press("enter")).rejects.toThrow("was not answered");
  expect(host.errors.map((e) => e.source)).toEqual(["confirmAlert"]);
});

test("showHUD is recorded and closes the window", async () => {
  await showHUD("Copied");
  await showToast(Toast.Style.Failure, "Failed", "why");
  expect(host.huds).toEqual([{ title: "Copied" }]);
  expect(host.windowClosures).toEqual(["showHUD"]);
  expect(host.toast).toMatchObject({ style: "FAILURE", title: "Failed", message: "why" });
});
