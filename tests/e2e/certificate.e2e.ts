import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CourseOutline } from '../../src/lib/content/bundle';
import { NAME_MAX_LENGTH, nameLength } from '../../src/lib/certificate/certificate-name';
import { toWinAnsi } from '../../src/lib/certificate/winansi';
import { baseUrl, button, expectNoAxeViolations, launch, ui, type Learner } from './browser';
import { seedCompletedCourse } from './progress-fixture';

const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** pdf.js for the page, from the dev dependency, served on the site's own origin (only in this test). */
async function servePdfjs(learner: Learner) {
	await learner.context.route('**/__pdfjs/**', async (route) => {
		const path = new URL(route.request().url()).pathname.replace('/__pdfjs/', '');
		const file = path.startsWith('standard_fonts/') ? join(pdfjsDir, path) : join(pdfjsDir, 'build', path);
		await route.fulfill({
			body: await readFile(file),
			contentType: path.endsWith('.mjs') ? 'text/javascript' : 'application/octet-stream'
		});
	});
}

async function download(page: Page, lang: 'fr' | 'en' | 'es', name: string): Promise<number[]> {
	await page.getByLabel(ui[lang]['certificate.nameLabel']).fill(name);
	const [file] = await Promise.all([page.waitForEvent('download'), button(page, ui[lang]['certificate.download']).press('Enter')]);
	return [...Buffer.concat(await (await file.createReadStream()).toArray())];
}

interface NameArea {
	/** The name as pdf.js reads it (reading order: right to left on a right-to-left line). */
	text: string;
	/** Dark pixels in the name's box on the rendered page. */
	ink: number;
	/** The ink of the name's box, cropped to where ink is and resampled to 96 × 24: to compare shapes. */
	shape: number[];
	/** The same for the name drawn by the page itself in the font it shows it in. */
	reference: number[];
}

/**
 * Renders the PDF with pdf.js in the page (Chromium's canvas), finds the name by its text (the 38 pt line), and
 * measures the ink in its box; draws the name again with the page's own font as the reference of what it should look
 * like. Runs as a string: the test's bundler must not rewrite what the page runs.
 */
const ANALYSE = `async ({ bytes, name }) => {
	if (!window.pdfjsLib) {
		const script = document.createElement('script');
		script.type = 'module';
		script.src = '/__pdfjs/pdf.mjs';
		await new Promise((done, fail) => { script.onload = done; script.onerror = fail; document.head.append(script); });
		for (let i = 0; i < 100 && !window.pdfjsLib; i++) await new Promise((done) => setTimeout(done, 50));
		window.pdfjsLib.GlobalWorkerOptions.workerSrc = '/__pdfjs/pdf.worker.mjs';
	}
	const doc = await window.pdfjsLib.getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: '/__pdfjs/standard_fonts/' }).promise;
	const page = await doc.getPage(1);
	const scale = 2;
	const viewport = page.getViewport({ scale });
	const canvas = document.createElement('canvas');
	canvas.width = viewport.width;
	canvas.height = viewport.height;
	await page.render({ canvas, viewport }).promise;
	const items = (await page.getTextContent()).items.filter((item) => item.str && Math.abs(item.transform[3]) > 34);
	const rtl = items.some((item) => item.dir === 'rtl');
	const ordered = [...items].sort((a, b) => b.transform[5] - a.transform[5] || (rtl ? -1 : 1) * (a.transform[4] - b.transform[4]));
	const text = ordered.map((item) => item.str).join('');
	const size = Math.abs(items[0].transform[3]);
	const left = Math.min(...items.map((i) => i.transform[4]));
	const right = Math.max(...items.map((i) => i.transform[4] + i.width));
	const top = Math.max(...items.map((i) => i.transform[5])) + size;
	const bottom = Math.min(...items.map((i) => i.transform[5])) - size * 0.35;
	const [x0, y0] = viewport.convertToViewportPoint(left - 4, top);
	const [x1, y1] = viewport.convertToViewportPoint(right + 4, bottom);
	const box = canvas.getContext('2d').getImageData(Math.floor(x0), Math.floor(y0), Math.ceil(x1 - x0), Math.ceil(y1 - y0));
	const darkness = (data, i) => 1 - (data[i * 4] * 0.2126 + data[i * 4 + 1] * 0.7152 + data[i * 4 + 2] * 0.0722) / 255;
	const shapeOf = (image, alpha) => {
		const value = (i) => (alpha ? image.data[i * 4 + 3] / 255 : darkness(image.data, i));
		let minX = image.width, minY = image.height, maxX = -1, maxY = -1;
		for (let y = 0; y < image.height; y++)
			for (let x = 0; x < image.width; x++)
				if (value(y * image.width + x) > 0.5) { minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y); }
		const grid = [];
		for (let gy = 0; gy < 24; gy++)
			for (let gx = 0; gx < 96; gx++) {
				let sum = 0, n = 0;
				for (let y = Math.floor(minY + (gy * (maxY - minY + 1)) / 24); y < minY + ((gy + 1) * (maxY - minY + 1)) / 24; y++)
					for (let x = Math.floor(minX + (gx * (maxX - minX + 1)) / 96); x < minX + ((gx + 1) * (maxX - minX + 1)) / 96; x++) {
						sum += value(y * image.width + x);
						n++;
					}
				grid.push(n ? sum / n : 0);
			}
		return grid;
	};
	let ink = 0;
	for (let i = 0; i < box.width * box.height; i++) if (darkness(box.data, i) > 0.5) ink++;
	const shown = document.querySelector('.certificate .name');
	const style = getComputedStyle(shown);
	const ref = document.createElement('canvas');
	ref.width = 3000;
	ref.height = 300;
	const context = ref.getContext('2d');
	context.font = style.fontWeight + ' 152px ' + style.fontFamily;
	context.direction = style.direction;
	context.textAlign = 'center';
	context.textBaseline = 'middle';
	context.fillText(name, ref.width / 2, 150);
	const reference = shapeOf(context.getImageData(0, 0, ref.width, ref.height), true);
	await doc.destroy();
	return { text, ink, shape: shapeOf(box, false), reference };
}`;

/** Pearson correlation of two equally long lists: 1 is the same shape. */
function correlation(a: number[], b: number[]) {
	const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
	const [ma, mb] = [mean(a), mean(b)];
	let ab = 0;
	let aa = 0;
	let bb = 0;
	a.forEach((x, i) => {
		ab += (x - ma) * (b[i]! - mb);
		aa += (x - ma) ** 2;
		bb += (b[i]! - mb) ** 2;
	});
	return ab / Math.sqrt(aa * bb);
}

describe('the certificate carries any name the device can display', () => {
	let learner: Learner;
	const lang = 'en';
	beforeAll(async () => {
		learner = await launch({ viewport: { width: 1280, height: 800 } });
		await servePdfjs(learner);
		const outline = (await (await learner.page.request.get(`${baseUrl()}/content/${lang}/course.json`)).json()) as CourseOutline;
		await learner.page.goto(`${baseUrl()}/${lang}/`);
		await seedCompletedCourse(learner.page, outline.modules);
		await learner.page.goto(`${baseUrl()}/${lang}/certificate/`);
	});
	afterAll(() => learner.close());

	const analyse = async (bytes: number[], name: string) =>
		(await learner.page.evaluate(`(${ANALYSE})(${JSON.stringify({ bytes, name })})`)) as NameArea;

	it.each([
		['Vietnamese', 'Nguyễn Thị Minh Khai'],
		['Arabic (right to left)', 'فاطمة الزهراء'],
		['Chinese', '李小龙']
	])('draws the %s name as the page shows it, not as "?", and pdf.js reads it back as typed', async (_script, name) => {
		const area = await analyse(await download(learner.page, lang, name), name);
		// What the PDF used to hold: "?" for each character WinAnsi lacks, set in Helvetica.
		const questionMarks = String.fromCharCode(...toWinAnsi(name));
		expect(questionMarks).toContain('?');
		const fallback = await analyse(await download(learner.page, lang, questionMarks), questionMarks);
		expect(area.ink).toBeGreaterThan(1500);
		const likeThePage = correlation(area.shape, area.reference);
		const likeQuestionMarks = correlation(area.shape, fallback.shape);
		expect(likeThePage, 'the drawn name has the shape of the name the page shows').toBeGreaterThan(0.9);
		expect(likeQuestionMarks, 'and not the shape of the question marks').toBeLessThan(likeThePage - 0.3);
		expect(area.text).toBe(name);
	});

	it('counts the characters as the learner types, says when the name is too long, and never cuts it', async () => {
		const { page } = learner;
		const field = page.getByLabel(ui[lang]['certificate.nameLabel']);
		const count = page.locator('#certificate-name-count');
		await field.fill('Nguyễn');
		await expect.poll(() => count.innerText()).toBe(`6 of ${NAME_MAX_LENGTH} characters`);
		const long = 'Ana María '.repeat(30).trim();
		await field.fill(long);
		expect(await field.inputValue()).toBe(long);
		const over = nameLength(long) - NAME_MAX_LENGTH;
		await expect.poll(() => count.innerText()).toBe(`${over} characters too many: the certificate holds up to ${NAME_MAX_LENGTH}.`);
		expect(await field.getAttribute('aria-invalid')).toBe('true');
		expect(await field.getAttribute('aria-describedby')).toBe('certificate-name-count');
		expect(await button(page, ui[lang]['certificate.download']).isDisabled()).toBe(true);
		// Said politely once typing pauses, not at every key.
		await expect.poll(() => page.locator('[aria-live="polite"]').filter({ hasText: 'too many' }).count()).toBe(1);
		await expectNoAxeViolations(page, 'certificate with a name too long');
		// Kept as typed after a reload, not cut to the limit.
		await field.blur();
		await page.reload();
		await expect.poll(() => page.getByLabel(ui[lang]['certificate.nameLabel']).inputValue()).toBe(long);
		const fits = `${Array.from(long)
			.slice(0, NAME_MAX_LENGTH - 1)
			.join('')
			.trim()}a`;
		await page.getByLabel(ui[lang]['certificate.nameLabel']).fill(fits);
		await expect.poll(() => count.innerText()).toBe(`${nameLength(fits)} of ${NAME_MAX_LENGTH} characters`);
		expect(await button(page, ui[lang]['certificate.download']).isDisabled()).toBe(false);
	});
});
