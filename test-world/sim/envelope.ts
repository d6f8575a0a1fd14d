import { errorPayloadText } from "./errors";
import type { CallKind } from "./call-record";

/** The native library's message format: the request the SDK sends and the answer envelope it decodes. */

export interface ParsedRequest {
  account_name: string;
  kind: CallKind;
  payload: string;
}

/** A view in this realm: the SDK checks `instanceof Uint8Array` against its own global. */
function bytes(text: string): Uint8Array {
  const buf = Buffer.from(text, "utf8");
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
}

export function encodeSuccess(text: string): Uint8Array {
  // The result travels as an array of byte numbers, exactly as the real library sends it: that is the cost to keep.
  return bytes(`{"success":true,"payload":[${Buffer.from(text, "utf8").join(",")}]}`);
}

export function encodeError(name: string, message: string): Uint8Array {
  const text = errorPayloadText(name, message);
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) codes.push(text.charCodeAt(i));
  return bytes(`{"success":false,"payload":[${codes.join(",")}]}`);
}
