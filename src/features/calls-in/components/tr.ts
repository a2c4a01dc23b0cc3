import { en, type MessageKey } from '@/lib/messages/en';
import type { TFunction } from '@/lib/i18n';

/** A form error is our message key (translated) or the server's own sentence (shown as it is). */
export function tr(t: TFunction, message: string): string {
  return Object.hasOwn(en, message) ? t(message as MessageKey) : message;
}
