// Title Case for the manifest's titles, by the rules `ray lint` applies: Apple-style small words and the usual
// spellings of known words. Part of the offline manifest check (check-manifest.js); exported from there.
"use strict";

// Apple-style Title Case: these stay lowercase unless they open or close the title.
const SMALL_WORDS = new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "but",
  "by",
  "for",
  "in",
  "nor",
  "of",
  "on",
  "or",
  "the",
  "to",
  "via",
  "with",
]);
// Spellings `ray lint` enforces for these words wherever they appear (a subset of its list, plus ours).
const SPECIAL_SPELLINGS = {
  ai: "AI",
  api: "API",
  css: "CSS",
  dns: "DNS",
  github: "GitHub",
  html: "HTML",
  id: "ID",
  ids: "IDs",
  ios: "iOS",
  ip: "IP",
  json: "JSON",
  macos: "macOS",
  npm: "npm",
  otp: "OTP",
  qr: "QR",
  ssh: "SSH",
  totp: "TOTP",
  url: "URL",
  uuid: "UUID",
  vpn: "VPN",
};

/**
 * The Title Case form of `text`: every word capitalised except small words in the middle; known words in
 * their usual spelling. Words already spelled with an inner capital (macOS, iCloud) and code-like tokens
 * (.env, NAME=value, op://) are left as written, since no casing rule improves them.
 * @param {string} text
 * @returns {string}
 */
function titleCase(text) {
  const words = text.split(" ");
  const lastIndex = words.length - 1;
  return words
    .map((word, index) => {
      const match = /^([^a-zA-Z]*)(.*?)([^a-zA-Z]*)$/.exec(word);
      const lead = match ? match[1] : "";
      const core = match ? match[2] : word;
      const trail = match ? match[3] : "";
      if (core === "") return word;
      const lower = core.toLowerCase();
      if (Object.prototype.hasOwnProperty.call(SPECIAL_SPELLINGS, lower)) {
        return lead + SPECIAL_SPELLINGS[lower] + trail;
      }
      if (lead.startsWith(".") || /[/=_@:]/.test(core) || /[A-Z]/.test(core.slice(1))) return word;
      const previous = index > 0 ? words[index - 1] : "";
      const opensPhrase = index === 0 || /[:–—]$/.test(previous);
      if (SMALL_WORDS.has(lower) && !opensPhrase && index !== lastIndex) return lead + lower + trail;
      const capitalised = core
        .split("-")
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join("-");
      return lead + capitalised + trail;
    })
    .join(" ");
}

module.exports = { titleCase };
