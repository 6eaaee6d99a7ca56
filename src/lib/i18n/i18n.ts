import i18next, { type TOptions } from 'i18next';
import type { Language } from '../course/types';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';

export const uiStrings = { fr, en, es } satisfies Record<Language, Record<string, string>>;

/**
 * One i18next instance for the app. Keys are flat ("lesson.check"): key and namespace separators
 * are off, so content keys such as "q1.feedback.right" need no escaping. Resources are inline and
 * init is synchronous, so `t` also works while pages are prerendered.
 */
const i18n = i18next.createInstance();
void i18n.init({
	resources: { fr: { ui: fr }, en: { ui: en }, es: { ui: es } },
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

export function translator(language: Language): Translate {
	return (key, options) => i18n.t(key, { ...options, lng: language, ns: 'ui' }) as string;
}

const lessonNamespace = (moduleId: string, lessonId: string) => `lesson/${moduleId}/${lessonId}`;

/** Lesson text goes through i18next too, one namespace per lesson, added when the lesson loads. */
export function lessonTranslator(language: Language, moduleId: string, lessonId: string, text: Record<string, string>): Translate {
	const ns = lessonNamespace(moduleId, lessonId);
	if (!i18n.hasResourceBundle(language, ns)) i18n.addResourceBundle(language, ns, text);
	return (key, options) => i18n.t(key, { ...options, lng: language, ns }) as string;
}
