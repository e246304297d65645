import type { NextRequest } from 'next/server';
import { handlers } from './index';
import { originMatches } from '@/lib/action';

export const GET = handlers.GET;

/** Auth.js has its own CSRF token; this adds the same Origin rule every other write follows. */
export async function POST(request: NextRequest) {
  if (!(await originMatches(request.headers))) return Response.json({ error: 'origin' }, { status: 403 });
  return handlers.POST(request);
}
