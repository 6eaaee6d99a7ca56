import { error } from '@sveltejs/kit';
import { moduleOutline } from '$lib/content/bundle';
import { fetchLesson, fetchModule, loadUiStrings } from '$lib/content/fetch-content';
import { lessonUiGroups } from '$lib/i18n/ui-groups';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, parent, fetch }) => {
	const { outline, lang } = await parent();
	const listed = outline.modules.find((m) => m.id === params.module);
	const index = listed?.lessons.findIndex((l) => l.id === params.lesson) ?? -1;
	if (!listed || index === -1) error(404, 'Lesson not found');
	const [details, bundle] = await Promise.all([fetchModule(fetch, lang, listed.id), fetchLesson(fetch, lang, listed.id, params.lesson)]);
	const module = moduleOutline(listed, details);
	// The words of the labs and the capstone come with the lessons that have one.
	await loadUiStrings(fetch, lang, lessonUiGroups(Object.values(bundle.lesson.steps).map((step) => step.interaction.type)));
	return { module, bundle, nextLesson: module.lessons[index + 1] };
};
