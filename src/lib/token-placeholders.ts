/**
 * Placeholders: text in a token's shape that stands for a token in docs, READMEs and `.env.example` files. Save Item
 * must not offer to save `ghp_xxxx…` or AWS's documented example key as a credential.
 */

/** Examples published in providers' docs, copied verbatim far and wide. */
const KNOWN_EXAMPLES = new Set([
  "AKIAIOSFODNN7EXAMPLE",
  "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
  "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
  "pk_test_TYooMQauvdEDq54NiTphI7jx",
  "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy",
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
]);

/** Words and marks that only a placeholder holds: "EXAMPLE", "your_api_key", "<token>", "${TOKEN}", "…". */
const MARKERS =
  /example|placeholder|your[_-]?(?:api[_-]?)?(?:key|token|secret)|redacted|replace[_-]?me|changeme|dummy|<[^>]*>|\$\{|\{\{|\.\.\.|…/i;
/** Six of one character: random bodies of these lengths and alphabets practically never hold one. */
const RUN = /(.)\1{5}/;
const RUN_LENGTH = 6;
/** Tokens are judged on runs and sequences; a key file's base64 has runs of "A" by construction. */
const MAX_RUN_CHECKED_LENGTH = 256;
/** How far below the most a string of its length and alphabet could reach its entropy may fall. */
const ENTROPY_FLOOR = 0.6;

/** Shannon entropy of the characters, in bits per character. */
export function entropyPerChar(text: string): number {
  if (text.length === 0) return 0;
  // By UTF-16 unit: tokens are ASCII, and a clipboard of 4 KB is counted without copying it into an array.
  const counts = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** "abcdef", "123456", "zyxwvu": a run of consecutive letters or digits, up or down. */
function hasSequence(text: string): boolean {
  let up = 1;
  let down = 1;
  for (let i = 1; i < text.length; i++) {
    const step = text.charCodeAt(i) - text.charCodeAt(i - 1);
    const alnum = /[A-Za-z0-9]/.test(text[i]!) && /[A-Za-z0-9]/.test(text[i - 1]!);
    up = alnum && step === 1 ? up + 1 : 1;
    down = alnum && step === -1 ? down + 1 : 1;
    if (up >= RUN_LENGTH || down >= RUN_LENGTH) return true;
  }
  return false;
}

/** The most bits per character a string of this length could have, over the kinds of characters it uses. */
function entropyCeiling(text: string): number {
  let alphabet = 0;
  if (/[0-9]/.test(text)) alphabet += 10;
  if (/[a-z]/.test(text)) alphabet += 26;
  if (/[A-Z]/.test(text)) alphabet += 26;
  if (/[^A-Za-z0-9]/.test(text)) alphabet += 4;
  return Math.log2(Math.max(2, Math.min(text.length, alphabet)));
}

/**
 * Whether the text is a stand-in rather than a credential: a published example, a marker word, six of a character
 * or a six-long sequence, or far less random than its format allows. `body` is the random part when it is not the
 * whole text (a key file's base64).
 */
export function isPlaceholder(text: string, body: string = text): boolean {
  if (KNOWN_EXAMPLES.has(text) || MARKERS.test(text)) return true;
  if (body.length < 8) return true;
  if (body.length <= MAX_RUN_CHECKED_LENGTH && (RUN.test(body) || hasSequence(body))) return true;
  return entropyPerChar(body) < ENTROPY_FLOOR * entropyCeiling(body);
}
