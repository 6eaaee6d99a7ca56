import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { CourseOutline, LessonBundle } from '../../src/lib/content/bundle';
import { baseUrl, passContentNote, type Lang, type Learner } from './browser';

/** The SCORM tests' side of the Trainers page's LMS preview (scorm-again hosting a real package). */

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- LMS data as scorm-again renders it
export const STANDARDS = ['scorm12', 'scorm2004'] as const;
export type Standard = (typeof STANDARDS)[number];

const previewDir = (name: string) => resolve('build/lms-preview', name);

/** Unzips a package where the site serves its LMS previews, under `name`. */
export function installPackage(zip: string, name: string) {
	rmSync(previewDir(name), { recursive: true, force: true });
	for (const [file, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
		const target = resolve(previewDir(name), file);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, bytes);
	}
}

export const removePackage = (name: string) => rmSync(previewDir(name), { recursive: true, force: true });

/** The package's own content files, as the app in it fetches them. */
export const packageOutline = (name: string, lang: Lang) =>
	JSON.parse(readFileSync(resolve(previewDir(name), `content/${lang}/course.json`), 'utf8')) as CourseOutline;
export const packageLesson = (name: string, lang: Lang, moduleId: string, lessonId: string) =>
	JSON.parse(readFileSync(resolve(previewDir(name), `content/${lang}/${moduleId}/${lessonId}.json`), 'utf8')) as LessonBundle;

/** Opens the preview LMS with the package and waits until the course shows a language's home page. */
export async function openPreview(learner: Learner, standard: Standard, name: string, extra = '') {
	const page = learner.page;
	await page.goto(`${baseUrl()}/en/trainers/preview/?standard=${standard}&package=${name}${extra}`);
	const frame = () => page.frames().find((f) => f.url().includes(`/lms-preview/${name}/`))!;
	// Launched once the package has left its language chooser for a language's home page.
	await expect.poll(() => frame()?.url() ?? '').toMatch(/#\/(fr|en|es)\//);
	await frame().locator('main h1').waitFor();
	return { page, frame };
}

export const committed = (page: Page) =>
	page.evaluate(() => (window as unknown as { lmsPreview: { committedData(): unknown } }).lmsPreview.committedData()) as Promise<Json>;
/** What the runtime holds now, committed or not. */
export const live = (page: Page) =>
	page.evaluate(() => (window as unknown as { lmsPreview: { liveData(): unknown } }).lmsPreview.liveData()) as Promise<Json>;
export const committedCmi = async (page: Page) => ((await committed(page)).cmi ?? {}) as Json;
export const commitCount = async (page: Page) =>
	Number(
		await page
			.locator('[data-field="commits"]')
			.innerText()
			.then((t) => t.split(' ')[0])
	);

/**
 * Opens a lesson through a link, as a learner does. (Setting location.hash instead would make
 * SvelteKit's hash router reload the page, which ends the SCORM session.)
 */
export async function openLesson(frame: Frame, lang: Lang, lessonPath: string) {
	await frame.evaluate((path) => {
		const link = Object.assign(document.createElement('a'), { href: path });
		document.body.append(link);
		link.click();
		link.remove();
	}, `#/${lang}/${lessonPath}/`);
	await passContentNote(frame, lang, lessonPath.split('/').at(-1));
}
