import { describe, expect, it } from 'vitest';
import { auditPage, describeViolations, openContext } from '../support/browser.ts';
import { territorySite } from '../support/shared-site.ts';
import { useServedSite } from '../support/use-served-site.ts';

const site = useServedSite(territorySite);

describe('the legal pages in Chromium', () => {
  it.each(['/', '/accessibilite/', '/plan-du-site/', '/mentions-legales/'])(
    '%s has no axe violation and no third-party request',
    async (url) => {
      const { violations, blocked } = await auditPage(site.browser, site.url, url);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(blocked).toEqual([]);
    },
  );

  it('lets a keyboard user skip to the content and reach the accessibility statement', async () => {
    const { context } = await openContext(site.browser, site.url);
    const page = await context.newPage();
    await page.goto(site.url + '/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent.trim())).toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
    await page
      .getByRole('link', { name: /Accessibilité/ })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/accessibilite/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Déclaration d’accessibilité');
    await context.close();
  });
});
