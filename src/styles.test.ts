import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// One missing `}` once silently dropped every rule after it (the Statuses filter, the sticky
// actions column, the tabs): browsers do not report it.
describe('stylesheets', () => {
  it('close every block they open', () => {
    const dir = path.resolve(import.meta.dirname);
    const files = [path.join(dir, 'styles.css'), ...fs.readdirSync(path.join(dir, 'features'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css')).map((f) => path.join(dir, 'features', f))];
    for (const file of files) {
      const css = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      let depth = 0;
      for (const ch of css) {
        if (ch === '{') depth++;
        if (ch === '}') depth--;
        expect(depth, file).toBeGreaterThanOrEqual(0);
      }
      expect(depth, file).toBe(0);
    }
  });
});
