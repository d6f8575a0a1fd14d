import { checkRecipients } from "../../src/lib/share-recipients";

const both = { allowsEmail: true, allowsDomain: true };

test("emails and domains, separated by commas, spaces or lines, once each", () => {
  expect(checkRecipients("dana@example.com, acme.dev\nDana@example.com dana@example.com", both)).toEqual({
    ok: true,
    recipients: ["dana@example.com", "acme.dev", "Dana@example.com"],
  });
});

test.each([
  ["", both, "Enter the email addresses or domains the link is for."],
  ["dana", both, "“dana” is not an email address or a domain (like example.com)."],
  [
    "acme.dev",
    { allowsEmail: true, allowsDomain: false },
    "Your account's policy allows only email addresses: “acme.dev” is a domain.",
  ],
  [
    "a@acme.dev",
    { allowsEmail: false, allowsDomain: true },
    "Your account's policy allows only domains: “a@acme.dev” is an email address.",
  ],
])("%j is refused in words", (text, rules, error) => {
  expect(checkRecipients(text, rules)).toEqual({ ok: false, error });
});
