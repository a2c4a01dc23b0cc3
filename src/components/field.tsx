import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';

export type FieldControlProps = {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
};

export type FieldProps = {
  label: ReactNode;
  /** Error text; when set, the control is aria-invalid and described by it. */
  error?: string | null;
  /** Help text under the label. */
  hint?: ReactNode;
  /** Pass an id when the caller needs it (e.g. to focus the control); one is made otherwise. */
  id?: string;
  required?: boolean;
  className?: string;
  /** The control: a render function receiving the wiring props, or one element they are added to. */
  children: ((control: FieldControlProps) => ReactNode) | ReactElement<Partial<FieldControlProps>>;
};

/** Label + control + hint + error, wired with for/id, aria-describedby and aria-invalid. */
export function Field({ label, error, hint, id, required, className, children }: FieldProps) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const control: FieldControlProps = { id: controlId, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy };
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={controlId} className="field-label">
        {label}
        {required ? (
          <span className="field-required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {typeof children === 'function' ? children(control) : isValidElement(children) ? cloneElement(children, control) : null}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message?: string | null }) {
  return message ? (
    <p id={id} className="field-error">
      {message}
    </p>
  ) : null;
}
