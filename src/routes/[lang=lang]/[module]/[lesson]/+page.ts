import { error } from '@sveltejs/kit';
import { fetchLesson } from '$lib/content/fetch-content';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, parent, fetch }) => {
	const { outline, lang } = await parent();
	const module = outline.modules.find((m) => m.id === params.module);
	const index = module?.lessons.findIndex((l) => l.id === params.lesson) ?? -1;
	if (!module || index === -1) error(404, 'Lesson not found');
	return {
		module,
		bundle: await fetchLesson(fetch, lang, module.id, params.lesson),
		nextLesson: module.lessons[index + 1]
	};
};
