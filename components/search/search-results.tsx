'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState, type ReactNode } from 'react';
import type { Locale } from '@/lib/locales';
import { getJson } from '@/lib/api-client';
import type { SearchHit, SearchResponse } from '@/lib/search/index';

const MAX = 200;
const dirOf = (lang: Locale) => (lang === 'ar' ? 'rtl' : 'ltr');

/** Text with its matches marked. */
function Marked({ text, ranges = [] }: { text: string; ranges?: Array<[number, number]> }) {
  const parts: ReactNode[] = [];
  let at = 0;
  ranges.forEach(([start, end], i) => {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={i} className="rounded-sm bg-pending px-0.5 text-pending-ink">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  });
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/**
 * The results, server-rendered first. With JavaScript, the header's search box drives them: requests are debounced,
 * a new one cancels the one before, the previous results stay up while the next load, and the address follows.
 */
export function SearchResults({ initialQuery, initial }: { initialQuery: string; initial: SearchResponse | null }) {
  const t = useTranslations('Search');
  const locale = useLocale() as Locale;
  const other: Locale = locale === 'en' ? 'ar' : 'en';
  const [typed, setTyped] = useState(initialQuery);
  const [query, setQuery] = useState(initialQuery);

  // The header's search box (a plain GET form on every page) becomes live on this page.
  useEffect(() => {
    const inputs = Array.from(document.querySelectorAll<HTMLInputElement>('[data-site-search]'));
    const onInput = (event: Event) => setTyped((event.target as HTMLInputElement).value);
    const onSubmit = (event: Event) => {
      event.preventDefault();
      const input = (event.target as HTMLFormElement).querySelector<HTMLInputElement>('[data-site-search]');
      if (input) setQuery(input.value);
    };
    inputs.forEach((input) => {
      input.addEventListener('input', onInput);
      input.form?.addEventListener('submit', onSubmit);
    });
    return () =>
      inputs.forEach((input) => {
        input.removeEventListener('input', onInput);
        input.form?.removeEventListener('submit', onSubmit);
      });
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(typed), 250);
    return () => clearTimeout(timer);
  }, [typed]);

  const q = query.trim();
  useEffect(() => {
    const search = q ? `?q=${encodeURIComponent(q)}` : '';
    if (window.location.search !== search) window.history.replaceState(null, '', `${window.location.pathname}${search}`);
  }, [q]);

  const valid = q.length > 0 && q.length <= MAX;
  const { data, isFetching, isError } = useQuery({
    queryKey: ['search', locale, q],
    queryFn: ({ signal }) => getJson<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}&locale=${locale}&limit=20`, signal),
    enabled: valid,
    placeholderData: keepPreviousData,
    initialData: q === initialQuery && initial ? initial : undefined,
    staleTime: 60_000,
  });

  if (!q) return <p className="font-ui text-muted">{t('empty')}</p>;
  if (q.length > MAX) return <p role="alert" className="font-ui font-semibold text-pending-ink">{t('tooLong')}</p>;
  return (
    <div className="space-y-4" aria-busy={isFetching}>
      <p role="status" className="font-ui text-sm text-muted" data-num suppressHydrationWarning>
        {isError ? t('error') : data ? t('results', { total: data.total, query: data.query }) : t('searching')}
        {isFetching && data ? ` · ${t('searching')}` : ''}
      </p>
      {data && data.results.length > 0 && (
        <ol className="max-w-[46rem] space-y-6">
          {data.results.map((hit) => (
            <Result key={hit.slug} hit={hit} locale={locale} other={other} />
          ))}
        </ol>
      )}
    </div>
  );
}

function Result({ hit, locale, other }: { hit: SearchHit; locale: Locale; other: Locale }) {
  const t = useTranslations('Search');
  const headlineLang: Locale = hit.headline[locale] ? locale : other;
  const isHeadline = hit.segment === 'headline';
  const href = `/${locale}/reports/${hit.slug}${hit.blockId ? `#${hit.blockId}` : ''}`;
  return (
    <li className="space-y-2 border-b border-line pb-5" data-result={hit.slug}>
      <h2 lang={headlineLang} dir={dirOf(headlineLang)} className="text-h3 font-semibold">
        <a href={`/${locale}/reports/${hit.slug}`} className="tap-target text-ink no-underline hover:underline">
          {/* A headline match is marked in the headline itself rather than repeated as a snippet. */}
          {isHeadline && hit.snippet[headlineLang] === hit.headline[headlineLang] ? (
            <Marked text={hit.headline[headlineLang]!} ranges={hit.highlights[headlineLang]} />
          ) : (
            hit.headline[headlineLang]
          )}
        </a>
      </h2>
      {!hit.blockId && <p className="font-ui text-xs text-muted">{t(hit.segment === 'headline' ? 'inHeadline' : 'inStandfirst')}</p>}
      {[locale, other].map((lang, i) =>
        hit.snippet[lang] && !(isHeadline && lang === headlineLang) ? (
          <p
            key={lang}
            lang={lang}
            dir={dirOf(lang)}
            data-snippet={lang}
            className={`text-base leading-(--lh-body) ${i === 1 ? 'border-s-2 border-line ps-3 text-muted' : ''}`}
          >
            <Marked text={hit.snippet[lang]!} ranges={hit.highlights[lang]} />
          </p>
        ) : null,
      )}
      {hit.blockId && (
        <a href={href} className="inline-flex min-h-11 items-center font-ui text-sm">
          {t('open')}
        </a>
      )}
    </li>
  );
}
