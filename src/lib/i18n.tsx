import { useCallback } from 'react';
import type { Locale } from '@/domain/labels';
import { useOptionalCurrentOrg } from './current-org';
import { en, type MessageKey } from './messages/en';
import { ptBR } from './messages/pt-BR';

export type { MessageKey };
export type MessageVars = Record<string, string | number>;
export type TFunction = (key: MessageKey, vars?: MessageVars) => string;

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, 'pt-BR': ptBR };

export function translate(locale: Locale, key: MessageKey, vars?: MessageVars): string {
  const template = catalogs[locale][key] ?? en[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Messages in the current organization's locale; outside an organization, the browser's language. */
export function useT(): TFunction {
  const locale = useLocale();
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
