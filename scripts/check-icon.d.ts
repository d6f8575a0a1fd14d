/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined;

/** What is wrong with an icon file's bytes for the Store, or undefined when it is a 512×512 PNG. */
export function checkIconBytes(bytes: Uint8Array): string | undefined;

/** The icon files a manifest refers to (relative to the extension root), each with its optional `@dark` variant. */
export function iconFiles(manifest: { icon?: unknown; commands?: unknown }): { path: string; optional: boolean }[];

export const ICON_SIZE: number;
