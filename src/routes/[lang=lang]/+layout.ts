import { fetchHeader, loadUiStrings } from '$lib/content/fetch-content';
import type { Language } from '$lib/course/types';
import { LAYOUT_UI_GROUPS } from '$lib/i18n/ui-groups';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ params, fetch }) => {
	const lang = params.lang as Language;
	const [outline] = await Promise.all([fetchHeader(fetch, lang), loadUiStrings(fetch, lang, LAYOUT_UI_GROUPS)]);
	return { lang, outline };
};
