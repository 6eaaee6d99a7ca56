import { error } from '@sveltejs/kit';
import { asset } from '$app/paths';
import type { Language } from '../course/types';
import {
	lessonPath,
	outlinePath,
	structurePath,
	uiStringsPath,
	type CourseOutline,
	type CourseStructure,
	type LessonBundle,
	glossaryPath,
	type GlossaryBundle
} from './bundle';
import { guidePath, type GuideBundle } from './guide-bundle';

type Fetch = typeof fetch;

/**
 * Content is static JSON next to the app (written by the build), fetched with SvelteKit's fetch:
 * inlined into prerendered pages, cached by the service worker, relative inside an LMS package.
 */
async function getJson<T>(fetcher: Fetch, path: string): Promise<T> {
	const response = await fetcher(asset(`/${path}` as Parameters<typeof asset>[0]));
	if (!response.ok) error(response.status === 404 ? 404 : 500, `Could not load ${path}`);
	return (await response.json()) as T;
}

export const fetchOutline = (fetcher: Fetch, language: Language) => getJson<CourseOutline>(fetcher, outlinePath(language));

export const fetchLesson = (fetcher: Fetch, language: Language, moduleId: string, lessonId: string) =>
	getJson<LessonBundle>(fetcher, lessonPath(language, moduleId, lessonId));

export const fetchUiStrings = (fetcher: Fetch, language: Language) => getJson<Record<string, string>>(fetcher, uiStringsPath(language));

export const fetchStructure = (fetcher: Fetch) => getJson<CourseStructure>(fetcher, structurePath);

export const fetchGlossary = (fetcher: Fetch, language: Language) => getJson<GlossaryBundle>(fetcher, glossaryPath(language));

export const fetchGuide = (fetcher: Fetch, language: Language) => getJson<GuideBundle>(fetcher, guidePath(language));
