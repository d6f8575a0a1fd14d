/** Runs `task` over `inputs` with at most `limit` in flight, keeping results in input order. */
export async function mapWithConcurrency<I, O>(
  inputs: readonly I[],
  limit: number,
  task: (input: I, index: number) => Promise<O>,
): Promise<O[]> {
  const results = new Array<O>(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const index = next++;
      results[index] = await task(inputs[index] as I, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), inputs.length) }, worker));
  return results;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * Like `mapWithConcurrency`, and also keeps the summed `weight` of the tasks in flight within `budget`: a task that
 * would go over waits for others to finish, and one heavier than the budget runs alone. Results keep input order.
 */
export async function mapWithinBudget<I, O>(
  inputs: readonly I[],
  limit: number,
  budget: number,
  weight: (input: I) => number,
  task: (input: I, index: number) => Promise<O>,
): Promise<O[]> {
  const results = new Array<O>(inputs.length);
  let next = 0;
  let inFlight = 0;
  let load = 0;
  return new Promise<O[]>((resolve, reject) => {
    const start = () => {
      while (next < inputs.length && inFlight < Math.max(1, limit)) {
        const input = inputs[next] as I;
        const cost = weight(input);
        if (inFlight > 0 && load + cost > budget) break;
        const index = next++;
        inFlight++;
        load += cost;
        task(input, index).then((output) => {
          results[index] = output;
          inFlight--;
          load -= cost;
          if (next === inputs.length && inFlight === 0) resolve(results);
          else start();
        }, reject);
      }
      if (inputs.length === 0) resolve(results);
    };
    start();
  });
}
