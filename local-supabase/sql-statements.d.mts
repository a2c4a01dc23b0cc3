// Types of sql-statements.mjs for TypeScript callers (tests, scripts).
export function stripLeadingComments(stmt: string): string;
export function isNonTransactional(stmt: string): boolean;
export function splitStatements(sql: string): string[];
