import { describe, expect, it } from 'vitest';
import { referenceParser } from '$lib/course/lesson-schema';
import { referenceLinkProblems } from '$lib/content/reference-links';
import { HELP_LINES, websiteFor } from './help-lines';

describe('the help lines', () => {
	const sources = HELP_LINES.flatMap((line) => line.sources.map((source) => [line.country, source] as const));

	it.each(sources)('%s: "%s" is a well-formed reference held to the link rules', (_country, source) => {
		const issues: { path: string; message: string }[] = [];
		referenceParser(source, 'source', issues);
		expect(issues).toEqual([]);
		expect(referenceLinkProblems(source)).toEqual([]);
	});

	it('cites, for the Canadian hotline, the confidentiality policy in all three languages', () => {
		const policy = HELP_LINES[0]!.sources.find((s) => s.id === 'confidentiality-policy')!;
		expect(Object.keys(policy.url as object).sort()).toEqual(['en', 'es', 'fr']);
	});

	it.each([
		['fr', 'https://canadianhumantraffickinghotline.ca/fr/qui-sommes-nous'],
		['es', 'https://canadianhumantraffickinghotline.ca/es/?p=21260'],
		['en', 'https://www.canadianhumantraffickinghotline.ca/what-we-do/']
	] as const)('sends a %s learner to the Canadian hotline’s page in their language', (language, page) => {
		expect(websiteFor(HELP_LINES[0]!, language)).toBe(page);
	});

	it('gives every other line its one website whatever the language', () => {
		for (const line of HELP_LINES.slice(1)) expect(websiteFor(line, 'fr')).toBe(websiteFor(line, 'en'));
	});
});
