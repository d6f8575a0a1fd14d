import { spawnSync } from "node:child_process";
import { parse } from "dotenv";
import { expand } from "dotenv-expand";

/**
 * The programs a `.env` output is promised to: dotenv, dotenv-expand on top of it, and python-dotenv (every python
 * here that has it: Debian's python3-dotenv, which `.ci/run` installs, and a pip-installed newer one if present).
 * Each reader takes many documents at once, so a property test spends one Python start, not one per case.
 */

export type ParsedEnv = Record<string, string | null>;

export interface DotenvReader {
  name: string;
  read(documents: readonly string[]): ParsedEnv[];
}

/** A reader that throws on a document reads it as nothing a test expects: its error, under a key no value uses. */
function eachDocument(read: (text: string) => ParsedEnv): (documents: readonly string[]) => ParsedEnv[] {
  return (documents) =>
    documents.map((text) => {
      try {
        return read(text);
      } catch (error) {
        return { "<reader threw>": error instanceof Error ? error.message : String(error) };
      }
    });
}

const npmDotenv: DotenvReader = {
  name: "dotenv",
  read: eachDocument((text) => ({ ...parse(text) })),
};

/** With nothing set in the environment, as a project's own variables are not. */
const npmDotenvExpand: DotenvReader = {
  name: "dotenv-expand",
  read: eachDocument((text) => ({ ...(expand({ parsed: parse(text), processEnv: {} }).parsed ?? {}) })),
};

const PYTHON_READ = `
import io, json, sys
from dotenv import dotenv_values
documents = json.load(sys.stdin)
json.dump([dotenv_values(stream=io.StringIO(text)) for text in documents], sys.stdout)
`;

/** An empty environment, so that python-dotenv's `${NAME}` finds nothing set. */
const PYTHON_ENV = { PATH: process.env.PATH ?? "/usr/bin:/bin", PYTHONIOENCODING: "utf-8" };

function pythonVersion(python: string): string | undefined {
  const script = "import dotenv, importlib.metadata as m; print(m.version('python-dotenv'))";
  const result = spawnSync(python, ["-c", script], { encoding: "utf8", env: PYTHON_ENV });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function pythonReader(python: string, version: string): DotenvReader {
  return {
    name: `python-dotenv ${version} (${python})`,
    read(documents) {
      const result = spawnSync(python, ["-c", PYTHON_READ], {
        input: JSON.stringify(documents),
        encoding: "utf8",
        env: PYTHON_ENV,
        maxBuffer: 1 << 28,
      });
      if (result.status !== 0) throw new Error(`${python} could not read the documents: ${result.stderr}`);
      return JSON.parse(result.stdout) as ParsedEnv[];
    },
  };
}

/** Every python-dotenv here, one per version. */
function pythonReaders(): DotenvReader[] {
  const seen = new Set<string>();
  const readers: DotenvReader[] = [];
  for (const python of ["/usr/bin/python3", "python3"]) {
    const version = pythonVersion(python);
    if (version === undefined || seen.has(version)) continue;
    seen.add(version);
    readers.push(pythonReader(python, version));
  }
  return readers;
}

export const PYTHON_READERS = pythonReaders();
export const DOTENV_READERS: readonly DotenvReader[] = [npmDotenv, npmDotenvExpand, ...PYTHON_READERS];
