// Types of keys.mjs.
export const jwtSecret: string;
export const anonKey: string;
export const serviceRoleKey: string;
