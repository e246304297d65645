import { requirePermission } from '@/lib/action';
import { rosterTemplate } from '@/lib/officials/spreadsheet';

export async function GET() {
  if (!(await requirePermission('officials.import'))) return Response.json({ error: 'forbidden' }, { status: 403 });
  return new Response(new Uint8Array(await rosterTemplate()), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="roster-template.xlsx"; filename*=UTF-8''${encodeURIComponent('干部名册模板.xlsx')}`,
    },
  });
}
