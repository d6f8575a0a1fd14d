import { bitsOf } from "../../src/lib/permissions";
import { host, loadBuiltTool, runTool, type ToolOutcome } from "../host";
import type { DesktopApp } from "../sim";
import { canary, expectNoLeakOrCrash } from "./canary";
import { clearRecords } from "./clear-records";

/**
 * A world for the AI tools and a way to call them as Raycast AI does, from the files `ray build` wrote. Raycast runs a
 * tool call in a fresh worker; a built file's module state (its SDK clients) lives on between calls here, so each test
 * uses an account of its own name and never meets a client of another test's simulator.
 */

let accounts = 0;

/** Canary values in every field and variable, each unique; generated fields carry unique values of their own. */
export const SECRETS = {
  githubUser: canary("github-user"),
  githubPassword: canary("github-password"),
  stripeCredential: canary("stripe-credential"),
  awsKeyId: canary("aws-key-id"),
  awsSecret: canary("aws-secret"),
  wifiOne: canary("wifi-one"),
  wifiTwo: canary("wifi-two"),
  apiKey: canary("env-api-key"),
  databaseUrl: `postgres://app:${canary("env-db")}@db.internal/app`,
  region: canary("env-region-unmasked"),
};

export interface ToolWorld {
  account: string;
  vaults: { engineering: string; infrastructure: string; finance: string };
  items: { github: string; stripe: string; aws: string };
  groups: { developers: string; contractors: string; designers: string };
  staging: string;
}

/** An account with a few vaults, items with canary values, groups with access, and an Environment. */
export function seedToolWorld(app: DesktopApp): ToolWorld {
  accounts += 1;
  const account = `Acme ${accounts}`;
  const acme = app.addAccount({ name: account, type: "business" });
  const engineering = acme.addVault({ title: "Engineering" });
  const infrastructure = acme.addVault({ title: "Infrastructure" });
  const finance = acme.addVault({ title: "Finance" });
  const github = acme.addItem(engineering, {
    title: "GitHub",
    category: "Login",
    websites: ["https://github.com/login"],
    otp: true,
    fields: [
      { id: "username", title: "username", value: SECRETS.githubUser },
      { id: "password", title: "password", fieldType: "Concealed", value: SECRETS.githubPassword },
    ],
  });
  const stripe = acme.addItem(engineering, {
    title: "Stripe",
    category: "ApiCredentials",
    tags: ["payments"],
    fields: [{ id: "credential", title: "credential", fieldType: "Concealed", value: SECRETS.stripeCredential }],
  });
  const aws = acme.addItem(infrastructure, {
    title: "AWS",
    category: "ApiCredentials",
    sections: [{ id: "prod", title: "Production" }],
    fields: [
      { title: "access key id", value: SECRETS.awsKeyId, sectionId: "prod" },
      { title: "secret access key", fieldType: "Concealed", value: SECRETS.awsSecret, sectionId: "prod" },
    ],
  });
  // Generated fields: the category's usual ones, each with a unique value of the simulator's.
  acme.addItem(infrastructure, { title: "Production Database", category: "Database" });
  acme.addItem(engineering, {
    title: "Office Wi-Fi",
    category: "Router",
    fields: [{ id: "password", title: "password", fieldType: "Concealed", value: SECRETS.wifiOne }],
  });
  acme.addItem(finance, {
    title: "Office Wi-Fi",
    category: "Router",
    fields: [{ id: "password", title: "password", fieldType: "Concealed", value: SECRETS.wifiTwo }],
  });
  const developers = acme.addGroup({ title: "Developers" });
  const contractors = acme.addGroup({ title: "Contractors" });
  const designers = acme.addGroup({ title: "Designers" });
  acme.grant(finance, developers, bitsOf("viewAndReveal"));
  acme.grant(finance, contractors, bitsOf("edit"));
  const staging = acme.addEnvironment({
    name: "Staging",
    variables: [
      { name: "API_KEY", value: SECRETS.apiKey },
      { name: "DATABASE_URL", value: SECRETS.databaseUrl },
      { name: "REGION", value: SECRETS.region, masked: false },
    ],
  });
  return {
    account,
    vaults: { engineering, infrastructure, finance },
    items: { github, stripe, aws },
    groups: { developers, contractors, designers },
    staging,
  };
}

/** Adds the world's Environment to the extension, as Search Environments › Add Environment stores it. */
export async function registerStaging(world: ToolWorld, label = "Staging"): Promise<void> {
  const stored = host.internal.localStorage.get("environments.registered");
  const list = typeof stored === "string" ? (JSON.parse(stored) as unknown[]) : [];
  list.push({ id: world.staging, label, account: world.account });
  host.internal.localStorage.set("environments.registered", JSON.stringify(list));
}

/**
 * Calls the built tool with the world's account, then checks what every tool call must leave behind: no value in
 * its result, confirmation or error, nor in any toast, HUD, log or store; every copy of a secret concealed.
 */
export async function callTool(
  app: DesktopApp,
  world: ToolWorld,
  name: string,
  input: unknown,
  preferences: Record<string, unknown> = {},
): Promise<ToolOutcome> {
  const outcome = await runTool(loadBuiltTool(name), name, input, {
    preferences: { accounts: world.account, ...preferences },
  });
  expectNoLeakOrCrash(app, Object.values(SECRETS));
  return outcome;
}

/** The answer of a tool call that must have succeeded (a failure shows its message in the test output). */
export function answerOf(outcome: ToolOutcome): Record<string, unknown> {
  if (outcome.kind !== "answered") throw new Error(`expected an answer, got ${JSON.stringify(outcome)}`);
  return outcome.result as Record<string, unknown>;
}

/** The error message of a tool call that must have failed. */
export function errorOf(outcome: ToolOutcome): string {
  if (outcome.kind !== "failed") throw new Error(`expected a failure, got ${JSON.stringify(outcome)}`);
  return outcome.error;
}

/** The copy was scheduled for clearing: its clear record, which Clear Copied Secret's runs act on, has a deadline. */
export function expectClearScheduled(): void {
  expect(clearRecords().at(-1)).toEqual(expect.objectContaining({ deadline: expect.any(Number) }));
}
