import { postRosterPreview } from '@/lib/officials/preview-route';

export const dynamic = 'force-dynamic';

export const POST = postRosterPreview;
