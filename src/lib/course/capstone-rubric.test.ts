import { describe, expect, it } from 'vitest';
import { checkPlan, emptyPlan, planMeetsRubric, planToMarkdown, type CapstonePlan } from './capstone-rubric';
import type { CapstonePlanInteraction } from './types';

const plan: CapstonePlanInteraction = {
	type: 'capstonePlan',
	next: 'end',
	sources: ['open-ads', 'synthetic', 'victim-files'],
	unsafeSources: ['victim-files'],
	risks: ['re-identification', 'false-positives'],
	safeguards: ['minimise', 'consent', 'k-anonymity', 'human-review'],
	covers: { 're-identification': ['k-anonymity', 'minimise'], 'false-positives': ['human-review'] },
	requiredSafeguards: ['consent', 'minimise'],
	points: 1,
	maxAttempts: 10
};

const text = 'A sentence long enough to say something.';
const good: CapstonePlan = {
	problem: text,
	partners: text,
	method: text,
	success: text,
	sources: ['open-ads', 'synthetic'],
	risks: ['re-identification', 'false-positives'],
	safeguards: ['minimise', 'consent', 'k-anonymity', 'human-review']
};

const missed = (p: CapstonePlan) =>
	checkPlan(plan, p)
		.filter((c) => !c.met)
		.map((c) => `${c.criterion}: ${c.missing.join(',')}`);

describe('capstone rubric', () => {
	it.each<[string, CapstonePlan, string[]]>([
		['a good plan meets every criterion', good, []],
		['real victim files are never a source', { ...good, sources: ['open-ads', 'victim-files'] }, ['no-unsafe-source: victim-files']],
		[
			'a risk with no safeguard that covers it',
			{ ...good, safeguards: ['minimise', 'consent', 'k-anonymity'] },
			['risks-covered: false-positives']
		],
		['a plan that names no risk', { ...good, risks: [] }, ['risks-covered: no-risk-named']],
		[
			'consent and minimisation are required',
			{ ...good, safeguards: ['k-anonymity', 'human-review'] },
			['required-safeguards: consent,minimise']
		],
		['a field left short', { ...good, method: 'AI' }, ['fields-filled: method']],
		['no data source ticked', { ...good, sources: [] }, ['fields-filled: sources']],
		[
			'an empty plan misses everything it can',
			emptyPlan(),
			['risks-covered: no-risk-named', 'required-safeguards: consent,minimise', 'fields-filled: problem,partners,method,success,sources']
		]
	])('%s', (_name, candidate, expected) => {
		expect(missed(candidate)).toEqual(expected);
		expect(planMeetsRubric(plan, candidate)).toBe(expected.length === 0);
	});

	it('writes the plan as Markdown with its headings and ticked items', () => {
		const markdown = planToMarkdown(good, (key) => key.toUpperCase(), {
			title: 'My plan',
			problem: 'Problem',
			partners: 'Partners',
			method: 'Method',
			success: 'Success',
			sources: 'Sources',
			risks: 'Risks',
			safeguards: 'Safeguards'
		});
		expect(markdown.startsWith('# My plan\n')).toBe(true);
		expect(markdown).toContain('## Sources\n\n- SOURCES.OPEN-ADS\n- SOURCES.SYNTHETIC');
		expect(markdown).toContain(`## Method\n\n${text}`);
	});
});
