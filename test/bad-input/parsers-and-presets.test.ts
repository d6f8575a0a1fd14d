import fc from "fast-check";
import { matchesWords, queryWords } from "../../src/components/environments/variable-filter";
import { groupIdsError, parseGroupIds } from "../../src/domain/group-ids";
import { parseEnvironmentId } from "../../src/lib/environment-id";
import { bitsOf, PRESETS, presetOf, presetsFor } from "../../src/lib/permissions";
import { parsePreferences } from "../../src/lib/preferences";
import { parseSecretReference } from "../../src/lib/secret-reference";
import { parseVaultTitles, VAULT_TITLE_MAX_LENGTH, vaultTitleError } from "../../src/lib/vault-title";
import { permissions as sim } from "../../test-world/sim";
import { anyText, CONTROL, forAnyTextAnd } from "./arbitraries";

/**
 * Properties the unit tests do not state: parsers never throw on any text and say why they refuse; and the permission
 * presets are sets 1Password (the simulator's rules) accepts.
 */

describe("secret references", () => {
  test("parsing any text never throws; what it accepts is its parts, written back exactly", () => {
    forAnyTextAnd(
      anyText.map((text) => `op://${text}`),
      (text) => {
        const parsed = parseSecretReference(text);
        if (!parsed.ok) {
          expect(parsed.error.length).toBeGreaterThan(0);
          return;
        }
        const { vault, item, section, field, attribute, sshFormat } = parsed.value;
        const path = [vault, item, ...(section === undefined ? [] : [section]), field].join("/");
        const query = attribute ? `?attribute=${attribute}` : sshFormat ? `?ssh-format=${sshFormat}` : "";
        expect(`op://${path}${query}`).toBe(text);
      },
      1000,
    );
  });
});

describe("Environment ids", () => {
  test("any text: an id it accepts is well-formed and was in the text; a refusal is one short sentence", () => {
    forAnyTextAnd(
      fc.tuple(anyText, fc.stringMatching(/^[A-Za-z2-7]{26}$/), anyText).map((p) => p.join("")),
      (text) => {
        const parsed = parseEnvironmentId(text);
        if (parsed.ok) {
          expect(parsed.value).toMatch(/^[a-z2-7]{26}$/);
          expect(text.toLowerCase()).toContain(parsed.value);
        } else {
          expect(parsed.error).toMatch(/^[^\n]{1,120}$/);
          expect(parsed.error).not.toContain(text.length > 3 ? text : "\u0000never");
        }
      },
      1000,
    );
  });
});

describe("vault titles", () => {
  test("an accepted title is trimmed-nonempty, at most 100 characters and free of control characters", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ unit: "grapheme", maxLength: 120 })), (title) => {
        const error = vaultTitleError(title);
        const trimmed = title.trim();
        const acceptable = trimmed !== "" && [...trimmed].length <= VAULT_TITLE_MAX_LENGTH && !CONTROL.test(trimmed);
        expect(error === undefined).toBe(acceptable);
      }),
      { numRuns: 1000 },
    );
  });

  test("several titles: unique ignoring case, each valid, none invented", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom("Alpha", "alpha ", " ALPHA", "Beta"), anyText), { maxLength: 8 }),
        (lines) => {
          const text = lines.join("\n");
          const { titles } = parseVaultTitles(text);
          expect(new Set(titles.map((title) => title.toLowerCase())).size).toBe(titles.length);
          for (const title of titles) {
            expect(vaultTitleError(title)).toBeUndefined();
            expect(text).toContain(title);
          }
        },
      ),
    );
  });
});

describe("group ids", () => {
  const id = fc.stringMatching(/^[a-z0-9]{26}$/);
  test("every well-formed id is found once, lowercased; everything else is reported as typed", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            id,
            id.map((value) => value.toUpperCase()),
            fc.stringMatching(/^[^\s,;]{1,30}$/),
          ),
          {
            maxLength: 6,
          },
        ),
        fc.constantFrom(" ", ",", ", ", "\n", ";"),
        (parts, separator) => {
          const { ids, invalid } = parseGroupIds(parts.join(separator));
          const wellFormed = parts.filter((part) => /^[a-z0-9]{26}$/i.test(part));
          expect(ids).toEqual([...new Set(wellFormed.map((part) => part.toLowerCase()))]);
          expect(invalid).toEqual(parts.filter((part) => !/^[a-z0-9]{26}$/i.test(part)));
          const error = groupIdsError(parts.join(separator), { required: true });
          expect(error === undefined).toBe(invalid.length === 0 && ids.length > 0);
        },
      ),
    );
  });
});

describe("permission presets", () => {
  test("every preset is its own preset again, and one 1Password accepts on the account types that offer it", () => {
    for (const preset of PRESETS) expect(presetOf(bitsOf(preset.id))).toBe(preset);
    for (const preset of presetsFor("business")) expect(sim.permissionProblem("business", preset.bits)).toBeUndefined();
    // Teams has only the broad sets: the presets it is offered must be among them or be refused with words.
    for (const preset of presetsFor("teams")) {
      const problem = sim.permissionProblem("teams", preset.bits);
      if (problem) expect(problem).toMatch(/not available on a Teams account/);
    }
  });
});
describe("search and preferences", () => {
  test("a variable is found by its own name, by any word of it, and an empty query finds everything", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,15}$/), anyText, (name, label) => {
        expect(matchesWords(queryWords(""), name, label)).toBe(true);
        expect(matchesWords(queryWords(name), name, label)).toBe(true);
        for (const word of name.split(/[_.-]+/).filter(Boolean))
          expect(matchesWords(queryWords(word.toLowerCase()), name, label)).toBe(true);
      }),
    );
  });

  test("accounts: trimmed, non-empty, unique ignoring case, in the order typed", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(anyText, fc.constantFrom("Acme", "acme", " ACME ", "")), { maxLength: 6 }),
        (parts) => {
          const parsed = parsePreferences({ accounts: parts.join(",") });
          if (!parsed.ok) {
            expect(
              parts
                .join(",")
                .split(/[,\n\r]/)
                .every((part) => part.trim() === ""),
            ).toBe(true);
            return;
          }
          const accounts = parsed.value.accounts;
          expect(accounts.length).toBeGreaterThan(0);
          for (const account of accounts) expect(account).toBe(account.trim());
          expect(new Set(accounts.map((a) => a.toLowerCase())).size).toBe(accounts.length);
        },
      ),
    );
  });
});
