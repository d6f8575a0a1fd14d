import fc from "fast-check";
import {
  appleScriptFor,
  MAX_TYPED_LENGTH,
  sendKeysFor,
  typingRefusal,
  type KeyStep,
} from "../../src/clipboard/keystroke-steps";
import { decodeAppleScript, decodeSendKeys } from "../../test-world/support/keystroke-decode";

/** Any text typing accepts: printable ASCII, quotes, backslashes and SendKeys' metacharacters weighted in. */
const typable = fc.string({
  unit: fc.oneof(
    fc.constantFrom(..."\"\\+^%~(){}[]'`$&;| "),
    fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  ),
  minLength: 1,
  maxLength: 60,
});

test("any typable text comes out of AppleScript and SendKeys exactly as it went in", () => {
  fc.assert(
    fc.property(typable, typable, (username, password) => {
      const steps: KeyStep[] = [{ text: username }, { key: "tab" }, { text: password }, { key: "return" }];
      const expected = [{ text: username }, { key: "tab" }, { text: password }, { key: "return" }];
      expect(typingRefusal(username)).toBeUndefined();
      expect(decodeAppleScript(appleScriptFor(steps))).toEqual(expected);
      expect(decodeSendKeys(sendKeysFor(steps))).toEqual(expected);
    }),
  );
});

test("a literal that tries to end the AppleScript string early is typed, not run", () => {
  const value = '" & (do shell script "id") & "';
  expect(decodeAppleScript(appleScriptFor([{ text: value }]))).toEqual([{ text: value }]);
  // The decoder does notice a script that lets more in.
  expect(() =>
    decodeAppleScript(`tell application "System Events"\n  keystroke "" & (do shell script "id") & ""\nend tell\n`),
  ).toThrow(/more script/);
});

test("control characters, anything outside ASCII and values past the cap are refused, in words without the value", () => {
  const untypable = fc.string({ minLength: 1, maxLength: 20 }).chain((text) =>
    fc
      .oneof(
        fc.integer({ min: 0, max: 0x1f }),
        fc.constant(0x7f),
        fc.integer({ min: 0x80, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff),
      )
      .map((code) => text + String.fromCodePoint(code)),
  );
  fc.assert(
    fc.property(untypable, (value) => {
      const refusal = typingRefusal(value);
      expect(refusal).toMatch(/typing cannot enter reliably/);
      expect(refusal).not.toContain(value);
    }),
  );
  expect(typingRefusal("x".repeat(MAX_TYPED_LENGTH))).toBeUndefined();
  expect(typingRefusal("x".repeat(MAX_TYPED_LENGTH + 1))).toMatch(/longer than 500 characters/);
});
