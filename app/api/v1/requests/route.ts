import { getRequestOptions, postRequest, preflight } from '@/lib/requests/api';

export const dynamic = 'force-dynamic';

export const GET = getRequestOptions;
export const POST = postRequest;
export const OPTIONS = preflight;
