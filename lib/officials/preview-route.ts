import 'server-only';
import { errorCode, routeAction } from '@/lib/action/route';
import { previewCommand } from './preview-command';

const status: Record<string, number> = { tooBig: 413, noFile: 400, invalid: 400, invalidBody: 400 };

/** POST /api/staff/roster/preview: streams NDJSON progress while the file is checked, then one result line. */
export const postRosterPreview = routeAction(previewCommand, {
  body: 'form',
  respond: (result, say) => {
    if (result.ok) return result.data!;
    const code = errorCode(result.message);
    // Signed out or without the right, the answer is the same: this account may not import.
    const key = ['signedOut', 'forbidden'].includes(code)
      ? 'staff.import.errors.forbidden'
      : ['invalid', 'invalidBody'].includes(code)
        ? 'staff.import.errors.noFile'
        : result.message;
    return Response.json({ type: 'error', message: say(key) }, { status: status[code] ?? 403 });
  },
});
