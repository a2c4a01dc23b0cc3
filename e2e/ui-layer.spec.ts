// The UI layer at 1366, 768 and 390 px: the roster on its column model (actions always in view,
// cards on phones), its row menu and dialogs (Radix), Insights in a tab, the specialist's queue
// before the desk metrics, the call dialog (focusable history boxes, dates in the organization's
// format), and a Vitalis admin's menu without sales pages. A screenshot of each screen.
import { artifactsDir, expect, expectAccessible, expectDialogButtonsVisible, expectNoSideScroll, openNavigation, openOwnCalls, test, type Page } from './fixtures';

/** What the window shows (a dialog is fixed to the window: a full-page shot stretches it). */
const windowShot = (page: Page, name: string, project: string) => page.screenshot({ path: `${artifactsDir}/${name}-${project}.png` });

test.describe('ui layer', { tag: '@responsive' }, () => {
  test('roster: actions in view, row menu opens a dialog, insights in a tab', async ({ page, signIn, shot }) => {
    await signIn('cohorts@nikist.demo');
    await page.waitForURL(/\/cohorts/);
    // A batch with students: Insider Crypto Club's Batch 3, from the paged Batches list.
    await page.getByRole('region', { name: /insider crypto club/i }).getByRole('button', { name: /show batches of/i }).click();
    await page.getByRole('region', { name: /^batches$/i }).getByRole('link', { name: /^batch 3$/i }).click();
    await page.waitForURL(/\/cohorts\/batches\//);
    const menu = page.getByRole('button', { name: /^actions for /i }).first();
    await expect(menu).toBeVisible();
    await expectNoSideScroll(page, 'roster');
    // The actions column is never off-screen: the first row's menu button lies inside the window.
    const box = await menu.boundingBox();
    const width = page.viewportSize()?.width ?? 0;
    expect(box && box.x + box.width <= width + 1, `actions button inside ${width}px`).toBeTruthy();
    await shot('ui-roster');
    await expectAccessible(page, 'roster');

    await menu.click();
    await page.getByRole('menuitem', { name: /^notes on /i }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('textbox')).toBeFocused();
    await expectDialogButtonsVisible(page, 'notes dialog');
    // Saving unchanged notes says so and sends nothing.
    await dialog.getByRole('button', { name: /^save$/i }).click();
    await expect(dialog.getByText(/nothing has changed/i)).toBeVisible();
    await windowShot(page, 'ui-roster-notes-dialog', test.info().project.name);
    await expectAccessible(page, 'notes dialog');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(menu).toBeFocused();

    await page.getByRole('tab', { name: /^insights$/i }).click();
    await expect(page.getByRole('tabpanel')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await shot('ui-roster-insights-tab');
    await expectNoSideScroll(page, 'insights tab');
  });

  test('specialist: the queue first, the call dialog in Portuguese with focusable history', async ({ page, signIn, shot }) => {
    await signIn('ana@vitalis.demo');
    await page.waitForURL(/\/call-requests/);
    const call = page.locator('tr[data-call-log-id] .call-button').first();
    await expect(call).toBeVisible();
    // The first waiting member is on the first screen (before the desk metrics).
    const box = await call.boundingBox();
    expect(box && box.y + box.height <= (page.viewportSize()?.height ?? 0), 'first Call button on the first screen').toBeTruthy();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pt-BR');
    await shot('ui-call-queue');
    await call.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('region', { name: /solicitações anteriores|earlier/i })).toHaveAttribute('tabindex', '0');
    await dialog.getByLabel(/sessão agendada|session booked/i).check();
    const date = dialog.getByLabel(/data e hora da sessão|session date/i);
    await expect(date).toHaveAttribute('placeholder', 'dd/mm/aaaa');
    await expectDialogButtonsVisible(page, 'call dialog');
    await windowShot(page, 'ui-call-dialog', test.info().project.name);
    await expectAccessible(page, 'call dialog');
  });

  test('closer: Statuses filter with counts, the Update dialog with its footer in view', async ({ page, signIn, shot }) => {
    await signIn('dipanshu@nikist.demo');
    await openOwnCalls(page);
    await page.getByRole('button', { name: /^statuses/i }).click();
    const panel = page.locator('.status-filter-panel');
    await expect(panel.getByRole('checkbox').first()).toBeVisible();
    await expect(panel.locator('.chip-count').first()).toHaveText(/^\d/);
    await shot('ui-closer-calls-statuses');
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    // The row's actions are in view at every width (cards on phones, pinned column above).
    const actions = page.getByRole('button', { name: /^actions for the call with /i }).first();
    const ub = await actions.boundingBox();
    expect(ub && ub.x + ub.width <= (page.viewportSize()?.width ?? 0) + 1, 'the row\'s Actions button inside the window').toBeTruthy();
    await actions.click();
    await page.getByRole('menuitem', { name: /^update the call with /i }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expectDialogButtonsVisible(page, 'update dialog');
    await windowShot(page, 'ui-update-dialog', test.info().project.name);
    await expectAccessible(page, 'update dialog');
  });

  test('a Vitalis admin is offered no sales pages', async ({ page, signIn }) => {
    await signIn('admin@vitalis.demo');
    await page.waitForURL(/\/call-requests/);
    const nav = await openNavigation(page);
    await expect(nav.getByRole('link', { name: /solicitações/i })).toBeVisible();
    await expect(nav.getByRole('link', { name: /sales closers|closers de vendas|cohort management|gestão de turmas/i })).toHaveCount(0);
  });
});
