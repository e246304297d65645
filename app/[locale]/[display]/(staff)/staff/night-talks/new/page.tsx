import { getLocale, getTranslations } from 'next-intl/server';
import { NightTalkForm } from '@/components/requests/night-talk-form';
import { pageActor } from '@/lib/auth/page';
import { now } from '@/lib/clock';
import { visitChoices } from '@/lib/night-talks/queries';
import { districtDay } from '@/lib/district-time';
import { listCategories } from '@/lib/requests/queries';
import { unitOptions } from '@/lib/units/options';
import { listUnits } from '@/lib/units/queries';

/**
 * Two short steps that work without JavaScript on a phone: choose the community (a GET), then record
 * the visit with that community's officials to tick.
 */
export default async function NewNightTalkPage({ searchParams }: { searchParams: Promise<{ community?: string }> }) {
  const actor = await pageActor('nightTalks.record', '/staff/night-talks/new');
  const [sp, t, locale] = await Promise.all([searchParams, getTranslations('nightTalks'), getLocale()]);
  const communityIds = new Set(
    listUnits(actor)
      .filter((u) => u.kind === 'community')
      .map((u) => u.id),
  );
  const communities = unitOptions(actor).filter((u) => communityIds.has(u.id));
  const chosen = Number(sp.community) || 0;
  const choices = chosen ? visitChoices(actor, chosen) : undefined;
  const categories = listCategories().map((c) => ({ code: c.code, label: locale === 'en' ? c.nameEn : c.nameZh }));
  return (
    <div className="space-y-4 max-w-xl">
      <h1 className="text-2xl font-bold">{t('new')}</h1>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="field mb-0 w-full">
          <label htmlFor="community">{t('community')}</label>
          <select id="community" name="community" defaultValue={choices ? chosen : ''} className="w-full">
            <option value="">{t('chooseCommunity')}</option>
            {communities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          {t('next')}
        </button>
      </form>
      {choices && (
        <NightTalkForm
          key={chosen}
          communityId={chosen}
          communityName={choices.community.name}
          today={districtDay(now())}
          officials={choices.officials}
          categories={categories}
        />
      )}
    </div>
  );
}
