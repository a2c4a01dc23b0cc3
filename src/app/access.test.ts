import { describe, expect, it } from 'vitest';
import { defaultPage, landingPage } from './access';

describe('landingPage', () => {
  it('sends an admin of an organization with no closers to the page it uses (Vitalis: Call Requests)', () => {
    expect(landingPage(['admin'], { closers: false, cohorts: false, callRequests: true })).toBe('call-requests');
    expect(landingPage(['admin'], { closers: true, cohorts: true, callRequests: false })).toBe('sales-closers');
    expect(landingPage(['admin'], { closers: false, cohorts: true, callRequests: false })).toBe('cohorts');
  });

  it('falls back to the first allowed page without usage or when nothing is in use', () => {
    expect(landingPage(['admin'], null)).toBe(defaultPage(['admin']));
    expect(landingPage(['admin'], { closers: false, cohorts: false, callRequests: false })).toBe('sales-closers');
    expect(landingPage(['specialist'], { closers: true, cohorts: true, callRequests: false })).toBe('call-requests');
    expect(landingPage(['member'], null)).toBe('my-chats');
  });
});
