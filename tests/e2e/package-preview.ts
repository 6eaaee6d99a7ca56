import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { validateManifestXsd } from '../../scripts/scorm/validate';
import { MANIFEST_FILE } from '../../src/lib/packaging/assemble-package';
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
