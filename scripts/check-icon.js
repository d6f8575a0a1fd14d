// The icon half of an offline `ray lint`: the Store wants every icon as a PNG of exactly 512×512 pixels.
// Pure over the file's bytes (CommonJS without imports); scripts/lint.mjs reads the
// files and also decodes them fully, so a truncated or corrupt PNG fails too. Types in check-icon.d.ts.
"use strict";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ICON_SIZE = 512;

/**
 * Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG.
 * @param {Uint8Array} bytes
 * @returns {{ width: number, height: number } | undefined}
 */
function pngSize(bytes) {
  if (bytes.length < 24 || PNG_SIGNATURE.some((byte, index) => bytes[index] !== byte)) return undefined;
  const chunkType = String.fromCharCode(bytes[12], bytes[13], bytes[14], bytes[15]);
  if (chunkType !== "IHDR") return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * What is wrong with an icon file's bytes for the Store, or undefined when it is a 512×512 PNG.
 * @param {Uint8Array} bytes
 * @returns {string | undefined}
 */
function checkIconBytes(bytes) {
  const size = pngSize(bytes);
  if (!size) return "is not a PNG file";
  if (size.width !== ICON_SIZE || size.height !== ICON_SIZE) {
    return `is ${size.width}×${size.height} pixels; the Store requires ${ICON_SIZE}×${ICON_SIZE}`;
  }
  return undefined;
}

/**
 * The icon files a manifest refers to, relative to the extension root: each icon and its optional
 * `@dark` variant, which Raycast shows in dark themes.
 * @param {{ icon?: unknown, commands?: unknown }} manifest
 * @returns {{ path: string, optional: boolean }[]}
 */
function iconFiles(manifest) {
  const icons = [manifest.icon];
  if (Array.isArray(manifest.commands)) {
    for (const command of manifest.commands) {
      if (typeof command === "object" && command !== null) icons.push(command.icon);
    }
  }
  const files = [];
  for (const icon of new Set(icons)) {
    if (typeof icon !== "string" || !icon.endsWith(".png")) continue;
    files.push({ path: `assets/${icon}`, optional: false });
    files.push({ path: `assets/${icon.replace(/\.png$/, "@dark.png")}`, optional: true });
  }
  return files;
}

module.exports = { pngSize, checkIconBytes, iconFiles, ICON_SIZE };
