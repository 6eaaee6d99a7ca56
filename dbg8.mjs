import { chromium } from 'playwright-core';
const b = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
const page = await b.newPage({ viewport: { width: 1000, height: 1200 } });
page.on('console', (m) => {
	if (m.text().startsWith('REPORT')) console.log(m.text());
});
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
await page.goto(`http://localhost:4173/en/trainers/preview/?standard=scorm12&package=test-module1-scorm12`);
let frame;
for (;;) {
	frame = page.frames().find((f) => f.url().includes('lms-preview'));
	if (frame && /#\/(fr|en|es)\//.test(frame.url())) break;
	await page.waitForTimeout(50);
}
await frame.evaluate((path) => {
	const a = Object.assign(document.createElement('a'), { href: path });
	document.body.append(a);
	a.click();
	a.remove();
}, '#/fr/introduction/what-is-trafficking/');
await frame.getByRole('button', { name: 'Continuer vers la leçon' }).click();
for (let i = 0; i < 40; i++) {
	const phase = await frame.locator('article.player').getAttribute('data-phase');
	if (phase === 'completed') break;
	if (phase === 'presenting' && (await frame.locator('article.player input').count())) {
		await frame.locator('article.player input').first().check();
		await frame.getByRole('button', { name: 'Vérifier ma réponse' }).click();
		await page.waitForTimeout(200);
		continue;
	}
	await frame.getByRole('button', { name: 'Continuer', exact: true }).click();
	await page.waitForTimeout(200);
}
await page.waitForTimeout(500);
console.log(await page.locator('.panel').innerText());
await b.close();
