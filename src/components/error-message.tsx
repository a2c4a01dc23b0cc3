import type { ReactNode } from 'react';
import { toUserError } from '@/lib/errors';
import { useT } from '@/lib/i18n';

/** A failed load or action, in words a person understands, with an optional retry. */
export function ErrorMessage({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: ReactNode }) {
  const t = useT();
  const { message } = toUserError(error);
  return (
    <div className="error-message" role="alert">
      {title ? <p className="error-message-title">{title}</p> : null}
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="button secondary small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
