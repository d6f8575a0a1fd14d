import fc from "fast-check";
import { titleCase } from "../../scripts/check-manifest";

describe("titleCase", () => {
  it.each([
    ["search secrets", "Search Secrets"],
    ["copy to clipboard", "Copy to Clipboard"],
    ["paste to active app", "Paste to Active App"],
    ["the end of it", "The End of It"],
    ["what it is for", "What It Is For"],
    ["open in 1Password", "Open in 1Password"],
    ["copy item id", "Copy Item ID"],
    ["copy the otp", "Copy the OTP"],
    ["export as json", "Export as JSON"],
    ["copy as .env", "Copy as .env"],
    ["copy NAME=value line", "Copy NAME=value Line"],
    ["works on macOS", "Works on macOS"],
    ["grant read-only access", "Grant Read-Only Access"],
    ["vaults: a summary", "Vaults: A Summary"],
    ["15 seconds", "15 Seconds"],
  ])("%s → %s", (input, expected) => {
    expect(titleCase(input)).toBe(expected);
  });

  it("is stable: a Title Case title stays as it is", () => {
    const word = fc.constantFrom("copy", "to", "the", "a", "vault", "of", "id", "with", "api", "Secrets", "and", "x");
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const once = titleCase(words.join(" "));
        expect(titleCase(once)).toBe(once);
      }),
    );
  });

  it("capitalises the first and last words, whatever they are", () => {
    const small = fc.constantFrom(
      "a",
      "an",
      "and",
      "as",
      "at",
      "but",
      "by",
      "for",
      "in",
      "of",
      "on",
      "or",
      "the",
      "to",
    );
    fc.assert(
      fc.property(small, small, small, (first, middle, last) => {
        const words = titleCase(`${first} ${middle} ${last}`).split(" ");
        expect(words[0]?.charAt(0)).toBe(first.charAt(0).toUpperCase());
        expect(words[1]).toBe(middle);
        expect(words[2]?.charAt(0)).toBe(last.charAt(0).toUpperCase());
      }),
    );
  });
});
