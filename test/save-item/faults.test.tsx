import { host, type Screen } from "../../test-world/host";
import type { AccountHandle } from "../../test-world/sim";
import { openCommand } from "../../test-world/support/commands";
import { field } from "../../test-world/support/screen";
import { itemsTitled, openSaveItem } from "../../test-world/support/save-item";
import {
  advance,
  expectNoLeakOrCrash,
  PAST_CALL,
  settledToast,
  useFakeTimersHere,
  useSimulatedApp,
  waitWithTime,
} from "../../test-world/support/faults";

/**
 * Fault injection over Save Item: every failure says what happened, keeps what was typed, and no retry ever saves the
 * token twice, even when 1Password saved it but its answer was lost.
 */

const app = useSimulatedApp();

const TOKEN = "ghp_" + "Qw7eR9tY2uI4oP6aS8dF1gH3jK5lZ0xC7vB9";

let acme: AccountHandle;
let engineering: string;
beforeEach(() => {
  acme = app().addAccount({ name: "Acme", type: "business" });
  engineering = acme.addVault({ title: "Engineering" });
  acme.addVault({ title: "Personal", type: "personal" });
  host.userCopies(TOKEN);
});

const savedTokens = () => itemsTitled(app(), "GitHub Token");
const saved = (title = "GitHub Token") => settledToast()?.title === `Saved “${title}”`;

/** Every value is still in the form after a failure. */
function expectFormKept(screen: Screen) {
  expect(field(screen, "title")?.value).toBe("GitHub Token");
  expect(field(screen, "secret")?.value).toBe(TOKEN);
  expect(field(screen, "tags")?.value).toBe("github");
}

test("the prompt is denied: it says so, the values stay, and after approving the save happens once", async () => {
  acme.prompt = "deny";
  const screen = await openCommand("save-item");
  await screen.waitFor(() => settledToast());
  expect(host.toast).toMatchObject({ style: "FAILURE", title: "Access Not Granted", primaryAction: "Authorize Again" });
  expectFormKept(screen);
  acme.prompt = "approve";
  await host.toast?.runPrimaryAction();
  await screen.waitFor((s) => !s.isLoading() && field(s, "vault")?.value !== "");
  await screen.press("cmd+enter");
  await screen.waitFor(() => saved());
  expect(savedTokens()).toHaveLength(1);

  // Denied again at the save itself: the form keeps everything, and ⌘↵ after approving saves the next one once.
  await screen.setValue("title", "GitHub Token");
  await screen.setValue("secret", TOKEN);
  await screen.setValue("tags", "github");
  acme.prompt = "deny";
  app().lock();
  app().unlock();
  await screen.press("cmd+enter");
  await screen.waitFor(() => settledToast()?.title === "Access Not Granted");
  expectFormKept(screen);
  acme.prompt = "approve";
  await screen.press("cmd+enter");
  await screen.waitFor(() => saved() && savedTokens().length === 2);
  expectNoLeakOrCrash(app(), [TOKEN]);
});

test("1Password locks before the save: it says so, the values stay, and the retry after unlocking saves once", async () => {
  const screen = await openSaveItem();
  app().lockedPrompt = "deny";
  app().lock();
  await screen.press("cmd+enter");
  await screen.waitFor(() => settledToast());
  expect(host.toast?.style).toBe("FAILURE");
  expect(host.toast?.title).toMatch(/Locked|Access Not Granted/);
  expectFormKept(screen);
  expect(savedTokens()).toHaveLength(0);
  app().unlock();
  await screen.press("cmd+enter");
  await screen.waitFor(() => saved());
  expect(savedTokens()).toHaveLength(1);
  expectNoLeakOrCrash(app(), [TOKEN]);
});

test("the vault stopped taking items: it leaves the dropdown, the values stay, and another vault takes it", async () => {
  const screen = await openSaveItem();
  expect(field(screen, "vault")?.options?.map((o) => o.title)).toContain("Engineering");
  app().denyVault(engineering, ["write"]);
  await screen.press("cmd+enter");
  await screen.waitFor(() => settledToast());
  expect(host.toast).toMatchObject({ style: "FAILURE", title: "Could Not Save in “Engineering”" });
  expectFormKept(screen);
  expect(field(screen, "vault")?.options?.map((o) => o.title)).toEqual(["Personal"]);
  expect(field(screen, "vault")?.value).not.toContain(engineering);
  expect(field(screen, "vault")?.error).toBe("“Engineering” does not take new items: check the vault chosen now.");
  await screen.press("cmd+enter");
  await screen.waitFor(() => saved());
  expect(savedTokens().map((item) => item.vaultId)).not.toContain(engineering);
  expect(savedTokens()).toHaveLength(1);
  expectNoLeakOrCrash(app(), [TOKEN]);
});

describe("answers lost after the call", () => {
  test("saved, then the connection drops: the check finds it, and it is reported saved, once", async () => {
    const screen = await openSaveItem();
    app().loseAnswerNext("ItemsCreate");
    await screen.press("cmd+enter");
    await screen.waitFor(() => saved());
    expect(host.toast?.message).toContain("before its answer was lost");
    expect(savedTokens()).toHaveLength(1);
    expect(app().callsNamed("ItemsCreate")).toHaveLength(1);
    expectNoLeakOrCrash(app(), [TOKEN]);
  });

  test("saved, the answer lost and the check failing too: the retry checks first and never saves twice", async () => {
    const screen = await openSaveItem();
    app().loseAnswerNext("ItemsCreate");
    app().failNext("ItemsList", { message: "core answered with something odd" });
    await screen.press("cmd+enter");
    await screen.waitFor(() => settledToast());
    expect(host.toast?.style).toBe("FAILURE");
    expect(host.toast?.message).toContain("may have saved “GitHub Token” anyway");
    expect(host.toast?.primaryAction).toBe("Try Again");
    expectFormKept(screen);
    await host.toast?.runPrimaryAction();
    await screen.waitFor(() => saved());
    expect(savedTokens()).toHaveLength(1);
    expect(app().callsNamed("ItemsCreate")).toHaveLength(1);
    expectNoLeakOrCrash(app(), [TOKEN]);
  });

  test("not saved, the answer malformed: a same-titled item from before is not taken for it", async () => {
    acme.addItem(engineering, { title: "GitHub Token", category: "ApiCredentials" });
    const screen = await openSaveItem();
    app().failNext("ItemsCreate", { message: "core answered with something odd" });
    await screen.press("cmd+enter");
    await screen.waitFor(() => settledToast());
    expect(host.toast?.style).toBe("FAILURE");
    expectFormKept(screen);
    await screen.press("cmd+enter");
    await screen.waitFor(() => saved());
    expect(savedTokens()).toHaveLength(2);
    expect(savedTokens().filter((item) => item.fields.some((f) => f.value === TOKEN))).toHaveLength(1);
    expectNoLeakOrCrash(app(), [TOKEN]);
  });

  describe("with time", () => {
    useFakeTimersHere();

    test("saved, but the answer comes too late: after the timeout the check finds it", async () => {
      const screen = await openCommand("save-item");
      await waitWithTime(screen, (s) => !s.isLoading() && field(s, "vault")?.value !== "");
      const late = app().loseAnswerNext("ItemsCreate", { late: true });
      await screen.press("cmd+enter");
      await waitWithTime(screen, () => late.held === 1);
      expect(screen.isLoading()).toBe(true);
      await advance(PAST_CALL);
      await waitWithTime(screen, () => saved());
      expect(savedTokens()).toHaveLength(1);
      late.release();
      expectNoLeakOrCrash(app(), [TOKEN]);
    });

    test("never answered and not saved: reported after the timeout, and the retry saves it once", async () => {
      const screen = await openCommand("save-item");
      await waitWithTime(screen, (s) => !s.isLoading() && field(s, "vault")?.value !== "");
      // Only the first create hangs, and it never reaches 1Password's store.
      let creates = 0;
      const hang = app().hang((call) => call.name === "ItemsCreate" && ++creates === 1);
      await screen.press("cmd+enter");
      await waitWithTime(screen, () => hang.held === 1);
      await advance(PAST_CALL);
      await waitWithTime(screen, () => settledToast());
      expect(host.toast).toMatchObject({ style: "FAILURE", title: "1Password Did Not Answer" });
      expectFormKept(screen);
      await screen.press("cmd+enter");
      await waitWithTime(screen, () => saved());
      expect(savedTokens()).toHaveLength(1);
      expectNoLeakOrCrash(app(), [TOKEN]);
    });
  });
});
