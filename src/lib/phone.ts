import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/**
 * A typed phone number as E.164 (+919876543210), read with the organization's default country
 * when it has no country code; null when it is not a valid number. The database checks the shape.
 */
export function toE164(input: string, defaultCountry: string | null): string | null {
  const raw = input.trim();
  if (!raw) return null;
  const parsed = parsePhoneNumberFromString(raw, (defaultCountry ?? undefined) as CountryCode | undefined);
  return parsed?.isValid() ? parsed.number : null;
}
