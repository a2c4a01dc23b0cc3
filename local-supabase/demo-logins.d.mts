// Types of demo-logins.mjs for TypeScript callers (tests).
export declare const demoPassword: string;
export interface DemoLogin {
  email: string;
  /** The main role, in `organization`. */
  role: string;
  organization: string;
  name: string;
  /** Every membership of this login. */
  roles: { organization: string; role: string }[];
}
export declare const demoLogins: DemoLogin[];
