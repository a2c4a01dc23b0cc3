// Types of db.mjs for TypeScript callers (tests, scripts).
export type Result = { rows: any[]; rowCount: number; fields: { name: string; dataTypeID: number }[] };
export type Queryable = { query: (sql: string, params?: unknown[]) => Promise<Result>; exec: (sql: string) => Promise<void> };
export type Database = Queryable & {
  kind: 'pglite' | 'pg';
  transaction: <T>(fn: (tx: Queryable) => Promise<T>, opts?: { readOnly?: boolean; key?: string }) => Promise<T>;
  /** One session without a transaction around it; on a server its connection is closed afterwards. */
  session: <T>(fn: (s: Queryable) => Promise<T>) => Promise<T>;
  close: () => Promise<void>;
  url?: string;
  /** The pool's size (server only). */
  max?: number;
};
export const repoRoot: string;
export const platformSqlPath: string;
export const migrationsDir: string;
export const demoSeedSqlPath: string;
export const seedSqlPath: string;
export function openDatabase(opts?: { url?: string; dataDir?: string; max?: number; fair?: boolean }): Promise<Database>;
export function isConnectionError(e: unknown): boolean;
export function listMigrations(dir?: string): { version: string; name: string; file: string }[];
export function applyPlatform(db: Queryable): Promise<void>;
export function applyMigrations(db: Database, opts?: { until?: string; only?: string[]; dir?: string }): Promise<string[]>;
export function applySeed(db: Queryable): Promise<void>;
export function setupDatabase(db: Database, opts?: { seed?: boolean }): Promise<void>;
export function createScratchDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }>;
