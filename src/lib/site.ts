/**
 * The site a host belongs to: its registrable domain ("github.com" for "gist.github.com"), so that a browser tab on
 * any of a site's hosts finds the logins saved for another. The full Public Suffix List is large and changes; this
 * keeps a short list of the common suffixes of more than one label (country second levels like co.uk, and hosting
 * platforms where every subdomain is someone else's site, like github.io). A host under a suffix not listed is
 * grouped by its last two labels, which errs towards grouping, never towards missing a match.
 */
const MULTI_PART_SUFFIXES = new Set([
  // Country second levels
  "co.uk",
  "org.uk",
  "ac.uk",
  "gov.uk",
  "me.uk",
  "ltd.uk",
  "plc.uk",
  "net.uk",
  "nhs.uk",
  "com.au",
  "net.au",
  "org.au",
  "edu.au",
  "gov.au",
  "co.nz",
  "org.nz",
  "net.nz",
  "govt.nz",
  "co.jp",
  "ne.jp",
  "or.jp",
  "ac.jp",
  "go.jp",
  "co.kr",
  "or.kr",
  "co.in",
  "net.in",
  "org.in",
  "co.za",
  "org.za",
  "co.il",
  "org.il",
  "com.br",
  "net.br",
  "org.br",
  "com.mx",
  "com.ar",
  "com.co",
  "com.pe",
  "com.tr",
  "com.ua",
  "com.cn",
  "net.cn",
  "org.cn",
  "com.hk",
  "com.tw",
  "com.sg",
  "com.my",
  "com.ph",
  "co.id",
  "co.th",
  // Hosting platforms: each subdomain is a different owner's site
  "github.io",
  "gitlab.io",
  "herokuapp.com",
  "vercel.app",
  "netlify.app",
  "pages.dev",
  "workers.dev",
  "azurewebsites.net",
  "cloudfront.net",
  "appspot.com",
  "web.app",
  "firebaseapp.com",
  "blogspot.com",
]);

const IP_ADDRESS = /^(\d{1,3}(\.\d{1,3}){3}|\[?[0-9a-f:]+\]?)$/i;

/** The registrable domain of a lowercase host; an IP address, "localhost" or a one-label name is its own site. */
export function siteOf(host: string): string {
  const bare = host.replace(/\.$/, "").toLowerCase();
  if (IP_ADDRESS.test(bare)) return bare;
  const labels = bare.split(".").filter((label) => label !== "");
  if (labels.length <= 2) return labels.join(".");
  const lastTwo = labels.slice(-2).join(".");
  return MULTI_PART_SUFFIXES.has(lastTwo) ? labels.slice(-3).join(".") : lastTwo;
}

/** Whether two hosts belong to the same site. */
export function sameSite(a: string, b: string): boolean {
  return siteOf(a) === siteOf(b);
}
