import { chromium } from 'playwright-core';
const b = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
const page = await b.newPage({ viewport: { width: 1100, height: 1400 } });
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
page.on('console', (m) => {
	if (m.type() === 'error') console.log('CONSOLE', m.text());
});
await page.goto('http://localhost:4173/en/trainers/preview/?standard=' + (process.argv[2] ?? 'scorm12') + (process.argv[3] ?? ''));
await page.waitForTimeout(3000);
const frame = page.frameLocator('iframe');
console.log(
	'frames',
	page.frames().map((f) => f.url())
);
console.log(
	await frame
		.locator('body')
		.innerText()
		.then((t) => t.slice(0, 300))
);
await page.screenshot({ path: '/tmp/preview.png' });
console.log(await page.locator('.panel').innerText());
await b.close();
