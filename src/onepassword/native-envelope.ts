/**
 * The desktop app answers every SDK call with the UTF-8 bytes of `{"success":true,"payload":[123,34,…]}`: the result's
 * own UTF-8 bytes written out as decimal numbers. The SDK (shared_lib_core.js) decodes that whole envelope into a
 * string and parses it into a JavaScript array of numbers before it rebuilds the payload, which for one large vault's
 * `items.list` is several times the payload in heap at once, past what a Raycast worker may hold.
 *
 * scripts/bundle-sdk.mjs puts this function in front of the SDK's own decoding (see scripts/sdk-envelope-patch.js):
 * it reads the bytes in place and writes the payload straight into a buffer, so only the payload's text reaches the
 * heap. It answers only for the exact shape it understands, a successful envelope with a byte array, and returns
 * `undefined` for anything else (a failure, other keys, numbers out of range or in another notation, a byte-order
 * mark, trailing data), which the SDK then decodes as it always did. So every answer it gives is the one the SDK
 * would have given; test/onepassword-layer/native-envelope.test.ts checks that over random and adversarial envelopes.
 */

import { invokesItemsList, ListingPayload } from "./listing-payload";

const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const ZERO = 0x30;
const NINE = 0x39;
const TRUE = [0x74, 0x72, 0x75, 0x65];
const SUCCESS = "success";
const PAYLOAD = "payload";
const KNOWN_KEYS = [SUCCESS, PAYLOAD] as const;
type KnownKey = (typeof KNOWN_KEYS)[number];

function isJsonSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

class Reader {
  position = 0;
  constructor(readonly bytes: Uint8Array) {}

  skipSpace(): void {
    while (isJsonSpace(this.bytes[this.position])) this.position++;
  }

  /** Consumes `byte` (after whitespace) or returns false. */
  take(byte: number): boolean {
    this.skipSpace();
    if (this.bytes[this.position] !== byte) return false;
    this.position++;
    return true;
  }

  peek(): number | undefined {
    this.skipSpace();
    return this.bytes[this.position];
  }

  /**
   * Which of the two known keys comes next, as plain ASCII with no escapes; undefined for anything else. Compared byte
   * by byte, so an unknown key is given up at its first differing byte, however long it is.
   */
  key(): KnownKey | undefined {
    if (!this.take(QUOTE)) return undefined;
    const first = this.bytes[this.position];
    const key = KNOWN_KEYS.find((candidate) => candidate.charCodeAt(0) === first);
    if (key === undefined) return undefined;
    for (let i = 0; i < key.length; i++) if (this.bytes[this.position + i] !== key.charCodeAt(i)) return undefined;
    if (this.bytes[this.position + key.length] !== QUOTE) return undefined;
    this.position += key.length + 1;
    return key;
  }

  literalTrue(): boolean {
    this.skipSpace();
    for (let i = 0; i < TRUE.length; i++) if (this.bytes[this.position + i] !== TRUE[i]) return false;
    this.position += TRUE.length;
    return true;
  }

  /** `[n, n, …]` of integers 0–255 in plain decimal into a buffer; undefined for anything else. */
  byteArray(): Buffer | undefined {
    if (!this.take(OPEN_BRACKET)) return undefined;
    // Each number takes at least one digit and one separator, so this bounds the count without a first pass.
    const out = Buffer.allocUnsafe(((this.bytes.length - this.position) >>> 1) + 1);
    let count = 0;
    if (this.peek() === CLOSE_BRACKET) {
      this.position++;
      return out.subarray(0, 0);
    }
    for (;;) {
      this.skipSpace();
      const { bytes } = this;
      let byte = bytes[this.position];
      if (byte === undefined || byte < ZERO || byte > NINE) return undefined;
      let value = byte - ZERO;
      this.position++;
      byte = bytes[this.position];
      // JSON has no leading zeros; "0" stands alone.
      if (value === 0 && byte !== undefined && byte >= ZERO && byte <= NINE) return undefined;
      while (byte !== undefined && byte >= ZERO && byte <= NINE) {
        value = value * 10 + (byte - ZERO);
        if (value > 255) return undefined;
        this.position++;
        byte = bytes[this.position];
      }
      out[count++] = value;
      this.skipSpace();
      byte = bytes[this.position];
      this.position++;
      if (byte === COMMA) continue;
      if (byte === CLOSE_BRACKET) return out.subarray(0, count);
      return undefined;
    }
  }

  atEnd(): boolean {
    this.skipSpace();
    return this.position === this.bytes.length;
  }
}

/** The payload bytes of a successful envelope, or `undefined` when the bytes are not one of that plain shape. */
function successPayload(bytes: Uint8Array): Buffer | undefined {
  const reader = new Reader(bytes);
  if (!reader.take(OPEN_BRACE)) return undefined;
  let success = false;
  let payload: Buffer | undefined;
  for (;;) {
    const key = reader.key();
    if (!reader.take(COLON)) return undefined;
    if (key === SUCCESS && !success) {
      if (!reader.literalTrue()) return undefined;
      success = true;
    } else if (key === PAYLOAD && payload === undefined) {
      payload = reader.byteArray();
      if (payload === undefined) return undefined;
    } else {
      return undefined;
    }
    if (reader.take(COMMA)) continue;
    if (!reader.take(CLOSE_BRACE)) return undefined;
    break;
  }
  if (!success || payload === undefined || !reader.atEnd()) return undefined;
  return payload;
}

/**
 * The payload text of a successful envelope, exactly as `Buffer.from(JSON.parse(text).payload).toString("utf8")`
 * would give it, or `undefined` when the bytes are not a successful envelope of that plain shape.
 */
export function decodeSuccessPayload(bytes: Uint8Array): string | undefined {
  return successPayload(bytes)?.toString("utf8");
}

/**
 * What the patched SDK returns for a native call's answer: as `decodeSuccessPayload`, except that the answer to an
 * items listing stays bytes (a `ListingPayload`, whose `text()` is that same string) for the patched `Items` to read.
 */
export function decodeSuccessAnswer(bytes: Uint8Array, request: unknown): string | ListingPayload | undefined {
  const payload = successPayload(bytes);
  if (payload === undefined) return undefined;
  return invokesItemsList(request) ? new ListingPayload(payload) : payload.toString("utf8");
}
