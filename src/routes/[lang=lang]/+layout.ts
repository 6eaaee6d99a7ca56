import { fetchOutline, fetchUiStrings } from '$lib/content/fetch-content';
import type { Language } from '$lib/course/types';
import { addUiStrings } from '$lib/i18n/i18n';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ params, fetch }) => {
	const lang = params.lang as Language;
	const [outline, ui] = await Promise.all([fetchOutline(fetch, lang), fetchUiStrings(fetch, lang)]);
	addUiStrings(lang, ui);
	return { lang, outline };
};
