import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { ConfigError } from './app/config-error';
import { envResult } from './lib/env';
import { browserLocale, loadCatalog } from './lib/i18n';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

if (!envResult.ok) {
  const problems = envResult.problems;
  void loadCatalog('en').then(() => root.render(<ConfigError problems={problems} />));
} else {
  // Loaded only with a valid environment, so the Supabase client is never built from bad values;
  // the browser's language comes in parallel (the other one only if an organization uses it).
  void Promise.all([import('./app/app'), loadCatalog(browserLocale())]).then(([{ App }]) =>
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
