import { Link } from 'react-router-dom';
import { useT } from '@/lib/i18n';

export function NotFound() {
  const t = useT();
  return (
    <section className="page notice-page" aria-labelledby="not-found-title">
      <p className="notice-code" aria-hidden="true">
        404
      </p>
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link to="/" className="button primary">
        {t('notFound.home')}
      </Link>
    </section>
  );
}

/** The 404 outside the organization frame (unknown top-level paths). */
export function NotFoundPage() {
  return (
    <div className="centered-page">
      <NotFound />
    </div>
  );
}
