import { postIssueCodes } from '@/lib/selection/issue-route';

export const dynamic = 'force-dynamic';

export const POST = postIssueCodes;
