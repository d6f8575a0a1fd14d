import { parse } from "dotenv";
import fc from "fast-check";
import { z } from "zod";
import { clipboardStillHolds, newClearRecord } from "../../src/clipboard/clear-record";
import { formatEnvReferences } from "../../src/domain/env-references";
import { describeRejected } from "../../src/components/environments/environment-clipboard";
import { fencedCode } from "../../src/lib/markdown";
import { formatDotenv, formatEnvLine } from "../../src/lib/dotenv";
import { formatJsonEnv } from "../../src/lib/json-env";
import { formatShellExports } from "../../src/lib/shell";
import { toOnePasswordError } from "../../src/onepassword/errors";
import { parseResult } from "../../src/onepassword/parse";
import { anyText, forAnyTextAnd, secret } from "./arbitraries";

/**
 * Properties the unit tests do not state: formatters and errors never echo a value in what they report, and a value
 * shown on purpose cannot break out of its frame.
 */

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
