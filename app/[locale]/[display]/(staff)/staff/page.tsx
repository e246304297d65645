import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { pageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { listAudit } from '@/lib/audit/queries';
import { listOfficials } from '@/lib/officials/queries';
import { listUnits } from '@/lib/units/queries';
import { now } from '@/lib/clock';
import { todosFor } from '@/lib/staff/todo';

export default async function StaffHome() {
  const actor = await pageActor('dashboard.read');
  const t = await getTranslations();
  const unitCount = listUnits(actor).length;
  const officialCount = listOfficials(actor).total;
  const todos = todosFor(actor, now());
  const recent = can(actor.role, 'audit.read') ? listAudit(actor, { page: 1 }).rows.slice(0, 8) : [];
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t('staff.dashboard.title', { name: actor.displayName })}</h1>
      <p>{t(`staff.dashboard.roleIntro.${actor.role}`)}</p>
      <section className="space-y-2" aria-labelledby="todo-title" data-testid="todo">
        <h2 id="todo-title" className="text-xl font-bold">
          {t('todo.title')}
        </h2>
        {todos.length === 0 ? (
          <p>{t('todo.none')}</p>
        ) : (
          <ul className="space-y-2">
            {todos.map((todo) => (
              <li key={`${todo.key}-${todo.href}`}>
                <Link href={todo.href} className="inline-flex min-h-11 items-center text-lg">
                  {t(`todo.${todo.key}`, { count: todo.count, ...todo.values })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <div className="bg-[var(--color-wash)] p-4">
          <dt className="text-sm">{t('staff.dashboard.units')}</dt>
          <dd className="text-2xl font-bold num text-left">
            {can(actor.role, 'units.read') ? <Link href="/staff/units">{unitCount}</Link> : unitCount}
          </dd>
        </div>
        <div className="bg-[var(--color-wash)] p-4">
          <dt className="text-sm">{t('staff.dashboard.officials')}</dt>
          <dd className="text-2xl font-bold num text-left">
            <Link href="/staff/officials">{officialCount}</Link>
          </dd>
        </div>
      </dl>
      {recent.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-xl font-bold">{t('staff.dashboard.recent')}</h2>
          <ul className="list-disc pl-6">
            {recent.map((r) => (
              <li key={r.id}>
                <time className="num">{r.at.toISOString().slice(0, 16).replace('T', ' ')}</time> · {r.actorName} · <code>{r.action}</code>{' '}
                {r.entity} {r.entityId ?? ''}
              </li>
            ))}
          </ul>
          <p>
            <Link href="/staff/audit">{t('staff.dashboard.allAudit')}</Link>
          </p>
        </section>
      )}
    </div>
  );
}
