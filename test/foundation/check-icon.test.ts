import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import { checkIconBytes, iconFiles, pngSize } from "../../scripts/check-icon";

const root = join(__dirname, "..", "..");

/** A plain white PNG; unfiltered and barely compressed, since pngjs spends seconds choosing filters. */
function png(width: number, height: number): Buffer {
  const image = new PNG({ width, height });
  image.data.fill(255);
  return PNG.sync.write(image, { filterType: 0, deflateLevel: 1 });
}

describe("checkIconBytes", () => {
  it("accepts the extension's icon", () => {
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { icon: string };
    const bytes = readFileSync(join(root, "assets", manifest.icon));
    expect(checkIconBytes(bytes)).toBeUndefined();
    expect(PNG.sync.read(bytes).width).toBe(512);
  });

  it("accepts a 512×512 PNG", () => {
    expect(pngSize(png(512, 512))).toEqual({ width: 512, height: 512 });
    expect(checkIconBytes(png(512, 512))).toBeUndefined();
  });

  it.each([
    [256, 256],
    [512, 511],
    [1024, 1024],
  ])("rejects a %i×%i PNG", (width, height) => {
    expect(pngSize(png(width, height))).toEqual({ width, height });
    expect(checkIconBytes(png(width, height))).toBe(`is ${width}×${height} pixels; the Store requires 512×512`);
  });

  it("rejects bytes that are not a PNG", () => {
    expect(checkIconBytes(Buffer.from("GIF89a not a png at all, but long enough"))).toBe("is not a PNG file");
    expect(checkIconBytes(png(512, 512).subarray(0, 20))).toBe("is not a PNG file");
    expect(checkIconBytes(new Uint8Array())).toBe("is not a PNG file");
  });

  it("reads the size from a PNG inside a larger buffer", () => {
    const bytes = png(512, 512);
    const padded = new Uint8Array(bytes.length + 8);
    padded.set(bytes, 8);
    expect(pngSize(padded.subarray(8))).toEqual({ width: 512, height: 512 });
  });
});

describe("iconFiles", () => {
  it("lists the extension icon and each command icon, each with an optional @dark variant", () => {
    const files = iconFiles({
      icon: "icon.png",
      commands: [{ icon: "list.png" }, { name: "no-icon" }, { icon: "icon.png" }],
    });
    expect(files).toEqual([
      { path: "assets/icon.png", optional: false },
      { path: "assets/icon@dark.png", optional: true },
      { path: "assets/list.png", optional: false },
      { path: "assets/list@dark.png", optional: true },
    ]);
  });

  it("ignores icons that are not PNG paths (the manifest check reports those)", () => {
    expect(iconFiles({ icon: "icon.svg", commands: "none" })).toEqual([]);
  });
});
