// Types of server.mjs.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Database } from './db.mjs';

export type StackHandler = ((req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void) => Promise<void>) & {
  /** Re-reads the schema cache (tables, relationships, functions), e.g. after migrations. */
  reloadSchema: () => Promise<void>;
  /** Stops the Edge Function workers (Deno processes) the stack started. */
  stopFunctions: () => void;
  /** The development mailbox: emails the local Auth sent (invitations), newest first. */
  mailbox: { messages: () => { id: string; to: string; from: string; subject: string; text: string; html: string; links: string[]; sent_at: string }[] };
};
export function createStack(opts: {
  db: Database;
  jwtSecret?: string;
  /** REST limits; userConcurrency: REST requests of one user at once (null: no limit). */
  limits?: { maxRows?: number | null; maxDepth?: number | null; maxTotalRows?: number | null; userConcurrency?: number | null };
  auth?: { signInRateLimit?: { max: number; windowMs: number } | null };
  functions?: { functionsDir?: string; configFile?: string; env?: Record<string, string>; databaseUrl?: string };
}): StackHandler;
export function startStack(opts?: { port?: number; host?: string; url?: string; dataDir?: string }): Promise<{
  url: string;
  anonKey: string;
  db: Database;
  server: Server;
  stack: StackHandler;
  migrations: string[];
  seeded: boolean;
  close: () => Promise<void>;
}>;
