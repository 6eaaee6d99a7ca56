import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { validateManifestXsd } from '../../scripts/scorm/validate';
import { MANIFEST_FILE } from '../../src/lib/packaging/assemble-package';
import { plainText } from '../../src/lib/packaging/launch-page';
import { checkPackage, launchPageLeaks } from '../../src/lib/packaging/package-check';
import type { Standard } from '../../src/lib/packaging/package-config';
import { baseUrl, passContentNote, type Lang } from './browser';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- LMS data as scorm-again renders it

/** What a downloaded zip holds, checked as an LMS would take it: the official XSDs and the reference checks. */
export function checkedZip(zip: Uint8Array, standard: Standard) {
	const files = unzipSync(zip);
	const manifest = strFromU8(files[MANIFEST_FILE] ?? new Uint8Array());
	expect(validateManifestXsd(manifest, standard), 'the official XSDs (xmllint)').toEqual([]);
	expect(checkPackage(Object.keys(files), MANIFEST_FILE, manifest), 'the reference checks').toEqual([]);
	expect(launchPageLeaks(strFromU8(files['index.html']!)), 'the launch page loads nothing from outside').toEqual([]);
	const json = (path: string) => JSON.parse(strFromU8(files[path]!)) as Json;
	return { files, manifest, json };
}

const attribute = (html: string, pattern: RegExp) =>
	pattern
		.exec(html)?.[1]
		?.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&amp;/g, '&');
const summaryOf = (files: Record<string, Uint8Array>, lang: string) =>
	plainText((JSON.parse(strFromU8(files[`content/${lang}/course.json`]!)) as { summary: string }).summary);

/**
 * #11 item 10, on a real zip: the package speaks its own languages (the launch page's <html lang>
 * and description in its first language, the manifest's languages, the content) and carries none
 * of the installable website's parts (web app manifest, its icons, a service worker).
 */
export function expectFitsItsLanguages(pkg: { files: Record<string, Uint8Array>; manifest: string }, languages: readonly Lang[]) {
	const html = strFromU8(pkg.files['index.html']!);
	expect(attribute(html, /<html lang="([^"]*)"/), 'the launch page’s lang').toBe(languages[0]);
	expect(attribute(html, /<meta name="description" content="([^"]*)"/), 'the launch page’s description').toBe(
		summaryOf(pkg.files, languages[0]!)
	);
	const declared = [...pkg.manifest.matchAll(/<(?:imsmd|lom):language>([a-z]+)</g)].map((m) => m[1]);
	expect(declared, 'the manifest’s languages').toEqual([...languages]);
	const content = new Set(Object.keys(pkg.files).flatMap((p) => /^content\/([a-z]{2})\//.exec(p)?.[1] ?? []));
	expect(content, 'the content’s languages').toEqual(new Set(languages));
	expect(html).not.toMatch(/rel="(?:manifest|apple-touch-icon)"/);
	expect(Object.keys(pkg.files).filter((p) => /webmanifest|service-worker|sw\.js$|^icon-\d+\.png$/.test(p))).toEqual([]);
}

/**
 * #11 item 8, on a real zip: a 2004 package hides only the LMS's previous and continue (one SCO),
 * never its exit or abandon controls, since nothing in the course sends an adl.nav.request.
 */
export function expectLmsExitShown(pkg: { files: Record<string, Uint8Array>; manifest: string }, standard: Standard) {
	const hidden = [...pkg.manifest.matchAll(/<adlnav:hideLMSUI>(\w+)</g)].map((m) => m[1]);
	expect(hidden).toEqual(standard === 'scorm2004' ? ['previous', 'continue'] : []);
	const scripts = Object.keys(pkg.files).filter((p) => p.endsWith('.js'));
	expect(scripts.length).toBeGreaterThan(0);
	expect(scripts.filter((p) => strFromU8(pkg.files[p]!).includes('adl.nav.request'))).toEqual([]);
}

/** What the package's page says of itself now: its <html lang> and description, as the LMS's learner has them. */
export const shownLanguage = (frame: Frame) =>
	frame.evaluate(() => ({
		lang: document.documentElement.lang,
		description: document.querySelector('meta[name="description"]')?.getAttribute('content')
	}));
export const expectedLanguage = (files: Record<string, Uint8Array>, lang: Lang) => ({ lang, description: summaryOf(files, lang) });

/** Serves a package's files where the site's LMS preview finds them (build/lms-preview/<name>/); returns the cleanup. */
export function servePackage(name: string, files: Record<string, Uint8Array>): () => void {
	const root = resolve('build/lms-preview', name);
	for (const [path, bytes] of Object.entries(files)) {
		mkdirSync(dirname(resolve(root, path)), { recursive: true });
		writeFileSync(resolve(root, path), bytes);
	}
	return () => rmSync(root, { recursive: true, force: true });
}

/**
 * Opens the preview (scorm-again as the LMS) on a served package; resolves once the course left its language chooser.
 * A package whose languages the browser (English) lacks opens on the chooser, as the site does: with `choose`, the
 * chooser must offer exactly the package's languages, and the learner picks `choose.lang`.
 */
export async function openPackagePreview(page: Page, standard: Standard, name: string, choose?: { lang: Lang; offered: Lang[] }) {
	await page.goto(`${baseUrl()}/en/trainers/preview/?standard=${standard}&package=${name}`);
	const frame = () => page.frames().find((f) => f.url().includes(`/lms-preview/${name}/`))!;
	if (choose) {
		await expect.poll(() => frame()?.locator('main.chooser a[hreflang]').count() ?? 0).toBeGreaterThan(0);
		const links = frame().locator('main.chooser a[hreflang]');
		expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('hreflang')))).toEqual(choose.offered);
		await links.and(frame().locator(`[hreflang="${choose.lang}"]`)).click();
	}
	await expect.poll(() => frame()?.url() ?? '').toMatch(/#\/(fr|en|es)\//);
	await frame().locator('main h1').waitFor();
	return frame;
}

/** What the LMS keeps, as the preview host has it after the last commit. */
export const committedCmi = async (page: Page) =>
	((await page.evaluate(() => (window as unknown as { lmsPreview: { committedData(): unknown } }).lmsPreview.committedData())) as Json)
		.cmi as Json;

/**
 * Opens a lesson through a link, as a learner does (setting location.hash instead would make
 * SvelteKit's hash router reload the page, which ends the SCORM session).
 */
export async function openLessonInFrame(frame: Frame, lang: Lang, lessonPath: string) {
	await frame.evaluate((path) => {
		const link = Object.assign(document.createElement('a'), { href: path });
		document.body.append(link);
		link.click();
		link.remove();
	}, `#/${lang}/${lessonPath}/`);
	await passContentNote(frame, lang, lessonPath.split('/').at(-1));
}
