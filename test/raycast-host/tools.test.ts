import { Action, environment, getPreferenceValues, LaunchType, type Tool } from "@raycast/api";
import { host, resetHost, runTool, type ToolModule } from "../../test-world/host";

/** The host calls a tool as Raycast AI does: confirmation first, the tool only if the person confirms. */

afterEach(() => resetHost());

const preferences = { accounts: "Personal" };

type Input = { name: string };

/** A stand-in tool under a declared tool name: records what it saw, asks before acting unless told it need not. */
function fakeTool(calls: string[]): ToolModule {
  const confirmation: Tool.Confirmation<Input> = async (input) => {
    calls.push(`confirm ${input.name}`);
    if (input.name === "nothing") return undefined;
    return {
      style: Action.Style.Destructive,
      message: `Act on ${input.name}?`,
      info: [{ name: "Name", value: input.name }, { name: "Empty" }],
    };
  };
  return {
    confirmation,
    default: async (input: Input) => {
      console.log(`running in ${environment.commandName}`);
      calls.push(`run ${input.name}`);
      if (input.name === "boom") throw new Error("it broke");
      return {
        acted: input.name,
        launchType: environment.launchType,
        mode: environment.commandMode,
        accounts: getPreferenceValues<{ accounts: string }>().accounts,
        when: new Date(0),
      };
    },
  };
}

test("a confirmed call runs the tool with the same input, in its own context, and records what the model saw", async () => {
  const calls: string[] = [];
  host.answerToolConfirmations(true);
  const outcome = await runTool(fakeTool(calls), "create-vault", { name: "X" }, { preferences });
  expect(calls).toEqual(["confirm X", "run X"]);
  // Raycast leaves out an info entry without a value; the answer reaches the model as JSON.
  const confirmation = { style: "destructive", message: "Act on X?", info: [{ name: "Name", value: "X" }] };
  const result = {
    acted: "X",
    launchType: LaunchType.UserInitiated,
    mode: "no-view",
    accounts: "Personal",
    when: "1970-01-01T00:00:00.000Z",
  };
  expect(outcome).toEqual({ kind: "answered", confirmation, result });
  expect(host.toolRuns).toEqual([
    { tool: "create-vault", input: { name: "X" }, confirmation, confirmed: true, result },
  ]);
  expect(host.logs).toEqual([{ level: "log", text: "running in create-vault", command: "create-vault" }]);
});

test("a declined call never runs the tool; an undefined confirmation runs it without asking", async () => {
  const calls: string[] = [];
  host.answerToolConfirmations(false);
  expect((await runTool(fakeTool(calls), "create-vault", { name: "X" }, { preferences })).kind).toBe("declined");
  expect((await runTool(fakeTool(calls), "create-vault", { name: "nothing" }, { preferences })).kind).toBe("answered");
  expect(calls).toEqual(["confirm X", "confirm nothing", "run nothing"]);
  expect(host.toolRuns.map((run) => run.confirmed)).toEqual([false, undefined]);
});

test("a thrown error is what the model gets; a confirmation nobody answers, an undeclared tool or missing preferences throw", async () => {
  host.answerToolConfirmations(true);
  expect(await runTool(fakeTool([]), "create-vault", { name: "boom" }, { preferences })).toMatchObject({
    kind: "failed",
    error: "it broke",
  });
  await expect(runTool(fakeTool([]), "create-vault", { name: "Y" }, { preferences })).rejects.toThrow(
    /confirmation nobody answered/,
  );
  await expect(runTool(fakeTool([]), "delete-everything", { name: "Y" }, { preferences })).rejects.toThrow(
    /not in the manifest's tools/,
  );
  resetHost();
  await expect(runTool(fakeTool([]), "create-vault", { name: "nothing" })).rejects.toThrow(/required preferences/);
});

test("an answer given as a function runs while the confirmation is on screen, between it and the tool", async () => {
  const calls: string[] = [];
  host.answerToolConfirmations(async () => {
    calls.push("person reads");
    return false;
  });
  host.answerToolConfirmations(() => {
    calls.push("person reads");
    return true;
  });
  expect((await runTool(fakeTool(calls), "create-vault", { name: "X" }, { preferences })).kind).toBe("declined");
  expect((await runTool(fakeTool(calls), "create-vault", { name: "Y" }, { preferences })).kind).toBe("answered");
  expect(calls).toEqual(["confirm X", "person reads", "confirm Y", "person reads", "run Y"]);
});
