// Overridable so that two checkouts on one machine can run their browser tests side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DB = './data/e2e/minping.db';
// A fixed secret for the throwaway test server only, so fixtures can mint sessions.
export const E2E_SECRET = 'e2e-only-secret-never-used-outside-tests-0123456789';
// The server reads the time from this file when it exists (see lib/clock.ts).
export const E2E_CLOCK = './data/e2e/clock.txt';
