import i18next, { type TOptions } from 'i18next';
import type { Language } from '../course/types';

/**
 * One i18next instance for the app. Keys are flat ("lesson.check"): key and namespace separators
 * are off, so content keys such as "q1.feedback.right" need no escaping. Strings arrive as JSON
 * with the course outline (not in the JavaScript bundle) and are added before pages render, so
 * `t` is synchronous, also while pages are prerendered. Each page adds the groups of strings it
 * shows (ui-groups.ts), not all of them.
 */
const i18n = i18next.createInstance();
void i18n.init({
	resources: {},
	lng: 'fr',
	fallbackLng: false,
	ns: ['ui'],
	defaultNS: 'ui',
	keySeparator: false,
	nsSeparator: false,
	initAsync: false,
	interpolation: { escapeValue: false },
	returnNull: false
});

export type Translate = (key: string, options?: TOptions) => string;

/** Adds a group of interface strings (i18n/ui-groups.ts); groups arrive page by page and merge. */
export function addUiStrings(language: Language, strings: Record<string, string>) {
	i18n.addResourceBundle(language, 'ui', strings, true, false);
}

export function translator(language: Language): Translate {
	return (key, options) => i18n.t(key, { ...options, lng: language, ns: 'ui' }) as string;
}

const lessonNamespace = (moduleId: string, lessonId: string) => `lesson/${moduleId}/${lessonId}`;

/** Strings that arrive with one part of the app (a lesson, the package builder) go in a namespace of their own. */
export function namespaceTranslator(language: Language, ns: string, strings: Record<string, string>): Translate {
	if (!i18n.hasResourceBundle(language, ns)) i18n.addResourceBundle(language, ns, strings);
	return (key, options) => i18n.t(key, { ...options, lng: language, ns }) as string;
}

/** Lesson text goes through i18next too, one namespace per lesson, added when the lesson loads. */
export const lessonTranslator = (language: Language, moduleId: string, lessonId: string, text: Record<string, string>): Translate =>
	namespaceTranslator(language, lessonNamespace(moduleId, lessonId), text);
