/** The one SDK file the envelope patch applies to, pinned by version and SHA-256. */
export const SDK_PATCH: { sdkVersion: string; file: string; sha256: string };

/** shared_lib_core.js with the fast path and the stage mark; throws if the file is not the pinned one. */
export function patchSharedLibCore(source: string, decoderPath: string, stagePath?: string): string;
