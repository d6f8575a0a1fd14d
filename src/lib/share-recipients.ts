/**
 * Who a share link is for, as a person types it: email addresses and domains separated by commas, spaces or lines.
 * Checked here for a form error before 1Password checks them again (`validateRecipients`). Pure.
 */

export interface RecipientRules {
  allowsEmail: boolean;
  allowsDomain: boolean;
}

const EMAIL = /^[^@\s,;]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

export type RecipientsCheck = { ok: true; recipients: string[] } | { ok: false; error: string };

export function recipientWords(rules: RecipientRules): string {
  if (rules.allowsEmail && rules.allowsDomain) return "email addresses or domains";
  return rules.allowsEmail ? "email addresses" : "domains";
}

export function checkRecipients(text: string, rules: RecipientRules): RecipientsCheck {
  const recipients = [...new Set(text.split(/[\s,;]+/).filter((entry) => entry !== ""))];
  if (recipients.length === 0) return { ok: false, error: `Enter the ${recipientWords(rules)} the link is for.` };
  for (const recipient of recipients) {
    const isEmail = EMAIL.test(recipient);
    const isDomain = !isEmail && DOMAIN.test(recipient);
    if (!isEmail && !isDomain)
      return { ok: false, error: `“${recipient}” is not an email address or a domain (like example.com).` };
    if (isEmail && !rules.allowsEmail)
      return { ok: false, error: `Your account's policy allows only domains: “${recipient}” is an email address.` };
    if (isDomain && !rules.allowsDomain)
      return { ok: false, error: `Your account's policy allows only email addresses: “${recipient}” is a domain.` };
  }
  return { ok: true, recipients };
}
