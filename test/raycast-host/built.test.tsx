import { environment } from "@raycast/api";
import * as path from "node:path";
import { host, loadBuiltCommand, resetHost } from "../../test-world/host/index";

afterEach(() => {
  resetHost();
  host.setAssetsPath("");
});

test("loading a bundle that was not built says how to build it", () => {
  expect(() => loadBuiltCommand("no-such-command")).toThrow("run `npm run build`");
  expect(path.basename(environment.assetsPath)).toBe("assets");
  expect(path.basename(path.dirname(environment.assetsPath))).not.toBe("dist");
});

test("each launch of a built command starts from fresh module state, as each Raycast launch is a new worker", () => {
  const first = loadBuiltCommand("clear-clipboard") as { default?: unknown };
  const second = loadBuiltCommand("clear-clipboard") as { default?: unknown };
  expect(typeof first.default).toBe("function");
  expect(second.default).not.toBe(first.default);
  expect(environment.assetsPath).toBe(path.join(path.resolve(__dirname, "../.."), "dist", "assets"));
});
