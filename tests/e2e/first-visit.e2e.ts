import { afterEach, describe, expect, it } from 'vitest';
import { CHOOSER_TEXT } from '../../src/lib/i18n/language-chooser';
import { baseUrl, expectNoAxeViolations, launch, type Learner } from './browser';

/** Opens "/" as a first visit and waits until the app has run and fetched what it decided to fetch. */
async function firstVisit(learner: Learner) {
	await learner.page.goto(`${baseUrl()}/`);
	await learner.page.waitForLoadState('networkidle');
}

const chooserLinks = (learner: Learner) => learner.page.locator('main.chooser a[hreflang]');

describe('a first visit in a language the course does not have', () => {
	let learner: Learner;
	afterEach(() => learner.close());

	it.each(['de-DE', 'ar'])('shows the language chooser to a browser in %s, with JS, in all three languages', async (locale) => {
		learner = await launch({ locale, viewport: { width: 320, height: 640 } });
		await firstVisit(learner);
		const { page } = learner;
		expect(new URL(page.url()).pathname).toBe('/');
		await expect
			.poll(() => chooserLinks(learner).evaluateAll((links) => links.map((a) => a.getAttribute('hreflang'))))
			.toEqual(['fr', 'en', 'es']);
		for (const [lang, text] of Object.entries(CHOOSER_TEXT)) {
			expect(await page.locator(`main.chooser [lang="${lang}"]`).filter({ hasText: text.prompt }).count(), lang).toBe(1);
			expect(await page.locator(`li[lang="${lang}"] a`).innerText()).toContain(text.action);
		}
		await expectNoAxeViolations(page, `language chooser (${locale})`);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		// Chosen once, remembered: the next visit goes straight to it.
		await page.locator('li[lang="es"] a').press('Enter');
		await page.waitForURL('**/es/');
		await firstVisit(learner);
		await page.waitForURL('**/es/');
	});

	it.each([
		['es-MX', '/es/'],
		['fr-CA', '/fr/'],
		['en-US', '/en/']
	])('goes straight to the course for a browser in %s', async (locale, path) => {
		learner = await launch({ locale });
		await firstVisit(learner);
		await learner.page.waitForURL(`**${path}`);
		expect(new URL(learner.page.url()).pathname).toBe(path);
	});
});
