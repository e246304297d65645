/** Runs once when a server process starts, before it answers any request. */
export async function register() {
  // NEXT_RUNTIME is a build-time constant Next inlines, not configuration (hence not in lib/env.ts).
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { stampPeerAddresses } = await import('./lib/net/peer');
    stampPeerAddresses();
  }
}
