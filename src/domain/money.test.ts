import { describe, expect, it } from 'vitest';
import { formatMoney, moneyLocale, parseMoneyInput } from './money';

describe('formatMoney', () => {
  it('groups rupees the Indian way', () => {
    expect(formatMoney(123456, 'INR')).toBe('₹1,23,456.00');
    expect(formatMoney(123456, 'INR', 'en')).toBe('₹1,23,456.00');
    expect(formatMoney('12345678.5', 'INR', 'en')).toBe('₹1,23,45,678.50');
  });

  it('formats reais the Brazilian way', () => {
    // Intl separates the symbol with a no-break space.
    expect(formatMoney(1234.5, 'BRL', 'pt-BR')).toBe('R$\u00a01.234,50');
    expect(formatMoney(1234.5, 'BRL')).toBe('R$\u00a01.234,50');
  });

  it('accepts numeric strings from numeric columns and shows a dash for missing or bad values', () => {
    expect(formatMoney('0', 'INR')).toBe('₹0.00');
    expect(formatMoney(null, 'INR')).toBe('—');
    expect(formatMoney('abc', 'INR')).toBe('—');
  });

  it('keeps a full locale as given and gives a bare language the currency region', () => {
    expect(moneyLocale('INR', 'en')).toBe('en-IN');
    expect(moneyLocale('BRL', 'pt-BR')).toBe('pt-BR');
    expect(moneyLocale('INR', 'pt-BR')).toBe('pt-BR');
  });
});

describe('parseMoneyInput', () => {
  it('reads Indian and international grouping with a decimal point', () => {
    expect(parseMoneyInput('1,23,456.50')).toBe(123456.5);
    expect(parseMoneyInput('₹ 2,000')).toBe(2000);
    expect(parseMoneyInput('45000')).toBe(45000);
  });

  it('reads Brazilian input with a decimal comma', () => {
    expect(parseMoneyInput('1.234,56', 'pt-BR')).toBe(1234.56);
    expect(parseMoneyInput('R$ 99,9', 'pt-BR')).toBe(99.9);
  });

  it('refuses negative, empty, over-precise and non-numeric input', () => {
    expect(parseMoneyInput('-5')).toBeNull();
    expect(parseMoneyInput('')).toBeNull();
    expect(parseMoneyInput('10.999')).toBeNull();
    expect(parseMoneyInput('ten')).toBeNull();
    expect(parseMoneyInput('1e5')).toBeNull();
  });
});
