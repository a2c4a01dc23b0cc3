import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ConfigError } from './app/config-error';
import { envResult } from './lib/env';
import { fallbackLocale } from './lib/locale-memory';
import './styles.css';

document.documentElement.lang = fallbackLocale();

const root = createRoot(document.getElementById('root')!);

if (!envResult.ok) {
  root.render(<ConfigError problems={envResult.problems} />);
} else {
  // Loaded only with a valid environment, so the Supabase client is never built from bad values.
  void import('./app/app').then(({ App }) =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
