import { afterAll, beforeAll } from 'vitest';
import type { E2EBrowser } from './drivers';
import { startFixtureServer } from './server';

export interface E2ESession {
  browser: E2EBrowser;
  server: Awaited<ReturnType<typeof startFixtureServer>>;
}

/** One browser and one fixture server for a describe block, started before and closed after it. */
export function useE2ESession(start: () => Promise<E2EBrowser>): E2ESession {
  const session = {} as E2ESession;
  beforeAll(async () => {
    session.server = await startFixtureServer();
    session.browser = await start();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
