/**
 * Client hooks of the LMS package app only (svelte.config.js): the website has none. Before the
 * first page renders, the package reads its config, the one thing that differs from one package
 * to another (languages, modules, pass mark, reporting…).
 */
import type { ClientInit } from '@sveltejs/kit';
import { asset } from '$app/paths';
import { headerPath } from '$lib/content/bundle';
import type { Language } from '$lib/course/types';
import { plainText } from '$lib/packaging/launch-page';
import { PACKAGE_CONFIG_FILE, parsePackageConfig } from '$lib/packaging/package-config';
import { setPackageConfig } from '$lib/packaging/package-runtime';

export const init: ClientInit = async () => {
	const response = await fetch(asset(`/${PACKAGE_CONFIG_FILE}` as Parameters<typeof asset>[0]));
	if (!response.ok) throw new Error(`${PACKAGE_CONFIG_FILE} could not be read (${response.status}): the package is incomplete`);
	const config = parsePackageConfig(await response.json());
	setPackageConfig(config);
	if (config.languages.length > 1) followLanguage();
};

/**
 * The launch page carries the description in the package's first language. The layout sets
 * <html lang> to the learner's language; with several languages, the description follows it.
 */
function followLanguage() {
	const meta = document.querySelector('meta[name="description"]');
	let shown = document.documentElement.lang;
	new MutationObserver(async () => {
		const lang = document.documentElement.lang as Language;
		if (!meta || lang === shown) return;
		shown = lang;
		const response = await fetch(asset(`/${headerPath(lang)}` as Parameters<typeof asset>[0])).catch(() => null);
		if (!response?.ok || document.documentElement.lang !== lang) return;
		const outline = (await response.json()) as { summary: string };
		meta.setAttribute('content', plainText(outline.summary));
	}).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}
