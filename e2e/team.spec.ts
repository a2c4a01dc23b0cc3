// The team is managed in the app (issue 15): an admin invites a closer from the Team page, the
// invitation email is read in the local development mailbox (/mailbox), its link is followed in a
// fresh browser, a password is set and the closer lands in the organization; removed, their open
// session loses the organization at once. Pending invitations are resent and revoked; the
// organization settings are validated and saved. At 1366, 768 and 390 px.
import { expect, expectCards, expectDialogButtonsVisible, expectNoSideScroll, isPhone, openNavigation, orgIdOf, test, type Page } from './fixtures';

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function openTeam(page: Page) {
  const nav = await openNavigation(page);
  await nav.getByRole('link', { name: /^team$/i }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^team$/i })).toBeVisible();
}

async function invite(page: Page, email: string, roles: RegExp[] = []) {
  await page.getByRole('button', { name: /invite someone/i }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(/^email/i).fill(email);
  for (const role of roles) await dialog.getByRole('checkbox', { name: role }).check();
  await expectDialogButtonsVisible(page, 'invite dialog');
  await dialog.getByRole('button', { name: /send invitation/i }).click();
  await expect(page.getByText(`Invitation emailed to ${email}.`)).toBeVisible();
  await expect(dialog).toHaveCount(0);
}

test.describe('team', { tag: '@responsive' }, () => {
  test('an admin invites a closer, who follows the emailed link, sets a password and lands in the organization; removal ends their access', async ({ page, browser, signIn, shot, expectAccessible }) => {
    const email = `closer-${stamp()}@example.com`;
    const name = `Kavya ${stamp()}`;
    await signIn('admin@nikist.demo');
    await openTeam(page);
    const nikist = orgIdOf(page.url());
    await expect(page.getByRole('row', { name: /Dipanshu/ })).toBeVisible();
    await expectNoSideScroll(page, 'team page');
    if (isPhone(page)) await expectCards(page, 'members');
    await shot('team');
    await expectAccessible(page, 'team page');

    // The invite dialog: a bad email is caught before any request.
    await page.getByRole('button', { name: /invite someone/i }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^email/i).fill('not-an-email');
    await dialog.getByRole('button', { name: /send invitation/i }).click();
    await expect(dialog.getByText('That is not a valid email address.')).toBeVisible();
    await expectDialogButtonsVisible(page, 'invite dialog with an error');
    await shot('team-invite-dialog');
    await expectAccessible(page, 'invite dialog');
    await dialog.getByRole('button', { name: /cancel/i }).click();

    await invite(page, email);
    const pendingRow = page.getByRole('row', { name: new RegExp(email.replace(/[.]/g, '\\.')) });
    await expect(pendingRow).toBeVisible();
    await expect(pendingRow).toContainText(/Closer/);
    await expect(pendingRow).toContainText(/Expires/);

    // The invitee's mailbox, in a browser of their own (no session).
    const invitee = await (await browser.newContext()).newPage();
    await invitee.goto(`/mailbox?to=${encodeURIComponent(email)}`);
    await expectNoSideScroll(invitee, 'mailbox');
    await shot('mailbox', invitee);
    await invitee.getByRole('link', { name: /you have been invited/i }).click();
    await expect(invitee.getByText(/Nikist/)).toBeVisible();
    await shot('mailbox-message', invitee);
    await invitee.getByRole('link', { name: /accept the invite/i }).click();

    // The accept page: the link's session, a password, the name.
    await expect(invitee.getByRole('heading', { name: /accept your invitation/i })).toBeVisible();
    await expect(invitee.getByText(/You are invited to Nikist as Closer/)).toBeVisible();
    expect(new URL(invitee.url()).hash, 'the tokens leave the address bar').toBe('');
    await invitee.getByLabel(/your name/i).fill(name);
    await invitee.getByLabel(/choose a password/i).fill('kavya-pass-1');
    await invitee.getByLabel(/repeat the password/i).fill('kavya-pass-2');
    await invitee.getByRole('button', { name: /^join$/i }).click();
    await expect(invitee.getByText('The two passwords are not the same.')).toBeVisible();
    await invitee.getByLabel(/repeat the password/i).fill('kavya-pass-1');
    await expectNoSideScroll(invitee, 'accept page');
    await shot('accept-invitation', invitee);
    await expectAccessible(invitee, 'accept page');
    await invitee.getByRole('button', { name: /^join$/i }).click();
    await invitee.waitForURL(new RegExp(`/o/${nikist}/sales-closers`));
    const inviteeNav = await openNavigation(invitee);
    await expect(inviteeNav.getByRole('link', { name: /sales closers/i })).toBeVisible();
    await expect(inviteeNav.getByRole('link', { name: /^team$/i })).toHaveCount(0);
    await shot('accept-landed', invitee);

    // The admin sees the new member; the invitation is no longer pending.
    await page.reload();
    const memberRow = page.getByRole('row', { name: new RegExp(name) });
    await expect(memberRow).toBeVisible();
    await expect(memberRow).toContainText(/Closer/);
    await expect(page.getByRole('row', { name: new RegExp(`^${email.replace(/[.]/g, '\\.')}`) })).toHaveCount(0);

    // Removal: what they leave open is listed first; their open session loses the organization.
    await page.getByRole('button', { name: `Remove ${name} from the organization` }).click();
    const remove = page.getByRole('dialog');
    await expect(remove.getByText(/nothing open/i)).toBeVisible();
    await expectDialogButtonsVisible(page, 'remove dialog');
    await shot('team-remove-dialog');
    await remove.getByRole('button', { name: /^remove$/i }).click();
    await expect(page.getByText(`${name} was removed from the organization.`)).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
    await invitee.reload();
    await expect(invitee.getByRole('heading', { name: /not a member of this organization/i })).toBeVisible();
    await invitee.context().close();
  });

  test('an admin resends and revokes a pending invitation; the last admin cannot demote themself', async ({ page, signIn, shot }) => {
    const email = `pending-${stamp()}@example.com`;
    await signIn('admin@nikist.demo');
    await openTeam(page);
    await invite(page, email, [/^manager$/i]);
    const row = page.getByRole('row', { name: new RegExp(email.replace(/[.]/g, '\\.')) });
    await expect(row).toContainText(/1×/);
    await row.getByRole('button', { name: `Resend the invitation to ${email}` }).click();
    const resent = page.locator('.toast', { hasText: `Invitation sent again to ${email}.` });
    await expect(resent).toBeVisible();
    await expect(row).toContainText(/2×/);
    // The toast appeared under the pointer (which pauses it) and over the row's buttons: dismiss it,
    // as a person would, before the next click.
    await resent.getByRole('button', { name: /dismiss/i }).click();
    await expect(resent).toHaveCount(0);
    await shot('team-pending');
    await row.getByRole('button', { name: `Revoke the invitation of ${email}` }).click();
    const confirm = page.getByRole('dialog');
    await expect(confirm.getByText(new RegExp(`The link sent to ${email.replace(/[.]/g, '\\.')} will no longer`))).toBeVisible();
    await expectDialogButtonsVisible(page, 'revoke dialog');
    await confirm.getByRole('button', { name: /^revoke$/i }).click();
    await expect(page.getByText(`The invitation of ${email} was revoked.`)).toBeVisible();
    await expect(row).toHaveCount(0);

    // Nikist's only admin tries to make themself a closer only: refused, roles unchanged.
    await page.getByRole('button', { name: /change roles of rohan mehta/i }).click();
    const roles = page.getByRole('dialog');
    await roles.getByRole('checkbox', { name: /^admin$/i }).uncheck();
    await roles.getByRole('checkbox', { name: /^closer$/i }).check();
    await roles.getByRole('button', { name: /^save$/i }).click();
    await expect(roles.getByText(/needs at least one admin/i)).toBeVisible();
    await expectDialogButtonsVisible(page, 'roles dialog');
    await shot('team-last-admin');
    await roles.getByRole('button', { name: /cancel/i }).click();
    await expect(page.getByRole('row', { name: /Rohan Mehta/ })).toContainText(/Admin/);
  });

  // Orbit Academy: no other spec reads it, so changing its settings for a moment disturbs nobody.
  test('organization settings refuse a bad value before any request', async ({ page, signIn, shot, expectAccessible }) => {
    await signIn('admin@orbit.demo');
    const nav = await openNavigation(page);
    await nav.getByRole('link', { name: /^(settings|configurações)$/i }).click();
    await expect(page.getByRole('heading', { level: 1, name: /organization settings|configurações da organização/i })).toBeVisible();
    await page.getByLabel(/call-wait target|meta de espera/i).fill('0');
    await page.getByRole('button', { name: /^(save|salvar)$/i }).click();
    await expect(page.getByText(/Enter a whole number of minutes between 1 and 240.|Informe um número inteiro de minutos entre 1 e 240./)).toBeVisible();
    await expectNoSideScroll(page, 'settings');
    await shot('settings');
    await expectAccessible(page, 'settings');
  });
});

test.describe('team settings, saved', () => {
  // Saving changes a shared demo organization: one project (1366 px) does it.
  test('organization settings are saved and every screen follows (language, name)', async ({ page, signIn, shot }) => {
    await signIn('admin@orbit.demo');
    const nav = await openNavigation(page);
    await nav.getByRole('link', { name: /^settings$/i }).click();
    const name = page.getByLabel(/^(name|nome)/i);
    const wait = page.getByLabel(/call-wait target|meta de espera/i);
    const original = await name.inputValue();
    await wait.fill('25');
    await page.getByLabel(/^language/i).selectOption('pt-BR');
    await name.fill(`${original} ✓`);
    await page.getByRole('button', { name: /^save$/i }).click();
    await expect(page.getByText('Configurações salvas.')).toBeVisible();
    // The whole app follows: the header's name and the navigation's language.
    await expect(page.getByRole('heading', { level: 1, name: /configurações da organização/i })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Equipe' })).toBeVisible();
    await expect(page.locator('.org-name-or-switcher')).toContainText(`${original} ✓`);
    await page.reload();
    await expect(wait).toHaveValue('25');
    await shot('settings-saved-pt');
    await name.fill(original);
    await page.getByLabel(/^idioma/i).selectOption('en');
    await page.getByRole('button', { name: /^salvar$/i }).click();
    await expect(page.getByText('Settings saved.')).toBeVisible();
    await expect(page.locator('.org-name-or-switcher')).toContainText(original);
  });
});
