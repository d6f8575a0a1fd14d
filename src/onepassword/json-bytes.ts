/**
 * Reading JSON straight from its UTF-8 bytes, for the decoders that stand in front of the SDK's own parsing of an
 * answer (items-list-decoder.ts). Everything that is not a string must be ASCII, and a string is decoded from its own
 * bytes exactly as decoding the whole text and then parsing it would: a malformed UTF-8 sequence cannot reach past
 * the quote that ends its string, since an ASCII byte is never part of one. Anything JSON would refuse, or that a
 * reader does not want, is given up by throwing GIVE_UP, which the reader's caller catches once.
 */

export const GIVE_UP = new Error("not JSON of the shape this reader understands");

const MAX_DEPTH = 200;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const ZERO = 0x30;
const NINE = 0x39;

const isSpace = (c: number | undefined) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDigit = (c: number | undefined) => c !== undefined && c >= ZERO && c <= NINE;

export class ByteReader {
  at = 0;
  private readonly text: Buffer;

  constructor(readonly bytes: Uint8Array) {
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  space(): void {
    while (isSpace(this.bytes[this.at])) this.at++;
  }

  /** Whether `char` (ASCII) comes next, after whitespace; consumed if it does. */
  take(char: string): boolean {
    this.space();
    if (this.bytes[this.at] !== char.charCodeAt(0)) return false;
    this.at++;
    return true;
  }

  expect(char: string): void {
    if (!this.take(char)) throw GIVE_UP;
  }

  atEnd(): boolean {
    this.space();
    return this.at === this.bytes.length;
  }

  /** The bounds of the string that starts here (quotes excluded) and whether it holds an escape. */
  private stringBounds(): { start: number; end: number; escaped: boolean } {
    this.expect('"');
    const { bytes } = this;
    const start = this.at;
    let escaped = false;
    for (;;) {
      const c = bytes[this.at];
      if (c === undefined || c < 0x20) throw GIVE_UP;
      if (c === QUOTE) break;
      if (c === BACKSLASH) {
        escaped = true;
        this.at++;
      }
      this.at++;
    }
    this.at++;
    return { start, end: this.at - 1, escaped };
  }

  /** A string of its own (not a slice of a larger one), decoded as JSON decodes it. */
  string(): string {
    const { start, end, escaped } = this.stringBounds();
    return escaped ? this.unescaped(start, end) : this.text.toString("utf8", start, end);
  }

  /** The escaped string between these bounds as JSON reads it; given up where JSON would refuse it. */
  private unescaped(start: number, end: number): string {
    try {
      return JSON.parse(this.text.toString("utf8", start - 1, end + 1)) as string;
    } catch {
      throw GIVE_UP;
    }
  }

  /** A key, as plain text; a key with an escape is given up rather than decoded. */
  key(): string {
    const { start, end, escaped } = this.stringBounds();
    if (escaped) throw GIVE_UP;
    this.expect(":");
    return this.text.toString("utf8", start, end);
  }

  isNull(): boolean {
    this.space();
    return this.literal("null");
  }

  private literal(word: string): boolean {
    for (let i = 0; i < word.length; i++) if (this.bytes[this.at + i] !== word.charCodeAt(i)) return false;
    this.at += word.length;
    return true;
  }

  /** A number in JSON's own notation, passed over. */
  private number(): void {
    const { bytes } = this;
    if (bytes[this.at] === 0x2d) this.at++;
    if (bytes[this.at] === ZERO) this.at++;
    else if (isDigit(bytes[this.at])) while (isDigit(bytes[this.at])) this.at++;
    else throw GIVE_UP;
    if (bytes[this.at] === 0x2e) {
      this.at++;
      if (!isDigit(bytes[this.at])) throw GIVE_UP;
      while (isDigit(bytes[this.at])) this.at++;
    }
    if (bytes[this.at] === 0x65 || bytes[this.at] === 0x45) {
      this.at++;
      if (bytes[this.at] === 0x2b || bytes[this.at] === 0x2d) this.at++;
      if (!isDigit(bytes[this.at])) throw GIVE_UP;
      while (isDigit(bytes[this.at])) this.at++;
    }
  }

  /** Any JSON value, checked and passed over. */
  skip(depth = 0): void {
    if (depth > MAX_DEPTH) throw GIVE_UP;
    this.space();
    const c = this.bytes[this.at];
    if (c === QUOTE) {
      // A passed-over string is checked too: an escape JSON does not know makes the whole answer invalid.
      const { start, end, escaped } = this.stringBounds();
      if (escaped) this.unescaped(start, end);
    } else if (c === 0x7b || c === 0x5b) {
      this.at++;
      const close = c === 0x7b ? "}" : "]";
      if (this.take(close)) return;
      do {
        if (c === 0x7b) this.key();
        this.skip(depth + 1);
      } while (this.take(","));
      this.expect(close);
    } else if (!this.literal("true") && !this.literal("false") && !this.literal("null")) this.number();
  }

  /** `[ … ]` with `each` reading one element; `false` when `nullable` and the value is null. */
  list(each: () => void, nullable: boolean): boolean {
    if (nullable && this.isNull()) return false;
    this.expect("[");
    if (this.take("]")) return true;
    do each();
    while (this.take(","));
    this.expect("]");
    return true;
  }

  /** `{ … }` with `field` reading each value; a key twice is given up (JSON.parse would keep the last). */
  object(field: (key: string) => void): void {
    this.expect("{");
    if (this.take("}")) return;
    const seen = new Set<string>();
    do {
      const key = this.key();
      if (seen.has(key)) throw GIVE_UP;
      seen.add(key);
      field(key);
    } while (this.take(","));
    this.expect("}");
  }
}
