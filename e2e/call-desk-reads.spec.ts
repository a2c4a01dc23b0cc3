// The Resolved tab searches (member, company, specialist, notes) and pages with capped counts;
// the desk metrics list every outcome of the status source. At 390, 768 and 1366 px.
import { expect, expectAccessible, expectNoSideScroll, openNavigation, test } from './fixtures';

test.describe('call desk reads', { tag: '@responsive' }, () => {
  test('a specialist searches the resolved calls and sees outcomes per pillar', async ({ page, signIn, shot }) => {
    await signIn('ana@vitalis.demo');
    await (await openNavigation(page)).getByRole('link', { name: /solicitações|call requests/i }).first().click();
    await expect(page.getByRole('tab', { name: /resolvidas|resolved/i })).toBeVisible();
    // Desk metrics: a column per outcome of CALL_OUTCOMES (labels in Portuguese for Vitalis).
    await page.getByRole('button', { name: /últimos 30 dias|last 30 days/i }).click();
    await expect(page.getByRole('table').filter({ hasText: /pilar|pillar/i }).first()).toBeVisible();
    await page.getByRole('tab', { name: /resolvidas|resolved/i }).click();
    const search = page.getByRole('searchbox', { name: /buscar ligações concluídas|search resolved calls/i });
    await expect(search).toBeVisible();
    const rows = page.locator('[data-call-log-id]');
    await expect(rows.first()).toBeVisible();
    await search.fill('zzz-nada-encontrado');
    await expect(page.getByText(/nenhuma ligação concluída encontrada|no resolved calls match/i)).toBeVisible();
    await shot('resolved-search-empty');
    await page.getByRole('button', { name: /limpar busca|clear search/i }).click();
    await expect(rows.first()).toBeVisible();
    // The last member of the page, by name: only their calls remain (the seed's members have one each).
    const name = (await rows.last().locator('.member-name').textContent())?.trim() ?? '';
    await search.fill(name);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(name);
    await shot('resolved-search');
    await expectNoSideScroll(page, 'resolved tab');
    await expectAccessible(page, 'resolved tab');
  });
});
