import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { CourseOutline, LessonBundle } from '../../src/lib/content/bundle';
import { baseUrl, type Lang, type Learner } from './browser';
import { committedCmi, openLessonInFrame, servePackage, type Json } from './package-preview';

export { committedCmi, type Json };

/** The SCORM tests' side of the Trainers page's LMS preview (scorm-again hosting a real package). */

export const STANDARDS = ['scorm12', 'scorm2004'] as const;
export type Standard = (typeof STANDARDS)[number];

const previewDir = (name: string) => resolve('build/lms-preview', name);

/** Unzips a package where the site serves its LMS previews, under `name`. */
export function installPackage(zip: string, name: string) {
	rmSync(previewDir(name), { recursive: true, force: true });
	servePackage(name, unzipSync(readFileSync(zip)));
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
export const commitCount = async (page: Page) =>
	Number(
		await page
			.locator('[data-field="commits"]')
			.innerText()
			.then((t) => t.split(' ')[0])
	);

/** Opens a lesson through a link, as a learner does. */
export const openLesson = openLessonInFrame;
