import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { DUMMY_HASH, verifyPassword } from './password';
import { getStaffForSignIn } from './queries';
import { clearSignInFailures, clientIp, isSignInBlocked, recordSignInFailure } from './rate-limit';

class RateLimited extends CredentialsSignin {
  code = 'rate_limited';
}

const credentials = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/login' },
  providers: [
    Credentials({
      credentials: { username: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const { username, password } = parsed.data;
        const ip = clientIp(request.headers);
        if (await isSignInBlocked(username, ip)) throw new RateLimited();
        const account = getStaffForSignIn(username);
        const valid = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
        if (!account || !valid || account.disabled) {
          await recordSignInFailure(username, ip);
          return null;
        }
        await clearSignInFailures(username);
        return { id: String(account.id), name: account.displayName };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
