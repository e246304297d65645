import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { writeTx } from '@/db';
import type { Tx } from '@/db/tx';
import { staff } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { now } from '@/lib/clock';
import { addressKey, requestAddress } from '@/lib/net/client-address';
import { DUMMY_HASH, verifyPassword } from './password';
import { getStaffForSignIn } from './queries';
import { clearSignInFailures, recordSignInFailure, signInGate } from './rate-limit';
import { endStaffSession, SESSION_SECONDS, startStaffSession } from './sessions';

declare module 'next-auth' {
  interface Session {
    sid?: string;
  }
}

class RateLimited extends CredentialsSignin {
  code = 'rate_limited';
}

const credentials = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) });
const actorOf = (tx: Tx, id: number) => ({
  id,
  username: tx.select({ u: staff.username }).from(staff).where(eq(staff.id, id)).get()?.u ?? String(id),
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_SECONDS },
  pages: { signIn: '/login' },
  providers: [
    Credentials({
      credentials: { username: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const { username, password } = parsed.data;
        const address = addressKey(requestAddress(request.headers));
        const gate = await signInGate(username, address);
        if (gate.refused) throw new RateLimited();
        if (gate.delayMs > 0) await sleep(gate.delayMs);
        const account = getStaffForSignIn(username);
        const valid = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
        if (!account || !valid || account.disabled) {
          await recordSignInFailure(username, address);
          return null;
        }
        await clearSignInFailures(username, address);
        return { id: String(account.id), name: account.displayName };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        const staffId = Number(user.id);
        token.sub = user.id;
        token.sid = writeTx((tx) => {
          recordAudit(tx, actorOf(tx, staffId), { action: 'auth.signIn', entity: 'session' });
          return startStaffSession(tx, staffId, now());
        });
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.sid === 'string') session.sid = token.sid;
      return session;
    },
  },
  events: {
    signOut(message) {
      const token = 'token' in message ? message.token : null;
      const sid = typeof token?.sid === 'string' ? token.sid : undefined;
      writeTx((tx) => {
        const staffId = endStaffSession(tx, sid, now());
        if (staffId !== null) recordAudit(tx, actorOf(tx, staffId), { action: 'auth.signOut', entity: 'session' });
      });
    },
  },
});
