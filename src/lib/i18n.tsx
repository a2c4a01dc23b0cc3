import { use, useCallback } from 'react';
import type { Locale } from '@/domain/labels';
import { useOptionalCurrentOrg } from './current-org';
import type { MessageKey } from './messages/en';
import type { FirstKey } from './messages/en-first';
import { browserLocale, fallbackLocale } from './locale-memory';

export { browserLocale };

export type { MessageKey, FirstKey };
export type MessageVars = Record<string, string | number>;
export type TFunction = (key: MessageKey, vars?: MessageVars) => string;
export type FirstTFunction = (key: FirstKey, vars?: MessageVars) => string;

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

// The sign-in page's messages (messages/en-first.ts, pt-BR-first.ts) are a smaller chunk of their
// own: main.tsx loads only these before the first render; the screens of the sign-in path use
// useFirstT (typed to those keys), every other screen useT, which loads the whole catalogue.
const firsts: Partial<Record<Locale, Record<FirstKey, string>>> = {};
const loadingFirst: Partial<Record<Locale, Promise<void>>> = {};
const firstImporters: Record<Locale, () => Promise<Record<FirstKey, string>>> = {
  en: () => import('./messages/en-first').then((m) => m.enFirst),
  'pt-BR': () => import('./messages/pt-BR-first').then((m) => m.ptBRFirst),
};

/** Loads a language's sign-in messages once (or nothing more when the whole catalogue is there). */
export function loadFirstCatalog(locale: Locale): Promise<void> {
  if (catalogs[locale]) return Promise.resolve();
  loadingFirst[locale] ??= firstImporters[locale]().then((c) => {
    firsts[locale] = c;
  });
  return loadingFirst[locale];
}

/** Loads a language's messages once; resolves when translate() has them. */
export function loadCatalog(locale: Locale): Promise<void> {
  loading[locale] ??= importers[locale]().then((c) => {
    catalogs[locale] = c;
  });
  return loading[locale];
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralCategory(locale: Locale, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}

// `{count, plural, one {# student} other {# students}}`: the branch Intl.PluralRules picks for
// the locale (`=0` may name an exact value); `#` is the number as given.
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

export function translate(locale: Locale, key: MessageKey, vars?: MessageVars): string {
  const template =
    catalogs[locale]?.[key] ?? firsts[locale]?.[key as FirstKey] ?? catalogs.en?.[key] ?? firsts.en?.[key as FirstKey] ?? key;
  if (!vars) return template;
  return template
    .replace(PLURAL, (whole, name: string, branches: string) => {
      const raw = vars[name];
      if (raw === undefined) return whole;
      const n = typeof raw === 'number' ? raw : Number(String(raw).replace(/[^\d.-]/g, ''));
      const options = new Map([...branches.matchAll(BRANCH)].map(([, selector = '', text = '']) => [selector, text]));
      const text = options.get(`=${n}`) ?? options.get(pluralCategory(locale, n)) ?? options.get('other') ?? '';
      return text.replace(/#/g, String(raw));
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Messages in the current organization's locale; outside an organization, the browser's language. */
export function useT(): TFunction {
  const locale = useLocale();
  // Suspends until the language's messages are there (at once when already loaded).
  if (!catalogs[locale]) use(loadCatalog(locale));
  return useCallback<TFunction>((key, vars) => translate(locale, key, vars), [locale]);
}

/** useT for the screens of the sign-in path: only the sign-in messages need to be there. */
export function useFirstT(): FirstTFunction {
  const locale = useLocale();
  if (!catalogs[locale] && !firsts[locale]) use(loadFirstCatalog(locale));
  return useCallback<FirstTFunction>((key, vars) => translate(locale, key, vars), [locale]);
}

export function useLocale(): Locale {
  return useOptionalCurrentOrg()?.locale ?? fallbackLocale();
}
