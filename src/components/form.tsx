// The form layer: react-hook-form on the zod schemas that already hold the rules. One
// useZodForm per form; fields registered by name; errors (the schema's message keys or the
// server's sentence) next to their field; the first invalid field focused on submit; a refusal
// from the database routed to the field it names (hint `field:x`) or to a notice.
import { useId, type ReactNode } from 'react';
import { get, useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { useT } from '@/lib/i18n';
import { tr } from '@/lib/tr';
import { toUserError } from '@/lib/errors';
import type { ToastApi } from './toast';

/**
 * A form whose values are validated by `schema` on submit, then again on every change once
 * submitted (an error clears as its field is fixed). `handleSubmit` hands over the schema's
 * OUTPUT (e.g. the rpc arguments).
 */
export function useZodForm<TIn extends FieldValues, TOut>(schema: z.ZodType<TOut, TIn>, defaultValues: DefaultValues<TIn>): UseFormReturn<TIn, unknown, TOut> {
  return useForm<TIn, unknown, TOut>({
    resolver: zodResolver(schema),
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
}

/**
 * A refusal from the server: next to the field it names when the form has that field (focused),
 * else as a notice. Returns true when it went to a field.
 */
export function showServerError<T extends FieldValues, TOut>(form: UseFormReturn<T, unknown, TOut>, err: unknown, toast: ToastApi): boolean {
  const u = toUserError(err);
  const values = form.getValues();
  if (u.field && u.field in values) {
    form.setError(u.field as Path<T>, { type: 'server', message: u.message }, { shouldFocus: true });
    return true;
  }
  toast.error(u.message);
  return false;
}

export type ControlProps = { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined };

/** The error message of a field, translated (message keys) or as the server wrote it. */
export function useFieldError<T extends FieldValues, TOut>(form: UseFormReturn<T, unknown, TOut>, name: Path<T>): string | null {
  const t = useT();
  const entry: unknown = get(form.formState.errors, name);
  const message = entry && typeof entry === 'object' && 'message' in entry ? entry.message : null;
  return typeof message === 'string' && message ? tr(t, message) : null;
}

/**
 * Label, control, hint and error of one field, wired with for/id, aria-invalid and
 * aria-describedby. The control is a render function: `{(p) => <input {...p} {...form.register('x')} />}`.
 */
export function FormField<T extends FieldValues, TOut>({
  form,
  name,
  label,
  hint,
  required,
  className,
  children,
}: {
  form: UseFormReturn<T, unknown, TOut>;
  name: Path<T>;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = `${useId()}-${String(name)}`;
  const error = useFieldError(form, name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A form-wide message (e.g. "Nothing has changed"), announced and focusable by the dialog. */
export function FormMessage({ message }: { message: string | null }) {
  return message ? (
    <p className="form-error" role="alert">
      {message}
    </p>
  ) : null;
}
