import { archiveResponse } from '@/lib/election/archive-route';

export const GET = archiveResponse;
