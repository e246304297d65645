import { z } from 'zod';
import { ActionError, definePublicCommand } from '@/lib/action/core';

/** Only back into the staff area: a sign-in link can never send someone elsewhere. */
export function safeNext(value: string): string {
  return /^\/staff(\/|$|\?)/.test(value) ? value : '/staff';
}

const text = z.string().catch('');

// Auth.js is loaded when a handler runs, so the registry (and the matrix test) can be read without it.
export const commands = {
  /** Sign-in; failures are slowed per account and address inside Auth.js's authorize (lib/auth/rate-limit.ts). */
  signIn: definePublicCommand({
    name: 'auth.signIn',
    scope: 'none',
    messages: 'login',
    schema: z.object({ username: text.transform((u) => u.trim()), password: text, next: text }),
    run: async ({ username, password, next }) => {
      if (!username || !password) throw new ActionError('login.missing', undefined, { username });
      const { signIn } = await import('./index');
      const { AuthError, CredentialsSignin } = await import('next-auth');
      try {
        await signIn('credentials', { username, password, redirect: false });
      } catch (error) {
        if (!(error instanceof AuthError)) throw error;
        const limited = error instanceof CredentialsSignin && error.code === 'rate_limited';
        throw new ActionError(limited ? 'login.rateLimited' : 'login.failed', undefined, { username });
      }
      return { next: safeNext(next) };
    },
  }),

  /** POST /api/auth/*: Auth.js's own routes (sign-in callback, sign-out), after the pipeline's Origin check. */
  authRoute: definePublicCommand({
    name: 'auth.route',
    scope: 'none',
    schema: z.looseObject({}),
    run: async (_input, ctx) => {
      const { handlers } = await import('./index');
      // Auth.js reads the request itself (its CSRF token, the credentials); the pipeline left the body unread.
      return handlers.POST(ctx.request as Parameters<typeof handlers.POST>[0]);
    },
  }),

  /** Ends this browser's session on the server too (lib/auth/sessions.ts), so a copied cookie stops working. */
  signOut: definePublicCommand({
    name: 'auth.signOut',
    scope: 'none',
    schema: z.object({}),
    run: async () => {
      const { signOut } = await import('./index');
      await signOut({ redirect: false });
    },
  }),
};
