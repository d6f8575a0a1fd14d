/** The one SDK file the ItemsList patch applies to, pinned by version and SHA-256. */
export const ITEMS_PATCH: { sdkVersion: string; file: string; sha256: string };

/** items.js with `listRows` beside `list`; throws if the file is not the pinned one. */
export function patchItems(source: string, decoderPath: string): string;
