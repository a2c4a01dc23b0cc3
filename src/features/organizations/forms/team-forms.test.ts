import { describe, expect, it } from 'vitest';
import { acceptSchema, inviteSchema, isIanaTimeZone, settingsSchema, SUPPORTED_CURRENCIES, timeZones } from './team-forms';

const settings = { name: 'Nikist', timezone: 'Asia/Kolkata', currency: 'INR', locale: 'en' as const, callWaitTargetMinutes: '15' };
const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => [String(i.path[0]), i.message]);

describe('invite form', () => {
  it('normalizes the email and the roles', () => {
    expect(inviteSchema.parse({ email: '  New.Closer@Example.COM\u200b ', roles: ['manager', 'closer', 'closer'] })).toEqual({ email: 'new.closer@example.com', roles: ['closer', 'manager'] });
  });
  it('refuses an empty or malformed email, no role and the member role', () => {
    expect(issues(inviteSchema.safeParse({ email: ' ', roles: ['closer'] }))[0]).toEqual(['email', 'team.form.emailRequired']);
    expect(issues(inviteSchema.safeParse({ email: 'nope@', roles: ['closer'] }))).toEqual([['email', 'team.form.emailInvalid']]);
    expect(issues(inviteSchema.safeParse({ email: 'a@b.co', roles: [] }))).toEqual([['roles', 'team.form.rolesRequired']]);
    expect(inviteSchema.safeParse({ email: 'a@b.co', roles: ['member'] }).success).toBe(false);
  });
});

describe('settings form (the same ranges as update_organization_settings)', () => {
  it('gives the database arguments', () => {
    expect(settingsSchema.parse({ ...settings, name: ' Nikist Academy ' })).toEqual({
      p_name: 'Nikist Academy',
      p_timezone: 'Asia/Kolkata',
      p_currency: 'INR',
      p_locale: 'en',
      p_call_wait_target_minutes: '15',
    });
  });
  it('refuses each bad value with its own message', () => {
    expect(issues(settingsSchema.safeParse({ ...settings, name: '\u00a0' }))).toEqual([['name', 'settings.form.nameRequired']]);
    expect(issues(settingsSchema.safeParse({ ...settings, timezone: 'Mars/Olympus' }))).toEqual([['timezone', 'settings.form.timezoneInvalid']]);
    expect(issues(settingsSchema.safeParse({ ...settings, timezone: 'EST5EDT' }))).toEqual([['timezone', 'settings.form.timezoneInvalid']]);
    expect(issues(settingsSchema.safeParse({ ...settings, currency: 'JPY' }))).toEqual([['currency', 'settings.form.currencyInvalid']]);
    for (const bad of ['0', '241', '1.5', '', 'ten']) {
      expect(issues(settingsSchema.safeParse({ ...settings, callWaitTargetMinutes: bad })), bad).toEqual([['callWaitTargetMinutes', 'settings.form.waitInvalid']]);
    }
  });
  it('offers the currencies with an amount ceiling and real IANA zones', () => {
    expect(SUPPORTED_CURRENCIES).toEqual(['INR', 'BRL', 'USD', 'EUR', 'GBP']);
    expect(isIanaTimeZone('America/Sao_Paulo')).toBe(true);
    expect(isIanaTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isIanaTimeZone('IST')).toBe(false);
    const zones = timeZones();
    expect(zones[0]).toBe('UTC');
    expect(zones).toContain('Asia/Kolkata');
    expect(zones).not.toContain('Asia/Calcutta');
  });
});

describe('accept form', () => {
  it('needs a password of 6+ characters, twice, only when the link signed the person in', () => {
    expect(issues(acceptSchema(true).safeParse({ fullName: '', password: '12345', confirm: '12345' }))).toEqual([['password', 'accept.form.passwordTooShort']]);
    expect(issues(acceptSchema(true).safeParse({ fullName: '', password: '123456', confirm: '123457' }))).toEqual([['confirm', 'accept.form.passwordMismatch']]);
    expect(acceptSchema(false).safeParse({ fullName: ' Kavya ', password: '', confirm: '' })).toMatchObject({ success: true, data: { fullName: 'Kavya' } });
  });
});

describe('the invitation link', () => {
  it('reads the session or the error from the fragment Supabase Auth redirects with', async () => {
    const { linkFragment } = await import('./invitation-link');
    expect(linkFragment('#access_token=a.b.c&expires_at=1&expires_in=3600&refresh_token=r1&token_type=bearer&type=invite')).toEqual({ tokens: { access_token: 'a.b.c', refresh_token: 'r1' }, error: null });
    expect(linkFragment('#error=access_denied&error_code=otp_expired&error_description=Email+link+is+invalid+or+has+expired')).toEqual({ tokens: null, error: 'otp_expired' });
    expect(linkFragment('')).toEqual({ tokens: null, error: null });
  });
});
