import type { Language, Reference } from '$lib/course/types';

/**
 * The help lines of the content brief ("Help lines", checked 2026-11): never add a number without
 * a source. `sources` are what the details rest on, cited like a lesson's references (and held
 * to the same link rules); `website` is where a learner checks the current number.
 */
export interface HelpLine {
	country: string;
	name: string;
	details: string;
	phone: string;
	tel: string;
	/** Where to check the number, in the learner's language where the organisation publishes one. */
	website: string | Partial<Record<Language, string>>;
	sources: Reference[];
}

const hotline = {
	en: 'Canadian Human Trafficking Hotline (Canadian Centre to End Human Trafficking)',
	fr: 'Ligne d’urgence canadienne contre la traite des personnes (Centre canadien pour mettre fin à la traite des personnes)',
	es: 'Línea directa canadiense contra la trata de personas (Centro canadiense para la erradicación de la trata de personas)'
};

// The hotline's own pages in each language, as the lessons link them ("numbers can change").
const hotlineSite = {
	en: 'https://www.canadianhumantraffickinghotline.ca/what-we-do/',
	fr: 'https://canadianhumantraffickinghotline.ca/fr/qui-sommes-nous',
	es: 'https://canadianhumantraffickinghotline.ca/es/?p=21260'
};

/** The help line's website for a learner: their language's page, else English. */
export function websiteFor(line: HelpLine, language: Language): string {
	if (typeof line.website === 'string') return line.website;
	return line.website[language] ?? line.website.en ?? Object.values(line.website)[0]!;
}

export const HELP_LINES: HelpLine[] = [
	{
		country: 'support.canada',
		name: 'support.canadaLine',
		details: 'support.canadaDetails',
		phone: '1-833-900-1010',
		tel: '+18339001010',
		website: hotlineSite,
		sources: [
			{
				id: 'what-we-do',
				publisher: hotline,
				title: { en: 'What we do', fr: 'Qui sommes-nous' },
				year: 'n.d.',
				url: hotlineSite
			},
			{
				id: 'confidentiality-policy',
				publisher: hotline,
				title: { en: 'Confidentiality policy', fr: 'Politique de confidentialité', es: 'Política de confidencialidad' },
				year: 'n.d.',
				url: {
					en: 'https://www.canadianhumantraffickinghotline.ca/confidentiality-policy/',
					fr: 'https://canadianhumantraffickinghotline.ca/fr/confidentiality-policy',
					es: 'https://canadianhumantraffickinghotline.ca/politica-de-confidencialidad'
				}
			}
		]
	},
	{
		country: 'support.us',
		name: 'support.usLine',
		details: 'support.usDetails',
		phone: '1-888-373-7888',
		tel: '+18883737888',
		website: 'https://humantraffickinghotline.org/en/what-we-do',
		sources: [
			{
				id: 'nhth-what-we-do',
				publisher: 'National Human Trafficking Hotline (Polaris)',
				title: 'What We Do',
				year: 'n.d.',
				url: { en: 'https://humantraffickinghotline.org/en/what-we-do' }
			}
		]
	},
	{
		country: 'support.colombia',
		name: 'support.colombiaLine',
		details: 'support.colombiaDetails',
		phone: '01 8000 52 20 20',
		tel: '018000522020',
		// The ministry itself: its home page is where the line is announced, not a cited page.
		website: 'https://www.mininterior.gov.co/',
		sources: [
			{
				id: 'ruta-proteccion',
				publisher: {
					en: 'Ministry of the Interior of Colombia',
					fr: 'Ministère de l’Intérieur de la Colombie',
					es: 'Ministerio del Interior de Colombia'
				},
				title: { es: 'Ruta de protección y asistencia para víctimas de trata de personas' },
				year: 'n.d.',
				noLink: 'found only as a third-party upload (scribd.com); the ministry’s own page was not found'
			}
		]
	}
];
