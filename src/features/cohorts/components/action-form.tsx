// The frame every cohort dialog shares: the form with Cancel and submit, field errors next to
// their fields, and server refusals routed to the field they name (hint `field:x`) or a toast.
import type { ReactNode } from 'react';
import { Dialog } from '@/components/dialog';
import { useToast } from '@/components/toast';
import { useT } from '@/lib/i18n';
import { toUserError } from '@/lib/errors';
import { tr } from './tr';

/** Shared frame of the cohort dialogs: one form, field errors next to fields, a guard against double submits. */
export function ActionForm(props: {
  title: string;
  submitLabel: string;
  danger?: boolean;
  pending: boolean;
  onClose: () => void;
  onSubmit: () => void;
  /** Called with a field's name (the end of its input id, `${uid}-amount` → amount) as it is edited. */
  onFieldChange?: (field: string) => void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Dialog open onClose={props.pending ? () => undefined : props.onClose} title={props.title}>
      <form
        noValidate
        onChange={(e) => {
          const id = (e.target as HTMLElement).id ?? '';
          if (id && props.onFieldChange) props.onFieldChange(id.slice(id.lastIndexOf('-') + 1));
        }}
        onSubmit={(e) => {
          e.preventDefault();
          if (!props.pending) props.onSubmit();
        }}
      >
        {props.children}
        <div className="dialog-actions">
          <button type="button" className="button secondary" onClick={props.onClose} disabled={props.pending}>
            {t('common.cancel')}
          </button>
          <button type="submit" className={`button ${props.danger ? 'danger' : 'primary'}`} disabled={props.pending}>
            {props.pending ? t('common.saving') : props.submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  const t = useT();
  return message ? (
    <p id={id} className="field-error" role="alert">
      {tr(t, message)}
    </p>
  ) : null;
}

export function useServerErrors(setErrors: (e: Record<string, string>) => void) {
  const toast = useToast();
  return (err: unknown) => {
    const u = toUserError(err);
    if (u.field) setErrors({ [u.field]: u.message });
    else toast.error(u.message);
  };
}

/** An onFieldChange that drops the edited field's error: errors clear as the field is fixed. */
export function clearFieldError(setErrors: (update: (e: Record<string, string>) => Record<string, string>) => void) {
  return (field: string) =>
    setErrors((e) => {
      if (!(field in e)) return e;
      const { [field]: _cleared, ...next } = e;
      return next;
    });
}
