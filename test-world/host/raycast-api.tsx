/**
 * The headless stand-in for `@raycast/api` (jest.config.js maps the module here for src/, @raycast/utils and the
 * built bundle). It exports only what the extension uses; reading any other export throws, so a missing piece
 * shows up as a clear failure instead of an `undefined` deep inside a render.
 */
import { BrowserExtension } from "./api/browser";
import { Clipboard } from "./api/clipboard";
import { Alert, confirmAlert, showHUD, showToast, Toast } from "./api/feedback";
import { Cache, LocalStorage } from "./api/storage";
import {
  captureException,
  clearSearchBar,
  closeMainWindow,
  getFrontmostApplication,
  getPreferenceValues,
  launchCommand,
  open,
  openCommandPreferences,
  openExtensionPreferences,
  popToRoot,
  updateCommandMetadata,
} from "./api/system";
import { Action, ActionPanel } from "./components/actions";
import { Detail } from "./components/detail";
import { Form } from "./components/form";
import { List } from "./components/list";
import { useNavigation } from "./components/navigation";
import { environment } from "./context";
import { Color, ImageMask, LaunchType, PopToRootType } from "./enums";
import { CommonShortcuts } from "./shortcut";

/** Icon.X is the name "X": enough to assert which icon a row shows without listing Raycast's ~900 icons. */
const Icon = new Proxy({} as Record<string, string>, {
  get: (_target, property) => (typeof property === "string" ? property : undefined),
});

const api: Record<string, unknown> = {
  Action,
  ActionPanel,
  Alert,
  BrowserExtension,
  Cache,
  Clipboard,
  Color,
  Detail,
  Form,
  Icon,
  Image: { Mask: ImageMask },
  Keyboard: { Shortcut: { Common: CommonShortcuts } },
  LaunchType,
  List,
  LocalStorage,
  PopToRootType,
  Toast,
  captureException,
  clearSearchBar,
  closeMainWindow,
  confirmAlert,
  environment,
  getFrontmostApplication,
  getPreferenceValues,
  launchCommand,
  open,
  openCommandPreferences,
  openExtensionPreferences,
  popToRoot,
  showHUD,
  showToast,
  updateCommandMetadata,
  useNavigation,
};
Object.defineProperty(api, "__esModule", { value: true });

// Names that module loaders, test matchers and inspectors probe on any object; they are not imports.
const PROBES = new Set(["then", "toJSON", "constructor", "asymmetricMatch", "$$typeof", "nodeType", "inspect"]);

const guarded = new Proxy(api, {
  get(target, property, receiver) {
    if (typeof property === "symbol" || property in target || PROBES.has(property)) {
      return Reflect.get(target, property, receiver);
    }
    throw new Error(`@raycast/api stand-in: unknown export ${property}`);
  },
});

export = guarded;
