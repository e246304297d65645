import { postCompute } from '@/lib/assessment/compute-route';

export const dynamic = 'force-dynamic';

export const POST = postCompute;
