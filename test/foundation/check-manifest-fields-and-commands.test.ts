import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { check, broken, existing, goodManifest, pointers } from "./check-manifest-fixture";

const root = join(__dirname, "..", "..");

describe("checkManifest", () => {
  it("accepts the project's own package.json, against the real files", () => {
    const manifest: unknown = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(check(manifest, (path) => existsSync(join(root, path)))).toEqual([]);
  });

  it("accepts a small complete manifest", () => {
    expect(check(goodManifest())).toEqual([]);
  });

  it("rejects what is not an object", () => {
    expect(pointers(check(null))).toEqual([""]);
    expect(pointers(check([]))).toEqual([""]);
  });

  it.each(["name", "title", "description", "icon", "author"])("requires %s", (key) => {
    const problems = check(broken((m) => delete m[key]));
    expect(pointers(problems)).toEqual([`/${key}`]);
    expect(problems[0]?.message).toMatch(/required/);
  });

  it("requires the MIT license", () => {
    const problems = check(broken((m) => (m.license = "ISC")));
    expect(pointers(problems)).toEqual(["/license"]);
    expect(problems[0]?.message).toContain('"ISC"');
  });

  it("requires a lowercase dashed extension name", () => {
    expect(pointers(check(broken((m) => (m.name = "Sample Extension"))))).toEqual(["/name"]);
  });

  it("requires the icon to be a PNG that exists in assets/", () => {
    expect(pointers(check(broken((m) => (m.icon = "icon.svg"))))).toEqual(["/icon"]);
    const missing = check(broken((m) => (m.icon = "other.png")));
    expect(missing).toEqual([{ pointer: "/icon", message: "assets/other.png does not exist" }]);
  });

  it("allows only the Store's categories, at least one, each once", () => {
    expect(pointers(check(broken((m) => (m.categories = []))))).toEqual(["/categories"]);
    expect(pointers(check(broken((m) => (m.categories = ["Security", "Passwords"]))))).toEqual(["/categories/1"]);
    expect(pointers(check(broken((m) => (m.categories = ["Security", "Security"]))))).toEqual(["/categories"]);
  });

  it("allows only macOS and Windows as platforms", () => {
    const problems = check(broken((m) => (m.platforms = ["macOS", "Linux"])));
    expect(pointers(problems)).toEqual(["/platforms/1"]);
    expect(problems[0]?.message).toContain('"Linux"');
    expect(pointers(check(broken((m) => delete m.platforms)))).toEqual(["/platforms"]);
  });

  it("requires at least one command", () => {
    expect(pointers(check(broken((m) => (m.commands = []))))).toEqual(["/commands"]);
    expect(pointers(check(broken((m) => Reflect.deleteProperty(m, "commands"))))).toEqual(["/commands"]);
  });

  it.each(["name", "title", "description"])("requires each command's %s", (key) => {
    const problems = check(broken((m) => delete m.commands[1]![key]));
    expect(pointers(problems)).toContain(`/commands/1/${key}`);
  });

  it("requires a known command mode", () => {
    expect(pointers(check(broken((m) => (m.commands[0]!.mode = "form"))))).toEqual(["/commands/0/mode"]);
    expect(pointers(check(broken((m) => (m.commands[0]!.mode = "menu-bar"))))).toEqual([]);
  });

  it("requires an entry file src/<name>.tsx or src/<name>.ts per command", () => {
    const problems = check(goodManifest(), (path) => path !== "src/search-things.tsx" && existing.has(path));
    expect(problems).toEqual([
      {
        pointer: "/commands/0/name",
        message: 'no entry file for command "search-things": expected src/search-things.tsx or src/search-things.ts',
      },
    ]);
    expect(check(goodManifest(), (path) => path === "src/search-things.ts" || existing.has(path))).toEqual([]);
  });

  it("rejects duplicate command names", () => {
    const problems = check(broken((m) => (m.commands[1]!.name = "search-things")));
    expect(problems).toContainEqual({
      pointer: "/commands/1/name",
      message: 'duplicate command name "search-things" (also /commands/0)',
    });
  });

  it("reports every problem at once", () => {
    const manifest = broken((m) => {
      m.license = "GPL";
      m.platforms = ["Linux"];
      m.commands[0]!.mode = "window";
    });
    expect(pointers(check(manifest))).toEqual(["/license", "/platforms/0", "/commands/0/mode"]);
  });
});
