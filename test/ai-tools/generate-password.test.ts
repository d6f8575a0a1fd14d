import { host } from "../../test-world/host";
import { leaksIn } from "../../test-world/support/canary";
import { answerOf, errorOf, expectClearScheduled } from "../../test-world/support/tools";
import { useWriteToolWorld } from "./write-tools";

/** generate-password: copies a new password concealed or saves it as an item, answering without the password. */
const { app, world, call, acme } = useWriteToolWorld();

describe("generate-password", () => {
  test("asks, copies a new password concealed and answers only its recipe and length", async () => {
    host.answerToolConfirmations(true);
    const outcome = await call("generate-password", {});
    expect(outcome.confirmation).toEqual({
      message: "Copy a new password to the clipboard?",
      info: [
        { name: "Password", value: "random, 20 characters, with digits and symbols" },
        { name: "Clipboard Clears", value: "in 90 s" },
      ],
    });
    expect(answerOf(outcome)).toEqual({
      copied: "a new password",
      concealed: true,
      clears: "in 90 s",
      recipe: "random, 20 characters, with digits and symbols",
      length: "20 characters",
    });
    const password = host.clipboard?.text ?? "";
    expect(host.clipboard).toEqual({ text: expect.any(String), concealed: true });
    expect([...password]).toHaveLength(20);
    expect(leaksIn(JSON.stringify({ runs: host.toolRuns, toasts: host.toasts, logs: host.logs }), [password])).toEqual(
      [],
    );
    expectClearScheduled();
  });

  test("takes a memorable recipe, and refuses one out of range in words", async () => {
    host.answerToolConfirmations(true);
    const memorable = await call("generate-password", { kind: "memorable", words: 5, separator: "periods" });
    expect(answerOf(memorable)).toMatchObject({
      recipe: "memorable, 5 words separated by periods, capitalized",
      length: "5 words",
    });
    expect(host.clipboard?.text.split(".")).toHaveLength(5);
    expect(errorOf(await call("generate-password", { length: 4 }))).toMatch(/^The length is not accepted: /);
  });

  test("saves it as a new item after a confirmation, answering with its reference, never the password", async () => {
    host.answerToolConfirmations(true);
    const outcome = await call("generate-password", {
      saveAs: "Deploy Key",
      vault: "Engineering",
      website: "deploy.example.com",
    });
    expect(outcome.confirmation).toEqual({
      message: "Save a new password as “Deploy Key” in “Engineering”?",
      info: [
        { name: "Item", value: "Deploy Key" },
        { name: "Vault", value: "Engineering" },
        { name: "Account", value: world().account },
        { name: "Website", value: "https://deploy.example.com" },
        { name: "Password", value: "random, 20 characters, with digits and symbols" },
      ],
    });
    expect(answerOf(outcome)).toEqual({
      saved: {
        title: "Deploy Key",
        vault: "Engineering",
        account: world().account,
        reference: "op://Engineering/Deploy Key/password",
      },
      recipe: "random, 20 characters, with digits and symbols",
      length: "20 characters",
    });
    const saved = [...(acme().state.vaults.get(world().vaults.engineering)?.items.values() ?? [])].find(
      (item) => item.title === "Deploy Key",
    );
    expect(saved).toMatchObject({
      category: "Password",
      fields: [expect.objectContaining({ fieldType: "Concealed" })],
    });
    expect(host.clipboard).toBeUndefined();
    // The index knows the new item at once: a search finds it without listing the account again.
    const listed = app().callsNamed("ItemsList").length;
    const found = answerOf(await call("search-items", { query: "deploy" }));
    expect((found.items as { title: string }[]).map((item) => item.title)).toEqual(["Deploy Key"]);
    expect(app().callsNamed("ItemsList")).toHaveLength(listed);
  });

  test("an answer lost after the save: the item is found, not saved a second time", async () => {
    host.answerToolConfirmations(true);
    app().loseAnswerNext("ItemsCreate");
    const outcome = await call("generate-password", { saveAs: "Deploy Key", vault: "Engineering" });
    expect(answerOf(outcome).saved).toEqual({
      title: "Deploy Key",
      vault: "Engineering",
      account: world().account,
      reference: "op://Engineering/Deploy Key/password",
    });
    const saved = [...(acme().state.vaults.get(world().vaults.engineering)?.items.values() ?? [])].filter(
      (item) => item.title === "Deploy Key",
    );
    expect(saved).toHaveLength(1);
    expect(app().callsNamed("ItemsCreate")).toHaveLength(1);
  });

  test("declined: nothing is saved", async () => {
    host.answerToolConfirmations(false);
    expect((await call("generate-password", { saveAs: "Deploy Key", vault: "Engineering" })).kind).toBe("declined");
    expect(app().callsNamed("ItemsCreate")).toEqual([]);
  });
});
