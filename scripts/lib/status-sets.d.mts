// Types of status-sets.mjs for TypeScript callers (supabase/tests/status-drift.test.ts).
export type StatusSet = { key: string; table: string; column: string; values: string[] };
export const SET_NAMES: Record<string, [name: string, type: string]>;
export function parseCheckValues(def: string): string[] | null;
export function readStatusSets(db: { query: (sql: string) => Promise<{ rows: any[] }> }): Promise<StatusSet[]>;
export function renderStatusSets(sets: StatusSet[]): string;
