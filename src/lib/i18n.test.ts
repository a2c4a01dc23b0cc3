import { describe, expect, it } from 'vitest';
import { en } from './messages/en';
import { ptBR } from './messages/pt-BR';
import { enFirst } from './messages/en-first';
import { ptBRFirst } from './messages/pt-BR-first';
import { browserLocale, translate } from './i18n';

describe('message catalogs', () => {
  it('has the same keys in Portuguese as in English, none empty', () => {
    expect(Object.keys(ptBR).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(ptBR)) expect(value, key).not.toBe('');
  });

  it('keeps the same variables in each translation', () => {
    const vars = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(vars(ptBR[key]), key).toEqual(vars(en[key]));
  });

  it('the sign-in messages are copies of catalogue entries, the same keys in both languages', () => {
    expect(Object.keys(ptBRFirst).sort()).toEqual(Object.keys(enFirst).sort());
    for (const [k, v] of Object.entries(enFirst)) expect(v, k).toBe(en[k as keyof typeof en]);
    for (const [k, v] of Object.entries(ptBRFirst)) expect(v, k).toBe(ptBR[k as keyof typeof ptBR]);
  });

  it('fills variables and leaves unknown ones visible', () => {
    expect(translate('en', 'access.denied.body', { org: 'Nikist' })).toContain('Nikist');
    expect(translate('pt-BR', 'pagination.summary', { from: 1, to: 25, total: 40 })).toBe('1–25 de 40');
    expect(translate('en', 'pagination.summary', { from: 1 })).toBe('1–{to} of {total}');
  });
});

describe('browserLocale (sign-in, before any organization is known)', () => {
  it('follows the browser: Portuguese in any region is pt-BR, else English', () => {
    expect(browserLocale(['pt-BR', 'en'])).toBe('pt-BR');
    expect(browserLocale(['pt-PT'])).toBe('pt-BR');
    expect(browserLocale(['en-IN', 'pt-BR'])).toBe('en');
    expect(browserLocale(['de-DE', 'pt'])).toBe('pt-BR');
    expect(browserLocale(['fr'])).toBe('en');
    expect(browserLocale([])).toBe('en');
  });
});
