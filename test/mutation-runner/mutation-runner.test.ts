import { errorOf, mayHaveBeenCarriedOut, type OnePasswordErrorKind } from "../../src/onepassword/errors";
import { runMutation } from "../../src/components/shared/mutation";
import { runBatch } from "../../src/components/shared/batch-toast";
import { host, resetHost } from "../../test-world/host";

afterEach(() => resetHost());

const context = { operation: "Deleting vault", account: "work" };

test("the progress toast becomes the success toast, after the list was updated", async () => {
  const order: string[] = [];
  const outcome = await runMutation({
    progress: "Deleting “Work”…",
    call: async () => {
      order.push("call");
      return 3;
    },
    context,
    onSuccess: (value) => void order.push(`list ${value}`),
    success: (value) => ({ title: `Deleted ${value}`, message: "Gone" }),
  });
  expect(outcome).toEqual({ ok: true, value: 3 });
  expect(order).toEqual(["call", "list 3"]);
  expect(host.toasts).toHaveLength(1);
  expect(host.toasts[0]?.history[0]).toMatchObject({ style: "ANIMATED", title: "Deleting “Work”…" });
  expect(host.toasts[0]).toMatchObject({ style: "SUCCESS", title: "Deleted 3", message: "Gone" });
});

test("a failure rolls the list back, hides the progress and offers the retry on the failure toast", async () => {
  const shown: string[] = [];
  let retried = 0;
  const outcome = await runMutation({
    progress: "Renaming…",
    call: () => Promise.reject(errorOf("timed-out", { context })),
    context,
    optimistic: { apply: () => shown.push("renamed"), rollback: () => shown.pop() },
    success: () => ({ title: "Renamed" }),
    retry: () => void retried++,
  });
  expect(outcome.ok).toBe(false);
  expect(shown).toEqual([]);
  expect(host.toasts[0]?.hidden).toBe(true);
  const failure = host.toasts[1];
  expect(failure).toMatchObject({ style: "FAILURE", title: errorOf("timed-out", { context }).title });
  await failure?.runPrimaryAction();
  expect(retried).toBe(1);
});

test("a failure the screen says in its own words shows no second toast", async () => {
  await runMutation({
    call: () => Promise.reject(new Error("group permissions are not supported")),
    context,
    onFailure: () => true,
  });
  expect(host.toasts).toHaveLength(0);
});

test("only a lost or malformed answer leaves a write in doubt", () => {
  const kinds: OnePasswordErrorKind[] = [
    "timed-out",
    "unexpected",
    "permission-denied",
    "not-found",
    "session-expired",
  ];
  expect(kinds.filter((kind) => mayHaveBeenCarriedOut(errorOf(kind, { context })))).toEqual([
    "timed-out",
    "unexpected",
  ]);
});

test("a batch runs on the runner: a partial failure is a failure toast whose Try Again takes the failed keys only", async () => {
  const shown: string[] = [];
  const retried: (readonly string[])[] = [];
  const report = await runBatch<string>({
    keys: ["a", "b", "c"],
    words: { progressive: "Archiving", past: "Archived", verb: "archive", noun: (n) => (n === 1 ? "item" : "items") },
    call: async (keys) => ({
      succeeded: keys.filter((key) => key !== "b"),
      failed: [{ key: "b", error: errorOf("permission-denied", { context }) }],
    }),
    optimistic: (keys) => ({
      apply: () => shown.push(`hide ${keys.join("")}`),
      rollback: () => shown.push("rollback"),
      settle: () => shown.push("settle"),
    }),
    onReport: (result) => shown.push(`report ${result.succeeded.join("")}`),
    retry: (keys) => retried.push(keys),
  });
  expect(report?.failed.map((failure) => failure.key)).toEqual(["b"]);
  expect(shown).toEqual(["hide abc", "report ac", "settle"]);
  expect(host.toasts[0]?.history[0]).toMatchObject({ style: "ANIMATED", title: "Archiving 3 items…" });
  expect(host.toasts[0]).toMatchObject({
    style: "FAILURE",
    title: "Archived 2 of 3 items",
    primaryAction: "Try Again",
  });
  expect(host.toasts[0]?.message).toBe("1 failed: 1 × Permission Denied. Failed ones stay selected.");
  await host.toasts[0]?.runPrimaryAction();
  expect(retried).toEqual([["b"]]);
});
