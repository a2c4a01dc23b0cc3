import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

const origin = 'http://127.0.0.1:5173';

describe('parseEnv', () => {
  it('uses the app origin and no Realtime for the local stack', () => {
    const r = parseEnv({ VITE_SUPABASE_ANON_KEY: 'k' }, origin);
    expect(r).toEqual({ ok: true, env: { supabaseUrl: origin, supabaseAnonKey: 'k', realtime: false } });
  });

  it('turns Realtime on for a real project, unless told otherwise', () => {
    const hosted = parseEnv({ VITE_SUPABASE_URL: 'https://abc.supabase.co', VITE_SUPABASE_ANON_KEY: 'k' }, origin);
    expect(hosted.ok && hosted.env.realtime).toBe(true);
    const off = parseEnv({ VITE_SUPABASE_URL: 'https://abc.supabase.co', VITE_SUPABASE_ANON_KEY: 'k', VITE_SUPABASE_REALTIME: 'false' }, origin);
    expect(off.ok && off.env.realtime).toBe(false);
  });

  it('names each problem of a bad environment', () => {
    const r = parseEnv({ VITE_SUPABASE_URL: 'not a url', VITE_SUPABASE_ANON_KEY: '', VITE_SUPABASE_REALTIME: 'yes' }, origin);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.join('\n')).toMatch(/VITE_SUPABASE_URL must be a URL/);
      expect(r.problems.join('\n')).toMatch(/VITE_SUPABASE_ANON_KEY is empty/);
      expect(r.problems.join('\n')).toMatch(/VITE_SUPABASE_REALTIME must be true or false/);
    }
  });
});
