import { environment } from "@raycast/api";
import * as path from "node:path";
import { host, loadBuiltCommand, resetHost } from "./index";

afterEach(() => {
  resetHost();
  host.setAssetsPath("");
});

test("loading a bundle that was not built says how to build it", () => {
  expect(() => loadBuiltCommand("no-such-command")).toThrow("run `npm run build`");
  expect(path.basename(environment.assetsPath)).toBe("assets");
  expect(path.basename(path.dirname(environment.assetsPath))).not.toBe("dist");
});
