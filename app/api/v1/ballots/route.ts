import { postBallot } from '@/lib/selection/ballot-api';

export const dynamic = 'force-dynamic';

export const POST = postBallot;
