import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormField, FormMessage, useZodForm } from '@/components/form';
import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { MEMBERSHIP_ROLE_LABELS, labelOf } from '@/domain/labels';
import { useAuth } from '@/lib/auth';
import { useLocale, useT } from '@/lib/i18n';
import { supabase } from '@/lib/supabase';
import { acceptInvitations, myInvitationsQuery } from '../api/accept-invitation';
import { linkFragment } from '../forms/invitation-link';
import { organizationQueries } from '../api/get-memberships';
import { acceptSchema, MINIMUM_PASSWORD_LENGTH } from '../forms/team-forms';
import { teamError } from './team-errors';
import './organizations.css';

type LinkState = { reading: boolean; error: string | null; fromLink: boolean };

/**
 * `/accept-invitation`: where the invitation email's link lands. The link's session (URL
 * fragment, as Supabase Auth puts it there) is taken and removed from the address bar; the
 * invitee chooses a password and their name, and their pending invitations become memberships.
 * Someone who already has an account arrives here signed in, without a link, and only accepts.
 */
export function AcceptInvitationPage() {
  const t = useT();
  const { status, user } = useAuth();
  const [link, setLink] = useState<LinkState>(() => {
    const f = linkFragment(typeof window === 'undefined' ? '' : window.location.hash);
    return { reading: Boolean(f.tokens), error: f.error, fromLink: false };
  });

  useEffect(() => {
    const { tokens, error } = linkFragment(window.location.hash);
    if (!tokens && !error) return;
    // The tokens must not stay in the address bar (history, screenshots, shared links).
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    if (!tokens) return;
    void supabase.auth.setSession(tokens).then(({ error: sessionError }) => {
      setLink({ reading: false, error: sessionError ? 'otp_expired' : null, fromLink: !sessionError });
    });
  }, []);

  let body;
  if (link.reading || status === 'loading') body = <Loading label={t('accept.checking')} />;
  else if (link.error) {
    body = (
      <>
        <p role="alert">{t('accept.linkExpired')}</p>
        <Link className="button secondary" to="/sign-in">
          {t('accept.signIn')}
        </Link>
      </>
    );
  } else if (status === 'signed-out' || !user) {
    body = (
      <>
        <p>{t('accept.signInFirst')}</p>
        <Link className="button primary" to="/sign-in" state={{ from: '/accept-invitation' }}>
          {t('accept.signIn')}
        </Link>
      </>
    );
  } else body = <AcceptForm userId={user.id} email={user.email ?? ''} needsPassword={link.fromLink} />;

  return (
    <div className="centered-page accept-page">
      <section className="notice-card" aria-labelledby="accept-title">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            CD
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <h1 id="accept-title">{t('accept.title')}</h1>
        {body}
      </section>
    </div>
  );
}

function AcceptForm({ userId, email, needsPassword }: { userId: string; email: string; needsPassword: boolean }) {
  const t = useT();
  const locale = useLocale();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const invitations = useQuery(myInvitationsQuery(userId));
  const form = useZodForm(acceptSchema(needsPassword), { fullName: '', password: '', confirm: '' });
  const [message, setMessage] = useState<string | null>(null);
  const accept = useMutation({
    mutationFn: async (values: { fullName: string; password: string }) => {
      if (needsPassword) {
        const { error } = await supabase.auth.updateUser({ password: values.password });
        if (error && error.code !== 'same_password') throw error;
      }
      return acceptInvitations(values.fullName || null);
    },
    onSuccess: async (orgIds) => {
      await qc.invalidateQueries({ queryKey: organizationQueries.all() });
      navigate(orgIds[0] ? `/o/${orgIds[0]}` : '/', { replace: true });
    },
  });

  if (invitations.isPending) return <Loading label={t('accept.checking')} />;
  if (invitations.isError) return <ErrorMessage error={invitations.error} onRetry={() => void invitations.refetch()} />;
  if (invitations.data.length === 0) {
    return (
      <>
        <p>{t('accept.none', { email })}</p>
        <Link className="button secondary" to="/">
          {t('accept.goHome')}
        </Link>
      </>
    );
  }

  const submit = form.handleSubmit((values) => {
    if (accept.isPending) return;
    setMessage(null);
    accept.mutate(values, {
      onError: (err) => {
        const code = (err as { code?: string }).code;
        if (code === 'weak_password') form.setError('password', { type: 'server', message: 'accept.form.passwordTooShort' }, { shouldFocus: true });
        else {
          const u = teamError(t, err);
          if (u.field === 'full_name') form.setError('fullName', { type: 'server', message: u.message }, { shouldFocus: true });
          else setMessage(u.message);
        }
      },
    });
  });

  return (
    <form noValidate onChange={() => setMessage(null)} onSubmit={(e) => void submit(e)}>
      <p className="muted">{t('accept.signedInAs', { email })}</p>
      <ul className="open-work-list">
        {invitations.data.map((i) => (
          <li key={i.id}>{t('accept.invitedTo', { org: i.organization_name, roles: i.roles.map((r) => labelOf(MEMBERSHIP_ROLE_LABELS, locale, r)).join(', ') })}</li>
        ))}
      </ul>
      <FormMessage message={message} />
      <FormField form={form} name="fullName" label={t('accept.fullName')}>
        {(p) => <input {...p} autoComplete="name" {...form.register('fullName')} />}
      </FormField>
      {needsPassword ? (
        <>
          <FormField form={form} name="password" label={t('accept.password')} hint={t('accept.passwordHint', { min: MINIMUM_PASSWORD_LENGTH })} required>
            {(p) => <input {...p} type="password" autoComplete="new-password" {...form.register('password')} />}
          </FormField>
          <FormField form={form} name="confirm" label={t('accept.confirm')} required>
            {(p) => <input {...p} type="password" autoComplete="new-password" {...form.register('confirm')} />}
          </FormField>
        </>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={accept.isPending}>
          {accept.isPending ? t('accept.joining') : t('accept.submit')}
        </button>
      </div>
    </form>
  );
}
