import { addEnvironment } from "../../src/onepassword/registered-environments";
import type { AccountHandle, DesktopApp } from "../../test-world/sim";
import { expectNoSecretLeak } from "../../test-world/support/canary";
import { useSimulatedApp } from "../../test-world/support/world";
import {
  hasRowsOrEmptyView,
  openCommand,
  openCommandLoaded,
  turnOnBackgroundClear,
} from "../../test-world/support/commands";

/** What the Search Environments tests stand on: an account with two Environments, and opening the command. */

/**
 * Values chosen so a leak is unmistakable: each holds "canary", and one needs quoting care (a line break, a double
 * quote, a `$` and a backslash: with a single quote as well, no .env writing would suit both dotenv and python-dotenv).
 */
export const STAGING = {
  API_KEY: "canary-stg-api-Ke7w",
  DATABASE_URL: "postgres://canary:stg-pw@db.internal/app",
  TRICKY: `canary first line\nsay "hi", it is $5 \\ done`,
  "FEATURE-FLAG": "canary-flag-on",
};
export const REGION = "canary-region-eu-west";
export const PROD = { API_KEY: "canary-prod-api-Zq9x", STRIPE_SECRET: "canary-prod-stripe-4242" };
export const CANARIES = [...Object.values(STAGING), ...Object.values(PROD)];

export interface SeededEnvironments {
  acme: AccountHandle;
  stagingId: string;
  prodId: string;
}

/** Acme with Staging (masked values and one unmasked REGION) and Production; neither is registered yet. */
export function seedEnvironments(app: DesktopApp): SeededEnvironments {
  const acme = app.addAccount({ name: "Acme", type: "business" });
  const stagingId = acme.addEnvironment({
    name: "Staging",
    variables: [
      ...Object.entries(STAGING).map(([name, value]) => ({ name, value })),
      { name: "REGION", value: REGION, masked: false },
    ],
  });
  const prodId = acme.addEnvironment({ name: "Production", variables: PROD });
  return { acme, stagingId, prodId };
}

/**
 * The set-up of every Search Environments test file: the simulated app, and Acme with both Environments seeded
 * before each test. `env` holds this test's account and ids.
 */
export function useSeededEnvironments() {
  const app = useSimulatedApp();
  const env = {} as SeededEnvironments;
  beforeEach(() => {
    Object.assign(env, seedEnvironments(app()));
  });
  const expectNoCanaryShown = () => expectNoSecretLeak(app(), CANARIES);
  return { app, env, expectNoCanaryShown };
}

export async function register(...environments: [id: string, label: string][]) {
  for (const [id, label] of environments) await addEnvironment({ id, label, account: "Acme" });
}

/** Before each test of "the list": Staging and Production registered, and background clearing run once. */
export async function registerBothForTheList(stagingId: string, prodId: string): Promise<void> {
  await register([stagingId, "Staging"], [prodId, "Production"]);
  await turnOnBackgroundClear();
}

export const open = (accounts = "Acme") => openCommand("search-environments", { preferences: { accounts } });
export const openLoaded = (accounts = "Acme") =>
  openCommandLoaded("search-environments", { preferences: { accounts }, until: hasRowsOrEmptyView });
