import { routeAction } from '@/lib/action';
import { commands } from './commands';
import { handlers } from './index';

export const GET = handlers.GET;

/** Auth.js has its own CSRF token; the pipeline adds the same Origin rule every other write follows. */
export const POST = routeAction(commands.authRoute, {
  body: 'none',
  respond: (result) => (result.ok ? result.data! : Response.json({ error: 'origin' }, { status: 403 })),
});
