import { LANGUAGES, type Language } from '../course/types';
import { packageConfig } from '../packaging/package-runtime';

/**
 * The languages this build carries: all three on the website; an LMS package those its config
 * names (read before the app starts, see src/package.hooks.client.ts).
 */
export const availableLanguages = (): readonly Language[] =>
	(import.meta.env?.VITE_BUILD_PROFILE === 'package' ? packageConfig()?.languages : undefined) ?? LANGUAGES;

export const isLanguage = (value: unknown): value is Language => availableLanguages().includes(value as Language);

/** The first of the browser's languages the course speaks (fr-CA → fr), or undefined when it speaks none of them. */
export function matchLanguage(preferred: readonly string[]): Language | undefined {
	for (const tag of preferred) {
		const base = tag.toLowerCase().split('-')[0];
		if (isLanguage(base)) return base;
	}
	return undefined;
}

/** The first of the browser's languages the course speaks, else French, the handbook's. */
export function pickLanguage(preferred: readonly string[], fallback: Language = availableLanguages()[0] ?? 'fr'): Language {
	return matchLanguage(preferred) ?? fallback;
}

/** The same page in another language: only the first path segment changes. */
export function switchLanguagePath(pathname: string, language: Language): string {
	const parts = pathname.split('/');
	if (isLanguage(parts[1])) parts[1] = language;
	else parts.splice(1, 0, language);
	return parts.join('/') || `/${language}/`;
}

/** Each language's own name for itself: the same on every page, whatever the page's language. */
export const LANGUAGE_NAMES: Record<Language, string> = { fr: 'Français', en: 'English', es: 'Español' };
