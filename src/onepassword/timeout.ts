export class TimedOutError extends Error {
  override readonly name = "TimedOutError";
  constructor(
    readonly operation: string,
    readonly timeoutMs: number,
  ) {
    super(`${operation} did not finish within ${Math.round(timeoutMs / 1000)} s`);
  }
}

/**
 * Bounds a call into the desktop app. The SDK applies no timeout, and a call can hang for good while the app is
 * locked or a prompt is unanswered. The underlying promise cannot be cancelled; it is left to settle unobserved.
 */
export function withTimeout<T>(promise: Promise<T>, timeoutMs: number, operation: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimedOutError(operation, timeoutMs)), timeoutMs);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
