import { useEffect } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { useFirstT } from '@/lib/i18n';
import { NotFound } from './not-found';

/**
 * The routes' error boundary. Plain links, not router navigation: the router or a lazy chunk may
 * be what failed, and a full load gets fresh code.
 */
export function RouteError() {
  const error = useRouteError();
  const t = useFirstT();

  useEffect(() => {
    console.error(error);
  }, [error]);

  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <div className="centered-page">
        <NotFound />
      </div>
    );
  }
  return (
    <div className="centered-page">
      <section className="notice-card" role="alert" aria-labelledby="route-error-title">
        <h1 id="route-error-title">{t('error.title')}</h1>
        <p>{t('error.body')}</p>
        <div className="notice-actions">
          <a className="button primary" href={typeof window === 'undefined' ? '/' : window.location.href}>
            {t('error.reload')}
          </a>
          <a className="button secondary" href="/">
            {t('error.home')}
          </a>
        </div>
      </section>
    </div>
  );
}
