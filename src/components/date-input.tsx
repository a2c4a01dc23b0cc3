import { forwardRef, useState, type InputHTMLAttributes } from 'react';
import { useLocale } from '@/lib/i18n';
import { useOptionalCurrentOrg } from '@/lib/current-org';
import { dateLocale } from '@/domain/dates';

// Native date and time inputs follow the BROWSER's language (an English browser shows mm/dd/yyyy
// and AM/PM inside a Portuguese organization's dialog), not the page's. These text inputs write
// and read dates and times the way the organization does everywhere else, and hand the form the
// same values a native input would: yyyy-mm-dd and HH:MM. Whatever cannot be read is passed on
// as typed, so the form's schema refuses it with its own message.

type Order = ('day' | 'month' | 'year')[];

function dateOrder(locale: string): Order {
  const parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2026, 11, 31)));
  const order = parts.flatMap((p) => (p.type === 'day' || p.type === 'month' || p.type === 'year' ? [p.type] : []));
  return order.length === 3 ? order : ['day', 'month', 'year'];
}

/** The organization's date locale (en-IN for an English organization in India), or the page's. */
function useFormatLocale(): string {
  const org = useOptionalCurrentOrg();
  const locale = useLocale();
  return org ? dateLocale(locale, org.organization.timezone) : locale;
}

/** yyyy-mm-dd written in the locale's order, e.g. 31/12/2026 (pt-BR, en-IN) or 12/31/2026 (en). */
export function isoToText(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, year = '', month = '', day = ''] = m;
  const value = { year, month, day };
  return dateOrder(locale)
    .map((k) => value[k])
    .join('/');
}

/** What was typed, as yyyy-mm-dd when it reads as a date in the locale's order (or is ISO already); else as typed. */
export function textToIso(text: string, locale: string): string {
  const s = text.trim();
  if (s === '' || /^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const nums = s.split(/[/.\-\s]+/);
  if (nums.length !== 3 || nums.some((n) => !/^\d+$/.test(n))) return s;
  const value: Record<string, string> = {};
  dateOrder(locale).forEach((k, i) => (value[k] = nums[i] ?? ''));
  const { year = '', month = '', day = '' } = value;
  if (year.length !== 4 || month.length > 2 || day.length > 2) return s;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export function datePattern(locale: string): string {
  const token = { day: 'dd', month: 'mm', year: locale.startsWith('pt') ? 'aaaa' : 'yyyy' };
  return dateOrder(locale)
    .map((k) => token[k])
    .join('/');
}

type TextProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'min' | 'max'> & {
  /** yyyy-mm-dd (date) or HH:MM (time), '' when empty. */
  value: string;
  onChange: (value: string) => void;
  /**
   * What an unreadable entry is handed on as: '' like a native input (filters, the default), or
   * the text as typed so a form's schema refuses it with its message ('text').
   */
  invalidAs?: 'empty' | 'text';
  min?: string;
  max?: string;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function isRealDate(iso: string): boolean {
  if (!ISO_DATE.test(iso)) return false;
  const d = new Date(`${iso}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/**
 * Keeps what the person types while it is being typed; follows the value when it changes from
 * outside (a reset, a value filled in by the form), adjusted while rendering that new value.
 */
function useText(value: string, toText: (v: string) => string, toValue: (t: string) => string) {
  const [text, setText] = useState(() => toText(value));
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    if (toValue(text) !== value) setText(toText(value));
  }
  return [text, setText] as const;
}

/** A date field in the organization's format (dd/mm/yyyy in pt-BR and en-IN); its value is yyyy-mm-dd. */
export const DateInput = forwardRef<HTMLInputElement, TextProps>(function DateInput({ value, onChange, invalidAs = 'empty', min: _min, max: _max, ...rest }, ref) {
  const locale = useFormatLocale();
  const toValue = (text: string) => {
    const iso = textToIso(text, locale);
    return invalidAs === 'text' || iso === '' || isRealDate(iso) ? iso : '';
  };
  const [text, setText] = useText(value, (v) => isoToText(v, locale), toValue);
  const pattern = datePattern(locale);
  return (
    <input
      {...rest}
      ref={ref}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      lang={locale}
      placeholder={rest.placeholder ?? pattern}
      data-date-pattern={pattern}
      className={rest.className ? `${rest.className} date-input` : 'date-input'}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(toValue(e.target.value));
      }}
    />
  );
});

function uses12h(locale: string): boolean {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle?.startsWith('h1') ?? false;
}

/** HH:MM as the locale writes it: 14:30 (pt-BR) or 2:30 pm (en-IN). */
export function timeToText(time: string, locale: string): string {
  const m = /^(\d{2}):(\d{2})/.exec(time);
  if (!m) return time;
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, 0, 1, Number(m[1]), Number(m[2]))));
}

/** What was typed as HH:MM: 24-hour "14:30", "1430", or 12-hour "2:30 pm" / "2:30 PM"; else as typed. */
export function textToTime(text: string): string {
  const s = text.trim().toLowerCase().replace(/\./g, '');
  if (s === '') return '';
  const m = /^(\d{1,2})(?::?(\d{2}))?\s*(am|pm|a|p)?$/.exec(s.replace(/\s+/g, ' '));
  if (!m) return text;
  let h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  const suffix = m[3];
  if (suffix) {
    if (h < 1 || h > 12) return text;
    if (suffix.startsWith('p') && h !== 12) h += 12;
    if (suffix.startsWith('a') && h === 12) h = 0;
  }
  if (h > 23 || min > 59) return text;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** A time field in the organization's format (24-hour in pt-BR); its value is HH:MM. */
export const TimeInput = forwardRef<HTMLInputElement, TextProps>(function TimeInput({ value, onChange, invalidAs = 'empty', min: _min, max: _max, ...rest }, ref) {
  const locale = useFormatLocale();
  const toValue = (text: string) => {
    const time = textToTime(text);
    return invalidAs === 'text' || time === '' || /^\d{2}:\d{2}$/.test(time) ? time : '';
  };
  const [text, setText] = useText(value, (v) => timeToText(v, locale), toValue);
  return (
    <input
      {...rest}
      ref={ref}
      type="text"
      autoComplete="off"
      lang={locale}
      placeholder={rest.placeholder ?? (uses12h(locale) ? 'h:mm am' : 'hh:mm')}
      className={rest.className ? `${rest.className} time-input` : 'time-input'}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(toValue(e.target.value));
      }}
      onBlur={(e) => {
        // Once left, the field shows the time as the organization writes it.
        const t = textToTime(text);
        if (/^\d{2}:\d{2}$/.test(t)) setText(timeToText(t, locale));
        rest.onBlur?.(e);
      }}
    />
  );
});

/**
 * A date and a time side by side, for what a native datetime-local would take; its value is
 * yyyy-mm-ddTHH:MM ('' when both are empty; an incomplete entry as typed, for the schema to refuse).
 */
export function DateTimeInput({
  id,
  value,
  onChange,
  timeLabel,
  ...aria
}: {
  id?: string;
  value: string;
  onChange: (value: string) => void;
  /** Accessible name of the time part (the date part takes the field's label). */
  timeLabel: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  const [date = '', time = ''] = value.split('T');
  const [parts, setParts] = useState({ date, time });
  // A value changed from outside (a reset) replaces the parts; the parts' own value keeps them.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    if (`${parts.date}T${parts.time}` !== value && !(value === '' && !parts.date && !parts.time)) setParts({ date, time });
  }
  const emit = (next: { date: string; time: string }) => {
    setParts(next);
    onChange(next.date || next.time ? `${next.date}T${next.time}` : '');
  };
  return (
    <span className="date-time-input">
      <DateInput
        id={id}
        {...aria}
        invalidAs="text"
        value={parts.date}
        // A whole date and time pasted into the date part fills both.
        onChange={(d) => emit(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(d) ? { date: d.slice(0, 10), time: d.slice(11, 16) } : { ...parts, date: d })}
      />
      <TimeInput {...aria} aria-label={timeLabel} invalidAs="text" value={parts.time} onChange={(t) => emit({ ...parts, time: t })} />
    </span>
  );
}
