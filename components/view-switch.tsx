import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/lib/locales';
import { reportHref, views, type View } from '@/lib/views';

/** Three plain links (they work without JavaScript); the current view is marked for assistive technology too. */
export async function ViewSwitch({ slug, view, locale }: { slug: string; view: View; locale: Locale }) {
  const t = await getTranslations('Report');
  return (
    <nav aria-label={t('viewLabel')} className="font-ui">
      <ul className="grid grid-cols-3 gap-1 rounded-2xl border border-line p-1 text-sm leading-tight sm:inline-grid">
        {views.map((v) => (
          <li key={v}>
            <a
              href={getPathname({ href: reportHref(slug, v), locale })}
              data-keep-place
              aria-current={v === view ? 'page' : undefined}
              className="flex min-h-11 items-center justify-center rounded-xl px-3 text-center text-ink no-underline hover:bg-surface aria-[current=page]:bg-ink aria-[current=page]:text-paper"
            >
              {t(`views.${v}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
