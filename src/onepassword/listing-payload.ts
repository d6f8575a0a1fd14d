/**
 * A vault listing's answer is by far the largest text the desktop app sends. The patched SDK
 * (scripts/sdk-envelope-patch.js) keeps an `ItemsList` answer as its UTF-8 bytes in this wrapper instead of turning it
 * into a string, and the patched `Items` (scripts/sdk-items-list-patch.js) either reads the bytes straight into the
 * index's columns or turns them into the very string the SDK would have made. A Buffer's bytes live outside the JS
 * heap that Raycast caps, the string would live inside it.
 */

/** From the global registry: the SDK bundle holds its own copy of this file. */
const LISTING = Symbol.for("onepassword-secrets.listingPayload");

export class ListingPayload {
  readonly [LISTING] = true;
  constructor(readonly bytes: Buffer) {}

  /** The answer as the SDK decodes it. */
  text(): string {
    return this.bytes.toString("utf8");
  }
}

export function isListingPayload(value: unknown): value is ListingPayload {
  return typeof value === "object" && value !== null && (value as Partial<ListingPayload>)[LISTING] === true;
}

/** Whether a serialized invocation (what the SDK sends the app) asks for a vault's items listing. */
export function invokesItemsList(request: unknown): boolean {
  // The SDK writes requests with JSON.stringify: no spaces, and quotes inside strings escaped, so a request without
  // this text is not a listing and large requests (an attachment) are not parsed.
  if (typeof request !== "string" || !request.includes('"name":"ItemsList"')) return false;
  try {
    const parsed = JSON.parse(request) as { invocation?: { parameters?: { name?: unknown } } } | null;
    return parsed?.invocation?.parameters?.name === "ItemsList";
  } catch {
    return false;
  }
}
