export type SalesStack = {
  url: string;
  anonKey: string;
  serviceRoleKey: string;
  databaseUrl: string | undefined;
  close: () => Promise<void>;
};
export function startSalesStack(opts?: { databaseUrl?: string }): Promise<SalesStack>;
