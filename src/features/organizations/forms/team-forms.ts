// What a person types on the Team and Settings pages, checked with the rules the database
// functions enforce (supabase/migrations/20261207120000_team_invitations.sql and
// 20261207120100_organization_settings.sql), so most mistakes are caught before a request.
// Messages are i18n keys.
import { z } from 'zod';
import { cleanText } from '@/domain/input-rules';
import { LOCALES } from '@/domain/labels';
import { MAX_AMOUNT_BY_CURRENCY } from '@/domain/money';
import { STAFF_ROLES, type StaffRole } from '@/domain/statuses';
import type { Database } from '@/types/database.types';

type Args<F extends keyof Database['public']['Functions']> = Database['public']['Functions'][F]['Args'];

/** Currencies an organization may use: those with an amount ceiling (private.currency_max_amounts). */
export const SUPPORTED_CURRENCIES = Object.keys(MAX_AMOUNT_BY_CURRENCY).filter((c) => c !== 'default');

/** The call-wait target's range in minutes (update_organization_settings). */
export const CALL_WAIT_TARGET_RANGE = { min: 1, max: 240 } as const;

const EMAIL_RE = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export const emailSchema = z
  .string()
  .transform((v) => cleanText(v).toLowerCase())
  .pipe(z.string().min(1, 'team.form.emailRequired').max(254, 'team.form.emailInvalid').regex(EMAIL_RE, 'team.form.emailInvalid'));

export const staffRolesSchema = z
  .array(z.enum(STAFF_ROLES))
  .min(1, 'team.form.rolesRequired')
  .transform((roles) => [...new Set(roles)].sort() as StaffRole[]);

export const inviteSchema = z.object({ email: emailSchema, roles: staffRolesSchema });
/** The roles dialog's form: the roles ticked. */
export const rolesFormSchema = z.object({ roles: staffRolesSchema });
export type InviteValues = z.output<typeof inviteSchema>;

/** An IANA timezone the browser knows (Area/Location or UTC), as the database accepts. */
export function isIanaTimeZone(value: string): boolean {
  if (value !== 'UTC' && !/^[A-Za-z]+(\/[A-Za-z0-9_+-]+){1,2}$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * Browsers list CLDR's canonical ids, some of them IANA's old names (Asia/Calcutta): the list
 * offers the current IANA name, the one the database and the seed use.
 */
const CURRENT_IANA_NAME: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
};

/** Every IANA zone of this browser (UTC first), by their current names, for the timezone list. */
export function timeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  const all = (intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : []).map((z) => CURRENT_IANA_NAME[z] ?? z);
  return ['UTC', ...[...new Set(all)].filter((z) => z !== 'UTC' && isIanaTimeZone(z)).sort()];
}

export const settingsSchema = z
  .object({
    name: z.string().transform(cleanText).pipe(z.string().min(1, 'settings.form.nameRequired').max(200, 'settings.form.nameTooLong')),
    timezone: z.string().refine(isIanaTimeZone, 'settings.form.timezoneInvalid'),
    currency: z.string().refine((c) => SUPPORTED_CURRENCIES.includes(c), 'settings.form.currencyInvalid'),
    locale: z.enum(LOCALES, { error: 'settings.form.localeInvalid' }),
    callWaitTargetMinutes: z
      .string()
      .trim()
      .regex(/^\d{1,4}$/, 'settings.form.waitInvalid')
      .transform(Number)
      .pipe(z.number().int().min(CALL_WAIT_TARGET_RANGE.min, 'settings.form.waitInvalid').max(CALL_WAIT_TARGET_RANGE.max, 'settings.form.waitInvalid')),
  })
  .transform(
    (v): Omit<Args<'update_organization_settings'>, 'p_organization_id'> => ({
      p_name: v.name,
      p_timezone: v.timezone,
      p_currency: v.currency,
      p_locale: v.locale,
      p_call_wait_target_minutes: String(v.callWaitTargetMinutes),
    }),
  );
export type SettingsInput = z.input<typeof settingsSchema>;

/** Supabase Auth's minimum_password_length (supabase/config.toml); Auth checks it too. */
export const MINIMUM_PASSWORD_LENGTH = 6;

export const acceptSchema = (needsPassword: boolean) =>
  z
    .object({
      fullName: z.string().transform(cleanText).pipe(z.string().max(200, 'accept.form.nameTooLong')),
      password: z.string(),
      confirm: z.string(),
    })
    .superRefine((v, ctx) => {
      if (!needsPassword) return;
      if ([...v.password].length < MINIMUM_PASSWORD_LENGTH) ctx.addIssue({ code: 'custom', path: ['password'], message: 'accept.form.passwordTooShort' });
      else if (v.confirm !== v.password) ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'accept.form.passwordMismatch' });
    });
