import { use, useCallback } from 'react';
import type { Locale } from '@/domain/labels';
import { useOptionalCurrentOrg } from './current-org';
import type { MessageKey } from './messages/en';

export type { MessageKey };
export type MessageVars = Record<string, string | number>;
export type TFunction = (key: MessageKey, vars?: MessageVars) => string;

// Each language's messages are their own chunk, loaded on demand: the first load carries only the
// language the page shows (issue 16). main.tsx loads the browser's before the first render;
// useT loads (suspends for) an organization's other language the first time it is needed.
const catalogs: Partial<Record<Locale, Record<MessageKey, string>>> = {};
const loading: Partial<Record<Locale, Promise<void>>> = {};

// One import expression per language (one expression with both would preload both).
const importers: Record<Locale, () => Promise<Record<MessageKey, string>>> = {
  en: () => import('./messages/en').then((m) => m.en),
  'pt-BR': () => import('./messages/pt-BR').then((m) => m.ptBR),
};

/** Loads a language's messages once; resolves when translate() has them. */
export function loadCatalog(locale: Locale): Promise<void> {
  loading[locale] ??= importers[locale]().then((c) => {
    catalogs[locale] = c;
  });
  return loading[locale];
}

export function translate(locale: Locale, key: MessageKey, vars?: MessageVars): string {
  const template = catalogs[locale]?.[key] ?? catalogs.en?.[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Messages in the current organization's locale; outside an organization, the browser's language. */
export function useT(): TFunction {
  const locale = useLocale();
  // Suspends until the language's messages are there (at once when already loaded).
  if (!catalogs[locale]) use(loadCatalog(locale));
  return useCallback<TFunction>((key, vars) => translate(locale, key, vars), [locale]);
}

export function useLocale(): Locale {
  return useOptionalCurrentOrg()?.locale ?? browserLocale();
}

/** pt-BR when the browser prefers Portuguese (before any organization is known, e.g. sign-in), else English. */
export function browserLocale(languages: readonly string[] | undefined = typeof navigator === 'undefined' ? undefined : navigator.languages?.length ? navigator.languages : [navigator.language]): Locale {
  for (const language of languages ?? []) {
    const l = language.toLowerCase();
    if (l.startsWith('pt')) return 'pt-BR';
    if (l.startsWith('en')) return 'en';
  }
  return 'en';
}
