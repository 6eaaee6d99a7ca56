import type { Language } from '../course/types';
import { isLanguage } from './languages';

const KEY = 'datajam-course.language';

/** The language the learner last chose, kept on the device so "/" opens in it next time. */
export function rememberedLanguage(): Language | undefined {
	try {
		const value = localStorage.getItem(KEY);
		return isLanguage(value) ? value : undefined;
	} catch {
		return undefined;
	}
}

/** Part of "erase my data": only this key, never the rest of the origin's storage. */
export function forgetLanguage() {
	try {
		localStorage.removeItem(KEY);
	} catch {
		// Storage off: nothing was kept.
	}
}

export function rememberLanguage(language: Language) {
	try {
		localStorage.setItem(KEY, language);
	} catch {
		// Storage can be off (private mode); the URL still carries the language.
	}
}
