import { clampCount, parseCategory } from "./shared/describe";
import { answering, ToolInputError } from "./shared/errors";
import { findItems } from "./shared/find-items";
import { accountsFor, toolPreferences } from "./shared/preferences";

type Input = {
  /**
   * Words to look for in item titles, website hosts, tags, vault names and categories, for example "github token" or
   * "stripe". May be empty when `vault` or `category` narrows the search.
   */
  query: string;
  /** Only items in this vault: its title, as search-items shows it, or its ID. */
  vault?: string;
  /** Only items of this category, for example "Login", "API Credential", "Password", "Database", "SSH Key". */
  category?: string;
  /** Only this 1Password account, by the name configured in the extension. Leave it out to search every account. */
  account?: string;
  /** How many items to return, best first: 1 to 25. Default 10. */
  limit?: number;
};

const LIMIT = { min: 1, max: 25, default: 10 } as const;

/**
 * Finds 1Password items by words and answers with what identifies them: title, vault, account, category, website
 * hosts, tags and the `op://` secret reference of each field, and for SSH keys their public key and fingerprint
 * (public by design). It never returns a secret value: to give the person one, call copy-secret with a reference.
 */
export default async function tool(input: Input) {
  return answering(async () => {
    const query = input.query ?? "";
    const category = input.category?.trim() ? parseCategory(input.category) : undefined;
    if (query.trim() === "" && !input.vault?.trim() && !category) {
      throw new ToolInputError("Give words to search for, a vault or a category.");
    }
    const { total, found, unavailable } = await findItems({
      query,
      vault: input.vault,
      category,
      accounts: accountsFor(toolPreferences(), input.account),
      limit: clampCount(input.limit, LIMIT),
    });
    return {
      total,
      items: found,
      ...(total > found.length ? { more: `${total - found.length} more match: narrow the words.` } : {}),
      ...(unavailable.length > 0 ? { notSearched: unavailable } : {}),
    };
  });
}
