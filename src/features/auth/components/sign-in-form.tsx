import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Field } from '@/components/field';
import type { UserError } from '@/lib/errors';
import { useFirstT, type FirstKey } from '@/lib/i18n';
import type { SignInFn, SignInInput } from '../api/sign-in';

type FieldErrors = Partial<Record<'email' | 'password', FirstKey>>;

// zod's email pattern (z.email()), checked by hand: the sign-in page is the first load, zod is not.
const EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+.-]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** The form's fields, or the first problem of each. */
export function checkSignIn(raw: { email: unknown; password: unknown }): { ok: true; data: SignInInput } | { ok: false; errors: FieldErrors } {
  const email = typeof raw.email === 'string' ? raw.email.trim() : '';
  const password = typeof raw.password === 'string' ? raw.password : '';
  const errors: FieldErrors = {};
  if (email === '') errors.email = 'auth.signIn.emailRequired';
  else if (!EMAIL.test(email)) errors.email = 'auth.signIn.emailInvalid';
  if (password === '') errors.password = 'auth.signIn.passwordRequired';
  return errors.email || errors.password ? { ok: false, errors } : { ok: true, data: { email, password } };
}

/**
 * Email + password. The sign-in function is a prop so tests can stand in for the network; the app
 * passes supabase's. Success is not handled here: the session change moves the person on.
 */
export function SignInForm({ signIn, onSignedIn }: { signIn: SignInFn; onSignedIn?: () => void }) {
  const t = useFirstT();
  const [errors, setErrors] = useState<FieldErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  // The error's sentence comes from @/lib/errors, loaded only when a sign-in fails (first load).
  const [failure, setFailure] = useState<UserError | null>(null);
  const mutation = useMutation({
    mutationFn: (input: SignInInput) => signIn(input),
    onMutate: () => setFailure(null),
    onSuccess: () => onSignedIn?.(),
    onError: async (error) => {
      const { toUserError } = await import('@/lib/errors');
      setFailure(toUserError(error));
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const data = new FormData(event.currentTarget);
    const parsed = checkSignIn({ email: data.get('email') ?? '', password: data.get('password') ?? '' });
    if (!parsed.ok) {
      const next = parsed.errors;
      setErrors(next);
      (next.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    setErrors({});
    mutation.mutate(parsed.data);
  }

  const pending = mutation.isPending;
  const rateLimited = failure?.code === 'over_request_rate_limit' || (mutation.error as { status?: unknown } | null)?.status === 429;

  return (
    <form className="sign-in-form" onSubmit={onSubmit} noValidate aria-busy={pending}>
      {failure ? (
        <div className="form-error" role="alert">
          {rateLimited ? t('auth.signIn.rateLimited') : failure.message}
        </div>
      ) : null}
      <Field label={t('auth.signIn.email')} error={errors.email ? t(errors.email) : null}>
        <input ref={emailRef} name="email" type="email" autoComplete="username" inputMode="email" required disabled={pending} />
      </Field>
      <Field label={t('auth.signIn.password')} error={errors.password ? t(errors.password) : null}>
        <input ref={passwordRef} name="password" type="password" autoComplete="current-password" required disabled={pending} />
      </Field>
      <button type="submit" className="button primary block" disabled={pending}>
        {pending ? t('auth.signIn.pending') : t('auth.signIn.submit')}
      </button>
    </form>
  );
}
