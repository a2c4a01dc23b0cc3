import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { ConfigError } from './app/config-error';
import { envResult } from './lib/env';
import { loadCatalog, loadFirstCatalog } from './lib/i18n';
import { fallbackLocale } from './lib/locale-memory';
import './styles.css';

// Outside an organization the page speaks the last organization's language (else the browser's).
const locale = fallbackLocale();
document.documentElement.lang = locale;

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no <div id="root">');
const root = createRoot(container);

if (!envResult.ok) {
  const problems = envResult.problems;
  void loadCatalog('en').then(() => root.render(<ConfigError problems={problems} />));
} else {
  // Loaded only with a valid environment, so the Supabase client is never built from bad values;
  // that language's sign-in messages come in parallel (the rest of the catalogue when a screen
  // past sign-in needs it; the other language only if an organization uses it).
  void Promise.all([import('./app/app'), loadFirstCatalog(locale)]).then(([{ App }]) =>
    root.render(
      <StrictMode>
        {/* An organization in the other language suspends (useT) while its messages load. */}
        <Suspense fallback={null}>
          <App />
        </Suspense>
      </StrictMode>,
    ),
  );
}
