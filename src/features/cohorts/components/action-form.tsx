// The frame every cohort dialog shares: one react-hook-form form with Cancel and submit, field
// errors next to their fields, a guard against double submits, and, for edits, no save when
// nothing has changed.
import { useState, type ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { Dialog } from '@/components/dialog';
import { FormMessage } from '@/components/form';
import { useT } from '@/lib/i18n';
import { tr } from '@/lib/tr';

export function ActionForm<T extends FieldValues, TOut>(props: {
  form: UseFormReturn<T, unknown, TOut>;
  title: string;
  submitLabel: string;
  danger?: boolean;
  pending: boolean;
  onClose: () => void;
  /** Called with the schema's output once the values are valid (and, for an edit, changed). */
  onValid: (values: TOut) => void;
  /** An edit of something that exists: submitting it unchanged says so and sends nothing. */
  edit?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  const { form, pending } = props;
  const [unchanged, setUnchanged] = useState(false);
  // Read while rendering: react-hook-form tracks isDirty only for a form that reads it.
  const { isDirty } = form.formState;
  return (
    <Dialog open onClose={pending ? () => undefined : props.onClose} title={props.title}>
      <form
        noValidate
        onChange={() => setUnchanged(false)}
        onSubmit={(e) => {
          if (pending) {
            e.preventDefault();
            return;
          }
          if (props.edit && !isDirty) {
            e.preventDefault();
            setUnchanged(true);
            return;
          }
          void form.handleSubmit(props.onValid)(e);
        }}
      >
        <FormMessage message={unchanged ? t('form.nothingToSave') : null} />
        {props.children}
        <div className="dialog-actions">
          <button type="button" className="button secondary" onClick={props.onClose} disabled={pending}>
            {t('common.cancel')}
          </button>
          <button type="submit" className={`button ${props.danger ? 'danger' : 'primary'}`} disabled={pending}>
            {pending ? t('common.saving') : props.submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** An error under a field that is not part of a form (e.g. the roster's date filter). */
export function FieldError({ id, message }: { id: string; message?: string | null }) {
  const t = useT();
  return message ? (
    <p id={id} className="field-error" role="alert">
      {tr(t, message)}
    </p>
  ) : null;
}
