export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `read` until `done` accepts its value or the time runs out; returns the last value. */
export async function waitFor<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await sleep(100);
    value = await read();
  }
  return value;
}

/**
 * Polls `read` until it gives a value `ready` accepts and the same value (as JSON) for `quietMs`:
 * for a page whose marks arrive in batches, the marks once the page is fully read.
 */
export async function waitForSettled<T>(
  read: () => Promise<T>,
  ready: (v: T) => boolean,
  quietMs = 400,
  timeoutMs = 10_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  let since = Date.now();
  while (Date.now() < until) {
    await sleep(100);
    const next = await read();
    if (JSON.stringify(next) !== JSON.stringify(value)) {
      value = next;
      since = Date.now();
    } else if (ready(value) && Date.now() - since >= quietMs) {
      break;
    }
  }
  return value;
}
