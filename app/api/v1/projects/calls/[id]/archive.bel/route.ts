import { callArchiveResponse } from '@/lib/election/archive-route';

export const GET = callArchiveResponse;
