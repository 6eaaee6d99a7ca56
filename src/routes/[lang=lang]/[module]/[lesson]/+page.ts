import { error } from '@sveltejs/kit';
import { fetchLesson, loadUiStrings } from '$lib/content/fetch-content';
import { lessonUiGroups } from '$lib/i18n/ui-groups';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, parent, fetch }) => {
	const { outline, lang } = await parent();
	const module = outline.modules.find((m) => m.id === params.module);
	const index = module?.lessons.findIndex((l) => l.id === params.lesson) ?? -1;
	if (!module || index === -1) error(404, 'Lesson not found');
	const bundle = await fetchLesson(fetch, lang, module.id, params.lesson);
	// The words of the labs and the capstone come with the lessons that have one.
	await loadUiStrings(fetch, lang, lessonUiGroups(Object.values(bundle.lesson.steps).map((step) => step.interaction.type)));
	return { module, bundle, nextLesson: module.lessons[index + 1] };
};
