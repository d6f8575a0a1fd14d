import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { isListingPayload } from "../../src/onepassword/listing-payload";
import { decodeSuccessPayload } from "../../src/onepassword/native-envelope";
import { SDK_PATCH, patchSharedLibCore } from "../../scripts/sdk-envelope-patch";
import { evaluateSdkModule, sdkDir, sdkSource } from "./sdk-file";

const root = join(__dirname, "..", "..");
const originalSource = sdkSource(SDK_PATCH.file);
const decoderPath = join(root, "src", "onepassword", "native-envelope.ts");

interface Core {
  lib: { sendMessage: (buf: Buffer) => Promise<unknown> } | null;
  acccountName: string;
  callSharedLibrary(input: string, kind: string): Promise<string>;
}
type CoreClass = new (account: string) => Core;

const loadCore = (source: string) => evaluateSdkModule<{ SharedLibCore: CoreClass }>(source).SharedLibCore;

const Original = loadCore(originalSource);
const Patched = loadCore(patchSharedLibCore(originalSource, decoderPath));

type Outcome = { value: unknown } | { error: string; message: string };

/** What `callSharedLibrary` does with these answer bytes: its result, or the class and message it throws. */
async function outcome(Core: CoreClass, answer: Uint8Array, request = "{}"): Promise<Outcome> {
  const core = Object.create(Core.prototype) as Core;
  core.lib = { sendMessage: async () => answer };
  core.acccountName = "Acme";
  try {
    return { value: await core.callSharedLibrary(request, "invoke") };
  } catch (error) {
    const e = error as Error;
    return { error: e.constructor.name, message: e.message };
  }
}

async function expectSame(answer: Uint8Array): Promise<void> {
  expect(await outcome(Patched, answer)).toEqual(await outcome(Original, answer));
}

const bytes = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));
/** The envelope as the desktop app (and the simulator) writes it. */
const envelope = (payload: Uint8Array, success = true) =>
  bytes(`{"success":${success},"payload":[${Array.from(payload).join(",")}]}`);

describe("the pinned SDK file", () => {
  test("is the installed one: an SDK upgrade fails here until the decoding is re-checked and re-pinned", () => {
    const installed = JSON.parse(readFileSync(join(sdkDir, "package.json"), "utf8")) as { version: string };
    expect(installed.version).toBe(SDK_PATCH.sdkVersion);
    expect(createHash("sha256").update(originalSource, "utf8").digest("hex")).toBe(SDK_PATCH.sha256);
  });

  test("a changed file is refused, not patched", () => {
    expect(() => patchSharedLibCore(originalSource.replace("utf8", "utf-8"), decoderPath)).toThrow(
      /re-pinned|SDK_PATCH/,
    );
  });

  test("the bundled SDK the extension loads carries the fast path", () => {
    const bundled = readFileSync(join(root, "assets", "onepassword-sdk", "sdk.js"), "utf8");
    expect(bundled).toContain(".decodeSuccessAnswer(");
  });
});

describe("decodeSuccessPayload", () => {
  test("takes the fast path for the envelopes the app writes", () => {
    const payload = bytes('[{"id":"a","title":"Zoë 🔑"}]');
    expect(decodeSuccessPayload(envelope(payload))).toBe('[{"id":"a","title":"Zoë 🔑"}]');
    expect(decodeSuccessPayload(envelope(new Uint8Array()))).toBe("");
    expect(decodeSuccessPayload(bytes(' {\n"payload" : [ 49 , 50 ] ,\t"success":true }\r\n'))).toBe("12");
  });

  test("leaves everything else to the SDK", () => {
    for (const text of [
      '{"success":false,"payload":[49]}',
      '{"success":1,"payload":[49]}',
      '{"success":true}',
      '{"payload":[49]}',
      '{"success":true,"payload":[256]}',
      '{"success":true,"payload":[-1]}',
      '{"success":true,"payload":[1.0]}',
      '{"success":true,"payload":[1e2]}',
      '{"success":true,"payload":[01]}',
      '{"success":true,"payload":[1,]}',
      '{"success":true,"payload":"MQ=="}',
      '{"success":true,"payload":[49],"extra":1}',
      '{"success":true,"success":true,"payload":[49]}',
      '{"success":true,"payload":[49]} x',
      '\uFEFF{"success":true,"payload":[49]}',
      '{"succ\\u0065ss":true,"payload":[49]}',
      '{"success":true,"payload":[49]',
    ])
      expect(decodeSuccessPayload(bytes(text))).toBeUndefined();
  });
});

describe("the patched SDK answers exactly as the original", () => {
  test("on well-formed envelopes of any text, including invalid UTF-8 payloads", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 200 }).map(bytes),
          fc.uint8Array({ maxLength: 200 }),
          fc.json().map(bytes),
        ),
        async (payload) => {
          const answer = envelope(payload);
          expect(decodeSuccessPayload(answer)).toBe(Buffer.from(payload).toString("utf8"));
          await expectSame(answer);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("on error envelopes, as the SDK classifies them", async () => {
    const names = fc.constantFrom("DesktopSessionExpired", "RateLimitExceeded", "AuthExpired", "Other");
    await fc.assert(
      fc.asyncProperty(names, fc.string({ maxLength: 40 }), async (name, message) => {
        await expectSame(envelope(bytes(JSON.stringify({ name, message })), false));
      }),
      { numRuns: 100 },
    );
  });

  test("on envelopes mangled at random: inserted, dropped and replaced bytes, any formatting", async () => {
    const significant = fc.constantFrom(...' \t\n\r{}[],:"-+.eE0123456789truefalsnpayloadsuccess\\\uFEFF'.split(""));
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom("insert", "delete", "replace"),
      with: fc.oneof(significant, fc.string({ unit: "binary", maxLength: 3 })),
    });
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 30 }), fc.array(edit, { maxLength: 4 }), async (payload, edits) => {
        let text = Buffer.from(envelope(payload)).toString("latin1");
        for (const { at, kind, with: insert } of edits) {
          const i = at % (text.length + 1);
          if (kind === "insert") text = text.slice(0, i) + insert + text.slice(i);
          else if (kind === "delete") text = text.slice(0, i) + text.slice(i + 1);
          else text = text.slice(0, i) + insert + text.slice(i + 1);
        }
        await expectSame(bytes(text));
        await expectSame(new Uint8Array(Buffer.from(text, "latin1")));
      }),
      { numRuns: 1500 },
    );
  });

  test("on keys of any length, near-misses of the two it knows included", async () => {
    const near = fc.constantFrom("success", "payload", "succes", "successs", "payloadx", "pay", "s", "");
    const key = fc.oneof(
      near,
      fc.tuple(near, fc.stringMatching(/^[a-z]{0,12}$/)).map(([a, b]) => a + b),
      fc.integer({ min: 0, max: 300_000 }).map((length) => "k".repeat(length)),
    );
    await fc.assert(
      fc.asyncProperty(key, fc.boolean(), async (name, first) => {
        const text = first ? `{"${name}":true,"payload":[49]}` : `{"success":true,"${name}":[49]}`;
        await expectSame(bytes(text));
      }),
      { numRuns: 200 },
    );
  });

  test("on an envelope whose unknown key is millions of letters long", async () => {
    const answer = bytes(`{"${"a".repeat(3_000_000)}":true}`);
    expect(decodeSuccessPayload(answer)).toBeUndefined();
    await expectSame(answer);
  });

  test("on answers that are not envelopes at all", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 60 }), async (answer) => expectSame(answer)),
      { numRuns: 300 },
    );
    for (const text of ["", "null", "[]", "{}", "true", '"x"', '{"success":true,"payload":null}'])
      await expectSame(bytes(text));
  });

  test("on a large listing, without the whole-envelope decoding", async () => {
    const items = Array.from({ length: 5_000 }, (_, i) => ({ id: `item${i}`, title: `Title ${i} ü`, tags: ["a"] }));
    const payload = bytes(JSON.stringify(items));
    const answer = envelope(payload);
    expect(await outcome(Patched, answer)).toEqual({ value: JSON.stringify(items) });
  });

  test("keeps an items listing's answer as bytes whose text is the SDK's string; every other answer is the string", async () => {
    const request = (name: string, extra = "") =>
      JSON.stringify({ invocation: { clientId: 1, parameters: { name, parameters: { vault_id: "v" } } }, extra });
    const listing = request("ItemsList");
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 40 }), async (payload) => {
        const answer = envelope(payload);
        const original = await outcome(Original, answer, listing);
        const kept = await outcome(Patched, answer, listing);
        if (!("value" in kept) || !isListingPayload(kept.value)) throw new Error("the listing was not kept as bytes");
        expect({ value: kept.value.text() }).toEqual(original);
        for (const other of [request("ItemsGet"), request("VaultsList", '"name":"ItemsList"'), "{}"])
          expect(await outcome(Patched, answer, other)).toEqual(await outcome(Original, answer, other));
      }),
      { numRuns: 200 },
    );
  });
});
