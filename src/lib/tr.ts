import { en, type MessageKey } from '@/lib/messages/en';
import type { TFunction } from '@/lib/i18n';
import { splitMessage } from '@/domain/input-rules';

function isMessageKey(s: string): s is MessageKey {
  return Object.hasOwn(en, s);
}

/**
 * Field errors are either our message keys (form validation, possibly with values:
 * `key|{"max":"…"}`, see messageWithVars) or the server's own sentence.
 */
export function tr(t: TFunction, message: string): string {
  const { key, vars } = splitMessage(message);
  return isMessageKey(key) ? t(key, vars) : message;
}
