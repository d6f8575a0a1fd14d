import { parse } from "dotenv";
import fc from "fast-check";
import { z } from "zod";
import { clipboardStillHolds, newClearRecord } from "../../src/clipboard/clear-record";
import { formatEnvReferences } from "../../src/domain/env-references";
import { describeRejected } from "../../src/components/environments/environment-clipboard";
import { fencedCode } from "../../src/lib/markdown";
import { matchesWords, queryWords } from "../../src/components/environments/variable-filter";
import { groupIdsError, parseGroupIds } from "../../src/domain/group-ids";
import { formatDotenv, formatEnvLine } from "../../src/lib/dotenv";
import { parseEnvironmentId } from "../../src/lib/environment-id";
import { formatJsonEnv } from "../../src/lib/json-env";
import { bitsOf, PRESETS, presetOf, presetsFor } from "../../src/lib/permissions";
import { parsePreferences } from "../../src/lib/preferences";
import { parseSecretReference } from "../../src/lib/secret-reference";
import { formatShellExports } from "../../src/lib/shell";
import { parseVaultTitles, VAULT_TITLE_MAX_LENGTH, vaultTitleError } from "../../src/lib/vault-title";
import { toOnePasswordError } from "../../src/onepassword/errors";
import { parseResult } from "../../src/onepassword/parse";
import { permissions as sim } from "../../test-world/sim";

/**
 * Properties the unit tests do not state: parsers never throw on any text and say why they refuse; formatters never
 * echo a value in what they report; and the permission presets are sets 1Password (the simulator's rules) accepts.
 */

// eslint-disable-next-line no-control-regex -- control characters are what these checks are about.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const anyText = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }));
const secret = fc.stringMatching(/^[A-Za-z0-9]{12,20}$/).map((core) => `canary-${core}`);

/** Checks the property over any text and over `near`: texts close to what the code under test accepts. */
function forAnyTextAnd(near: fc.Arbitrary<string>, check: (text: string) => void, numRuns?: number): void {
  fc.assert(fc.property(fc.oneof(anyText, near), check), numRuns === undefined ? undefined : { numRuns });
}

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

describe("values never reach reports", () => {
  const variable = fc.record({
    name: fc.oneof(fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,6}$/), fc.constantFrom("BAD NAME", "1ST", "A-B", "__proto__")),
    value: fc.oneof(
      secret,
      secret.map((value) => `${value}'"\`\n\r\\`),
      secret.map((value) => `${value}\u0000`),
    ),
  });

  test(".env, shell and JSON: what is rejected is named and explained, never quoted", () => {
    fc.assert(
      fc.property(fc.array(variable, { maxLength: 6 }), (variables) => {
        for (const format of [formatDotenv, formatShellExports, formatJsonEnv]) {
          const { rejected } = format(variables);
          const report = `${describeRejected(rejected, 10)} ${rejected.map((r) => r.reason).join(" ")}`;
          for (const { value } of variables) expect(report).not.toContain(value.slice(0, 20));
        }
        for (const { name, value } of variables) {
          const line = formatEnvLine(name, value);
          if (!line.ok) expect(line.error).not.toContain(value.slice(0, 20));
        }
      }),
      { numRuns: 500 },
    );
  });

  test("a malformed SDK answer names the failing paths, never the values in it", () => {
    const schema = z.array(z.object({ id: z.string(), title: z.string(), count: z.number() }));
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.integer(), title: secret, count: secret }), { minLength: 1 }), (rows) => {
        let caught: unknown;
        try {
          parseResult(schema, rows, { operation: "Loading", account: "Acme" });
        } catch (error) {
          caught = error;
        }
        const mapped = toOnePasswordError(caught, { operation: "Loading" });
        const text = [mapped.title, mapped.hint, mapped.message, mapped.details()].join("\n");
        expect(mapped.kind).toBe("unexpected");
        for (const row of rows) {
          expect(text).not.toContain(row.title);
          expect(text).not.toContain(row.count);
        }
      }),
    );
  });

  test("any error's details are short: a cause is cut to 300 characters", () => {
    fc.assert(
      fc.property(anyText, fc.string({ minLength: 400, maxLength: 2_000 }), (short, long) => {
        for (const message of [short, long]) {
          const mapped = toOnePasswordError(new Error(message), { operation: "Loading", account: "Acme" });
          expect(mapped.causeMessage?.length ?? 0).toBeLessThanOrEqual(301);
          expect(mapped.title.length).toBeLessThan(60);
        }
      }),
    );
  });

  test("the clear record recognises exactly the value it was made for", async () => {
    // Each check is one scrypt run, deliberately slow: a few runs prove the property.
    await fc.assert(
      fc.asyncProperty(anyText, anyText, async (value, other) => {
        fc.pre(value !== "");
        const record = await newClearRecord(value, 0, "a password");
        expect(JSON.stringify(record)).not.toContain(value.length >= 4 ? value : "\u0000never");
        expect(await clipboardStillHolds(record, value)).toBe(true);
        expect(await clipboardStillHolds(record, other)).toBe(other === value);
        expect(await clipboardStillHolds(record, undefined)).toBe(false);
      }),
      { numRuns: 6 },
    );
  });
});

describe("showing values on purpose", () => {
  test("Reveal Value's code fence cannot be closed by the value", () => {
    forAnyTextAnd(
      fc.array(fc.constantFrom("`", "```", "\n", "a", "~~~"), { maxLength: 12 }).map((p) => p.join("")),
      (value) => {
        const block = fencedCode(value);
        const fence = /^`+/.exec(block)?.[0] ?? "";
        expect(fence.length).toBeGreaterThanOrEqual(3);
        expect(block).toBe(`${fence}\n${value}\n${fence}`);
        expect(value.includes(fence)).toBe(false);
      },
    );
  });

  test(".env references parse back through dotenv to exactly the references, under unique shell-safe names", () => {
    const title = fc.oneof(anyText, fc.constantFrom("GitHub", "GitHub", "1Password", "Café Crème", "a-b"));
    const reference = fc
      .tuple(fc.stringMatching(/^[A-Za-z0-9 ._-]{1,12}$/), fc.stringMatching(/^[a-z0-9]{26}$/))
      .map(([vault, item]) => `op://${vault.trim() || "v"}/${item}/password`);
    fc.assert(
      fc.property(
        fc.array(fc.record({ itemTitle: title, fieldLabel: fc.constantFrom("password", "credential"), reference }), {
          maxLength: 8,
        }),
        (entries) => {
          const text = formatEnvReferences(entries);
          const parsed = parse(text);
          const names = Object.keys(parsed);
          expect(names).toHaveLength(entries.length);
          for (const name of names) expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
          expect(Object.values(parsed)).toEqual(entries.map((entry) => entry.reference));
        },
      ),
    );
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
