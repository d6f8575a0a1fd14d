import { HEARTBEAT_KEY } from "../../src/clipboard/background-heartbeat";
import { host } from "../../test-world/host";
import { RawResult } from "../../test-world/sim";
import {
  answerOf,
  errorOf,
  expectClearScheduled,
  registerStaging,
  seedToolWorld,
  SECRETS,
} from "../../test-world/support/tools";
import { useWriteToolWorld } from "./write-tools";

/** copy-secret: asks naming what it copies, copies concealed with the clear scheduled, answers without the value. */
const { app, world, call, acme } = useWriteToolWorld();

describe("copy-secret", () => {
  const github = { reference: "op://Engineering/GitHub/password" };

  test("asks naming the item, field and vault, then copies concealed, schedules the clear and answers only that", async () => {
    host.answerToolConfirmations(true);
    const outcome = await call("copy-secret", github);
    expect(outcome.confirmation).toEqual({
      message: "Copy the password of “GitHub” to the clipboard?",
      info: [
        { name: "Item", value: "GitHub" },
        { name: "Field", value: "password" },
        { name: "Vault", value: "Engineering" },
        { name: "Account", value: world().account },
        { name: "Clipboard Clears", value: "in 90 s" },
      ],
    });
    expect(answerOf(outcome)).toEqual({ copied: "password of “GitHub”", concealed: true, clears: "in 90 s" });
    expect(host.clipboard).toEqual({ text: SECRETS.githubPassword, concealed: true });
    expectClearScheduled();
    // The person is reading the AI's answer: a toast says what was copied, the window stays open.
    expect(host.toasts.map((toast) => toast.title)).toEqual(["Copied password of “GitHub”"]);
    // (The authorization prompt takes focus, as it does in Raycast; nothing of the tool's own closes the window.)
    expect(host.windowClosures.filter((reason) => reason !== "1Password Access Requested")).toEqual([]);
  });

  test("declined: nothing is read from 1Password and the clipboard is untouched", async () => {
    host.userCopies("what the person had");
    host.answerToolConfirmations(false);
    const outcome = await call("copy-secret", github);
    expect(outcome.kind).toBe("declined");
    expect(app().callsNamed("SecretsResolve")).toEqual([]);
    expect(host.clipboard).toEqual({ text: "what the person had", concealed: false });
    expect(host.launches).toEqual([]);
  });

  test("copies a one-time password and an Environment variable the same way", async () => {
    await registerStaging(world());
    host.answerToolConfirmations(true, true);
    const otp = await call("copy-secret", { reference: "op://Engineering/GitHub/one-time password?attribute=otp" });
    expect(otp.confirmation?.info).toContainEqual({ name: "Field", value: "one-time password (one-time password)" });
    expect(host.clipboard).toEqual({ text: expect.stringMatching(/^\d{6}$/), concealed: true });
    const variable = await call("copy-secret", { environment: "Staging", variable: "API_KEY" });
    expect(variable.confirmation).toEqual({
      message: "Copy the value of API_KEY from “Staging” to the clipboard?",
      info: [
        { name: "Environment", value: "Staging" },
        { name: "Variable", value: "API_KEY" },
        { name: "Account", value: world().account },
        { name: "Clipboard Clears", value: "in 90 s" },
      ],
    });
    expect(answerOf(variable)).toEqual({ copied: "value of API_KEY", concealed: true, clears: "in 90 s" });
    expect(host.clipboard).toEqual({ text: SECRETS.apiKey, concealed: true });
    expectClearScheduled();
  });

  test("before background clearing has ever run, the answer does not promise the clear and says how to turn it on", async () => {
    host.internal.localStorage.delete(HEARTBEAT_KEY);
    host.answerToolConfirmations(true);
    const outcome = await call("copy-secret", github);
    expect(answerOf(outcome).clears).toBe(
      "in 90 s only while Raycast runs Clear Copied Secret in the background, which is not on yet: the person turns it on by running the Clear Copied Secret command once",
    );
    expect(host.clipboard).toEqual({ text: SECRETS.githubPassword, concealed: true });
    expectClearScheduled();
  });

  test("follows the clear delay preference, Never included", async () => {
    host.answerToolConfirmations(true);
    const outcome = await call("copy-secret", github, { clipboardClearDelay: "never" });
    expect(answerOf(outcome).clears).toBe("never (the Clear Clipboard After preference is Never)");
    expect(host.clipboard?.concealed).toBe(true);
    expect(host.launches).toEqual([]);
  });

  test("a reference that names nothing, or is not a reference, fails in words", async () => {
    host.answerToolConfirmations(true);
    expect(errorOf(await call("copy-secret", { reference: "op://Engineering/GitHub/pin" }))).toBe(
      "Not Found. 1Password has no field at op://Engineering/GitHub/pin. Use a reference from search-items.",
    );
    const notAReference = await call("copy-secret", { reference: "GitHub password" });
    expect(errorOf(notAReference)).toBe('A secret reference starts with "op://". Use a reference from search-items.');
    expect(notAReference.confirmation).toBeUndefined();
    expect(host.clipboard).toBeUndefined();
  });

  test("a malformed answer from 1Password holding a value is reported without any of it", async () => {
    host.answerToolConfirmations(true);
    app().malformNext("SecretsResolve", () => new RawResult(`{"value": "${SECRETS.githubPassword}`));
    expect(errorOf(await call("copy-secret", github))).toBe(
      "Unexpected Answer from 1Password. 1Password returned data this extension does not understand. Copy the details to report it.",
    );
    expect(host.clipboard).toBeUndefined();
  });

  test("with several accounts, the account is the one whose vault the reference names, or the one the model names", async () => {
    const other = seedToolWorld(app());
    const accounts = { accounts: `${world().account}, ${other.account}` };
    expect(errorOf(await call("copy-secret", github, accounts))).toBe(
      `Several accounts have a vault “Engineering”: say which account to use (“${world().account}”, “${other.account}”).`,
    );
    host.answerToolConfirmations(true);
    const named = await call("copy-secret", { ...github, account: other.account.toUpperCase() }, accounts);
    expect(named.confirmation?.info).toContainEqual({ name: "Account", value: other.account });
    expect(host.clipboard).toEqual({ text: SECRETS.githubPassword, concealed: true });
    expect(
      app()
        .callsNamed("SecretsResolve")
        .map((resolve) => resolve.account),
    ).toEqual([other.account]);
  });

  test("access denied in 1Password is said so before anything is asked", async () => {
    acme().prompt = "deny";
    const outcome = await call("copy-secret", github);
    expect(errorOf(outcome)).toBe(
      'Access Not Granted. The "1Password Access Requested" prompt was denied, closed or not answered. Choose Authorize Again and approve it in 1Password (it may open behind other windows).',
    );
    expect(outcome.confirmation).toBeUndefined();
  });
});
