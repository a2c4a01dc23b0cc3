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

describe('plurals (Intl.PluralRules)', () => {
  it('picks the branch of the locale for the count', () => {
    expect(translate('en', 'cohorts.studentCount', { count: 1 })).toBe('1 student');
    expect(translate('en', 'cohorts.studentCount', { count: 0 })).toBe('0 students');
    expect(translate('en', 'cohorts.studentCount', { count: 12 })).toBe('12 students');
    expect(translate('pt-BR', 'cohorts.studentCount', { count: 1 })).toBe('1 aluno');
    expect(translate('pt-BR', 'cohorts.studentCount', { count: 2 })).toBe('2 alunos');
    expect(translate('en', 'sales.closers.assignedOf', { count: 1, name: 'Ana' })).toBe('1 call assigned to Ana');
  });

  it('uses the same plural variables in each translation', () => {
    const plurals = (s: string) => (s.match(/\{\w+, plural,/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(plurals(ptBR[key]), key).toEqual(plurals(en[key]));
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
