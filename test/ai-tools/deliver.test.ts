import { host } from "../../test-world/host";
import { decodeAppleScript, decodeSendKeys } from "../../test-world/support/keystroke-decode";
import { useFakeKeystrokes } from "../../test-world/support/keystroke";
import { answerOf, callTool, errorOf, seedToolWorld, SECRETS, type ToolWorld } from "../../test-world/support/tools";
import { useSimulatedApp } from "../../test-world/support/world";

/**
 * copy-secret's `deliver`: the built tool asks naming the delivery, then copies, pastes or types; typing writes
 * nothing to the clipboard and the value is never in the keystroke program's arguments.
 */
const app = useSimulatedApp();
let world: ToolWorld;
beforeEach(() => {
  world = seedToolWorld(app());
});
const github = { reference: "op://Engineering/GitHub/password" };
const call = (input: unknown) => callTool(app(), world, "copy-secret", input);

describe.each([
  ["macOS", "darwin" as const, decodeAppleScript],
  ["Windows", "win32" as const, decodeSendKeys],
])("on %s", (_name, platform, decode) => {
  const keystrokes = useFakeKeystrokes(platform);

  test("deliver type: the confirmation says it types, and it types without the clipboard", async () => {
    host.answerToolConfirmations(true);
    const outcome = await call({ ...github, deliver: "type" });
    expect(outcome.confirmation).toEqual({
      message: "Type the password of “GitHub” into the app in front of Raycast, as keystrokes?",
      info: expect.arrayContaining([
        { name: "Clipboard Clears", value: "not used" },
        { name: "Delivery", value: "Type as keystrokes" },
      ]),
    });
    expect(answerOf(outcome)).toEqual({ typed: "password of “GitHub”", clipboard: "not used" });
    expect(keystrokes.calls().map((call) => decode(call.stdin ?? ""))).toEqual([[{ text: SECRETS.githubPassword }]]);
    for (const call of keystrokes.calls()) expect(call.args.join(" ")).not.toContain(SECRETS.githubPassword);
    expect(host.clipboardHistory.filter((write) => write.via !== "user")).toEqual([]);
  });

  test("deliver paste: the confirmation says it pastes, and it pastes a concealed copy", async () => {
    host.answerToolConfirmations(true);
    const outcome = await call({ ...github, deliver: "paste" });
    expect(outcome.confirmation?.message).toBe("Paste the password of “GitHub” into the app in front of Raycast?");
    expect(answerOf(outcome)).toEqual(expect.objectContaining({ pasted: "password of “GitHub”", concealed: true }));
    expect(host.clipboard).toEqual({ text: SECRETS.githubPassword, concealed: true });
    expect(keystrokes.calls()).toHaveLength(1);
  });
});

describe("declined or refused", () => {
  const keystrokes = useFakeKeystrokes("darwin");

  test("declined: nothing is typed", async () => {
    host.answerToolConfirmations(false);
    const outcome = await call({ ...github, deliver: "type" });
    expect(outcome.kind).toBe("declined");
    expect(keystrokes.calls()).toEqual([]);
  });

  test("with no app in front to type into, the model hears that nothing was typed, and why", async () => {
    host.answerToolConfirmations(true);
    host.bringToFront(null);
    const outcome = await call({ ...github, deliver: "type" });
    expect(errorOf(outcome)).toBe("Nothing was typed: no app was in front to receive it.");
    expect(keystrokes.calls()).toEqual([]);
  });
});
