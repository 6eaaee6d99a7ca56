import { error } from '@sveltejs/kit';
import { asset } from '$app/paths';
import type { Language } from '../course/types';
import {
	headerPath,
	lessonPath,
	moduleOutlinePath,
	structurePath,
	uiStringsPath,
	type CourseHeader,
	type ModuleDetails,
	type CourseStructure,
	type LessonBundle,
	glossaryPath,
	type GlossaryBundle
} from './bundle';
import { guidePath, type GuideBundle } from './guide-bundle';
import { addUiStrings } from '../i18n/i18n';
import { ROUTE_UI_GROUPS, type UiGroup } from '../i18n/ui-groups';

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

export const fetchHeader = (fetcher: Fetch, language: Language) => getJson<CourseHeader>(fetcher, headerPath(language));

export const fetchModule = (fetcher: Fetch, language: Language, moduleId: string) =>
	getJson<ModuleDetails>(fetcher, moduleOutlinePath(language, moduleId));

export const fetchLesson = (fetcher: Fetch, language: Language, moduleId: string, lessonId: string) =>
	getJson<LessonBundle>(fetcher, lessonPath(language, moduleId, lessonId));

/** Fetches groups of interface strings and adds them to i18next before the page renders (`t` stays synchronous). */
export async function loadUiStrings(fetcher: Fetch, language: Language, groups: readonly UiGroup[]): Promise<void> {
	const strings = await Promise.all(groups.map((group) => getJson<Record<string, string>>(fetcher, uiStringsPath(language, group))));
	for (const group of strings) addUiStrings(language, group);
}

export const fetchStructure = (fetcher: Fetch) => getJson<CourseStructure>(fetcher, structurePath);

export const fetchGlossary = (fetcher: Fetch, language: Language) => getJson<GlossaryBundle>(fetcher, glossaryPath(language));

export const fetchGuide = (fetcher: Fetch, language: Language) => getJson<GuideBundle>(fetcher, guidePath(language));

/**
 * A page's load that adds the strings its route shows (ROUTE_UI_GROUPS) to the layout's. A route
 * missing from the table fails the build rather than render keys.
 */
export async function loadRouteUiStrings(event: { fetch: Fetch; params: Record<string, string>; route: { id: string | null } }) {
	const groups = ROUTE_UI_GROUPS[event.route.id ?? ''];
	if (!groups) throw new Error(`route ${event.route.id} has no UI strings in ROUTE_UI_GROUPS (i18n/ui-groups.ts)`);
	await loadUiStrings(event.fetch, event.params.lang as Language, groups);
	return {};
}
