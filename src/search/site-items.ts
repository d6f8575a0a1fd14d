import { siteOf } from "../lib/site";
import type { ItemSummary } from "../lib/model";
import { tokenize } from "../lib/normalize";
import type { ItemSearch } from "./item-search";

/** Rows the current tab's section shows at most: the logins of one site, not a second list. */
export const MAX_SITE_ROWS = 20;
/** Candidates the search hands over before they are checked against the site. */
const CANDIDATES = 500;

/**
 * The active items with a website on `site` (a registrable domain, see lib/site.ts), best first. The index matches the
 * site's words in hosts (and titles and tags), and each candidate's hosts are then checked against the site: a title
 * that merely mentions it does not count. Run once per tab and index, never per keystroke.
 */
export function itemsOnSite(
  site: string,
  search: ItemSearch | undefined,
  firstPage: readonly ItemSummary[],
): ItemSummary[] {
  const query = tokenize(site.split(".")[0] ?? "").join(" ");
  const candidates = search
    ? search.search(query, { limit: CANDIDATES }).items
    : firstPage.filter((item) => !item.archived);
  return candidates.filter((item) => item.websites.some((host) => siteOf(host) === site)).slice(0, MAX_SITE_ROWS);
}
