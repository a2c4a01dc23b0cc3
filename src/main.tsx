import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ConfigError } from './app/config-error';
import { envResult } from './lib/env';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

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
