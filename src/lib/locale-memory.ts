// The language outside an organization (sign-in, Change password, loading screens): the last
// organization's, remembered in this browser, else the browser's. Kept apart from the message
// catalogues so the entry chunk can set <html lang> without loading them.
import type { Locale } from '@/domain/labels';

const REMEMBERED = 'cohort-desk.locale';

/** Called when an organization's language is known: pages outside it (sign-in, Change password, loading) follow it. */
export function rememberLocale(locale: Locale) {
  try {
    window.localStorage.setItem(REMEMBERED, locale);
  } catch {
    // storage may be unavailable (private mode): the browser's language is used then
  }
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** Outside an organization: the language of the last organization opened here, else the browser's. */
export function fallbackLocale(): Locale {
  try {
    const stored = typeof window === 'undefined' ? null : window.localStorage.getItem(REMEMBERED);
    if (stored === 'en' || stored === 'pt-BR') return stored;
  } catch {
    // ignore: see rememberLocale
  }
  return browserLocale();
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
