import { environment } from "@raycast/api";
import * as os from "node:os";
import manifest from "../../../package.json";
import type { ReportVersions } from "../../onepassword/connection-report";

/** The versions a connection report names: this extension, the SDK it ships, Raycast, the OS and Node. */
export function reportVersions(): ReportVersions {
  return {
    extension: `${manifest.title} ${manifest.version}`,
    sdk: manifest.dependencies["@1password/sdk"],
    raycast: environment.raycastVersion,
    os: `${os.platform()} ${os.release()} (${os.arch()})`,
    node: process.version,
  };
}
