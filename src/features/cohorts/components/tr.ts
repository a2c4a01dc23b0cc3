import { en, type MessageKey } from '@/lib/messages/en';
import type { TFunction } from '@/lib/i18n';

function isMessageKey(s: string): s is MessageKey {
  return Object.hasOwn(en, s);
}

/** Field errors are either our message keys (form validation) or the server's own sentence. */
export function tr(t: TFunction, message: string): string {
  return isMessageKey(message) ? t(message) : message;
}
