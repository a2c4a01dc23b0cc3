// Money shows in the organization's currency with that currency's digit grouping: INR in the
// Indian system (₹1,23,456.00), BRL the Brazilian way (R$ 1.234,56).

const CURRENCY_REGION: Record<string, string> = { INR: 'IN', BRL: 'BR', USD: 'US', EUR: 'IE', GBP: 'GB' };
const CURRENCY_LANGUAGE: Record<string, string> = { INR: 'en', BRL: 'pt' };

/**
 * The Intl locale for an amount: a full locale (`pt-BR`, `en-IN`) is used as given; a bare
 * language (`en`, or none) takes the currency's region, so `en` + INR groups digits the Indian way.
 */
export function moneyLocale(currency: string, locale?: string): string {
  if (locale && locale.includes('-')) return locale;
  const language = locale ?? CURRENCY_LANGUAGE[currency] ?? 'en';
  const region = CURRENCY_REGION[currency];
  return region ? `${language}-${region}` : language;
}

function toNumber(amount: number | string): number {
  return typeof amount === 'number' ? amount : Number(amount);
}

/** `numeric` columns may arrive as strings; an unparseable amount shows as a dash, never NaN. */
export function formatMoney(amount: number | string | null | undefined, currency: string, locale?: string): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const value = toNumber(amount);
  if (!Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(moneyLocale(currency, locale), {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/**
 * What a person typed into an amount field, as a number; null when it is not a non-negative amount
 * with at most two decimals. Grouping separators and the currency symbol are ignored. In `pt`
 * locales the comma is the decimal separator ("1.234,56"); elsewhere the dot ("1,23,456.50").
 */
export function parseMoneyInput(input: string, locale?: string): number | null {
  let s = input.replace(/[\s\u00a0]/g, '').replace(/^(₹|R\$|Rs\.?|\$|€|£)/i, '');
  if (s === '') return null;
  const commaDecimal = locale?.toLowerCase().startsWith('pt') ?? false;
  if (commaDecimal) {
    if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$/.test(s)) return null;
    s = s.replace(/\./g, '').replace(',', '.');
  } else {
    if (!/^\d+(,\d+)*(\.\d{1,2})?$/.test(s)) return null;
    s = s.replace(/,/g, '');
  }
  const value = Number(s);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/**
 * An amount as the write functions take it (text, at most two decimals, parsed by the database):
 * a number that came from a two-decimal input, written with exactly two decimals so binary
 * floating point never sends 0.30000000000000004.
 */
export function amountArg(value: number): string {
  return value.toFixed(2);
}

/**
 * The largest amount one money field may hold, by the organization's currency (`default`: any
 * other currency). The database refuses the same (private.currency_max_amounts; drift test
 * supabase/tests/money-limits-drift.test.ts): INR 10 crore.
 */
export const MAX_AMOUNT_BY_CURRENCY = {
  INR: 100_000_000,
  BRL: 5_000_000,
  USD: 1_000_000,
  EUR: 1_000_000,
  GBP: 1_000_000,
  default: 100_000_000,
} as const satisfies Record<string, number>;

export function maxAmountFor(currency: string | null | undefined): number {
  const table: Record<string, number> = MAX_AMOUNT_BY_CURRENCY;
  return (currency && currency !== 'default' ? table[currency] : undefined) ?? MAX_AMOUNT_BY_CURRENCY.default;
}

const AMOUNT_RE = /^\d{1,10}(\.\d{1,2})?$/;

/** A money amount as typed ('' counts as 0): non-negative, at most two decimals. */
export function parseAmount(raw: string): number | null {
  const v = raw.trim().replace(/,/g, '');
  if (v === '') return 0;
  return AMOUNT_RE.test(v) ? Number(v) : null;
}
