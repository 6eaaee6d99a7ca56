import type { Language, PerLanguage, Reference } from '../course/types';

/**
 * How a reference reads in one language: the learner's edition of the page when the publisher
 * has one, otherwise another edition, marked "(in English)" and with `hreflang`. One renderer
 * for the lesson's reference list, the glossary page and the definitions opened in place.
 */

/** The editions tried after the learner's own: most sources cited here publish first in English. */
export const REFERENCE_FALLBACK: readonly Language[] = ['en', 'fr', 'es'];

export interface Citation {
	id: string;
	publisher: string;
	title: string;
	/** Language of the title when the reference says it (per-language title, or the page's). */
	titleLanguage?: Language;
	/** A four-digit year, or undefined for "no date". */
	year?: string;
	url?: string;
	/** Language of the linked page when the reference says it. */
	pageLanguage?: Language;
	/** The linked page is in another language than the learner's. */
	otherLanguage: boolean;
	secondary: boolean;
	archived: boolean;
}

function pick<T>(value: PerLanguage<T>, order: readonly Language[]): { value: T; language?: Language } {
	if (typeof value !== 'object' || value === null) return { value };
	const editions = value as Partial<Record<Language, T>>;
	const language = order.find((l) => editions[l] !== undefined) ?? (Object.keys(editions)[0] as Language);
	return { value: editions[language]!, language };
}

const order = (first: Language | undefined, language: Language) => [...new Set([first ?? language, language, ...REFERENCE_FALLBACK])];

export function cite(reference: Reference, language: Language): Citation {
	const link = reference.url === undefined ? undefined : pick(reference.url, order(language, language));
	const pageLanguage = link?.language;
	const title = pick(reference.title, order(pageLanguage, language));
	// A single title is the page's own only when there is a single page to be the title of.
	const onlyEdition = typeof reference.url === 'object' && Object.keys(reference.url).length === 1 ? pageLanguage : undefined;
	return {
		id: reference.id,
		publisher: pick(reference.publisher, order(language, language)).value,
		title: title.value,
		titleLanguage: title.language ?? onlyEdition,
		year: reference.year === 'n.d.' ? undefined : reference.year,
		url: link?.value,
		pageLanguage,
		otherLanguage: pageLanguage !== undefined && pageLanguage !== language,
		secondary: reference.secondary ?? false,
		archived: reference.archived ?? false
	};
}

/** The interface strings a citation needs, read once from the UI strings of the language. */
export interface CitationLabels {
	noDate: string;
	secondary: string;
	archived: string;
	noLink: string;
	inLanguage: Record<Language, string>;
}

export function citationLabels(t: (key: string) => string): CitationLabels {
	return {
		noDate: t('references.noDate'),
		secondary: t('references.secondary'),
		archived: t('references.archived'),
		noLink: t('references.noLink'),
		inLanguage: { fr: t('references.in.fr'), en: t('references.in.en'), es: t('references.in.es') }
	};
}

const escape = (text: string) =>
	text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Escaped HTML: "Publisher. <cite>Title</cite> (2023, secondary source). <a>host</a> (in English)". */
export function citationHtml(reference: Reference, language: Language, labels: CitationLabels): string {
	const c = cite(reference, language);
	const lang = (l: Language | undefined) => (l && l !== language ? ` lang="${l}"` : '');
	const details = [c.year ?? labels.noDate, ...(c.secondary ? [labels.secondary] : []), ...(c.archived ? [labels.archived] : [])];
	const head = `${escape(c.publisher)}. <cite${lang(c.titleLanguage)}>${escape(c.title)}</cite> (${escape(details.join(', '))}).`;
	if (!c.url) return `${head} <span class="no-link">${escape(labels.noLink)}</span>`;
	const hreflang = c.pageLanguage ? ` hreflang="${c.pageLanguage}"` : '';
	const link = `<a href="${escape(c.url)}"${hreflang} rel="noopener noreferrer external" target="_blank">${escape(new URL(c.url).hostname)}</a>`;
	return `${head} ${link}${c.otherLanguage ? ` (${escape(labels.inLanguage[c.pageLanguage!])})` : ''}`;
}
