import { getRequestStatus, preflight } from '@/lib/requests/api';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }) {
  return getRequestStatus((await params).number);
}
export const OPTIONS = preflight;
