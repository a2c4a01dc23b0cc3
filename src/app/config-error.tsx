import { translate } from '@/lib/i18n';

/** Shown instead of the app when the build's environment is invalid (src/lib/env.ts). */
export function ConfigError({ problems }: { problems: string[] }) {
  return (
    <div className="centered-page">
      <section className="notice-card" role="alert" aria-labelledby="config-error-title">
        <h1 id="config-error-title">{translate('en', 'config.title')}</h1>
        <p>{translate('en', 'config.body')}</p>
        <ul className="config-problems">
          {problems.map((p) => (
            <li key={p}>
              <code>{p}</code>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
