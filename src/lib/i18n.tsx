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

/** Messages in the current organization's locale; English outside an organization. */
export function useT(): TFunction {
  const locale = useLocale();
  return useCallback<TFunction>((key, vars) => translate(locale, key, vars), [locale]);
}

export function useLocale(): Locale {
  return useOptionalCurrentOrg()?.locale ?? 'en';
}
