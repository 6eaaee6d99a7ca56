import type { Language } from '../course/types';

/**
 * The words of the language chooser ("/"), which a learner reads before any language is chosen, so each is shown
 * in its own language next to the others. They live here rather than in locales/*.json because the chooser needs
 * all three at once and loads no strings.
 */
export const CHOOSER_TEXT: Record<Language, { prompt: string; action: string }> = {
	fr: { prompt: 'Choisissez votre langue', action: 'Suivre le cours en français' },
	en: { prompt: 'Choose your language', action: 'Take the course in English' },
	es: { prompt: 'Elige tu idioma', action: 'Hacer el curso en español' }
};
