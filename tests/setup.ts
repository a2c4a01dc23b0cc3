import '@testing-library/jest-dom/vitest';
import { loadCatalog } from '@/lib/i18n';

// The app loads each language's messages on demand (src/lib/i18n.tsx); tests render either at once.
await Promise.all([loadCatalog('en'), loadCatalog('pt-BR')]);
