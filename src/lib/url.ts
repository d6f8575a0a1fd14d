const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The host of a website as people type them into 1Password: with or without a scheme, with a port, a path or
 * nothing usable at all. Lowercase, without port or trailing dot; `undefined` when there is no host. Never throws.
 */
export function hostOf(url: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed === "" || /\s/.test(trimmed)) return undefined;
  let candidate: string;
  if (SCHEME.test(trimmed)) candidate = trimmed;
  else if (trimmed.startsWith("//")) candidate = `https:${trimmed}`;
  // "localhost:3000" would parse with "localhost:" as its scheme; anything without "://" is a bare host.
  else candidate = `https://${trimmed}`;
  let hostname: string;
  try {
    hostname = new URL(candidate).hostname;
  } catch {
    return undefined;
  }
  hostname = hostname.replace(/\.$/, "").toLowerCase();
  return hostname === "" ? undefined : hostname;
}

/** The hosts of an item's websites, each once, in order: all that is ever shown, searched or stored of a website. */
export function hostsOf(websites: readonly string[]): string[] {
  const hosts: string[] = [];
  for (const website of websites) {
    const host = hostOf(website);
    if (host !== undefined && !hosts.includes(host)) hosts.push(host);
  }
  return hosts;
}
