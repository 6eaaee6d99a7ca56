import { describe, expect, it } from 'vitest';
import { lessonKind, type LessonKind } from './lesson-kind';
import type { BarChartFigure, Interaction, Lesson } from './types';

const question = { next: 'end', answerGroups: [], defaultOutcome: { feedback: 'no' }, maxAttempts: 1, points: 1, hint: false };
const step = {
	read: { type: 'continue', next: 'end' },
	end: { type: 'end' },
	choice: { ...question, type: 'singleChoice', choices: ['a', 'b'] },
	sort: { ...question, type: 'categorise', items: [], categories: [] },
	decide: { type: 'scenarioChoice', points: 1, options: [{ id: 'a', outcome: { feedback: 'a', next: 'end' } }] },
	kLab: { ...question, type: 'kAnonymityLab', targetK: 3, columns: [], rows: [] },
	similarity: { ...question, type: 'similarityLab', ads: [], threshold: 0.5 },
	redFlags: { type: 'redFlagLab', next: 'end', indicators: [], accounts: [], maxInnocent: 0, points: 1, maxAttempts: 1 },
	plan: {
		type: 'capstonePlan',
		next: 'end',
		sources: [],
		unsafeSources: [],
		risks: [],
		safeguards: [],
		covers: {},
		requiredSafeguards: [],
		points: 1,
		maxAttempts: 1
	}
} as unknown as Record<string, Interaction>;

const chart: BarChartFigure = { type: 'barChart', unit: 'people', bars: [{ id: 'a', value: 1 }] };

/** Step names; "+chart" puts a bar chart on the step. */
const lesson = (steps: string[], quiz = false): Pick<Lesson, 'quiz' | 'steps'> => ({
	steps: Object.fromEntries(
		steps.map((s, i) => {
			const [name, figure] = s.split('+');
			return [`s${i}`, { id: `s${i}`, interaction: step[name!]!, ...(figure ? { figure: chart } : {}) }];
		})
	),
	...(quiz ? { quiz: { draw: 10, passMark: 0.8 } } : {})
});

describe('lessonKind', () => {
	it.each<[string, Pick<Lesson, 'quiz' | 'steps'>, LessonKind]>([
		['text pages only', lesson(['read', 'read', 'end']), 'reading'],
		['text with questions along the way', lesson(['read', 'choice', 'sort', 'end']), 'reading'],
		['one decision in a reading (a case study’s single branch point)', lesson(['read', 'decide', 'read', 'end']), 'reading'],
		['a story steered by two decisions', lesson(['read', 'decide', 'read', 'decide', 'end']), 'scenario'],
		['the k-anonymity lab', lesson(['read', 'kLab', 'choice', 'end']), 'lab'],
		['the near-duplicate lab', lesson(['read', 'similarity', 'end']), 'lab'],
		['the red-flag lab', lesson(['read', 'redFlags', 'end']), 'lab'],
		['questions asked on charts (reading the numbers)', lesson(['read', 'choice+chart', 'choice+chart', 'end']), 'lab'],
		['a chart on a text page only illustrates it', lesson(['read+chart', 'choice', 'end']), 'reading'],
		['the capstone plan, checked against its rubric', lesson(['read', 'plan', 'end']), 'lab'],
		['a lab wins over a scenario', lesson(['decide', 'decide', 'kLab', 'end']), 'lab'],
		['the module quiz, whatever its questions', lesson(['read', 'choice', 'sort', 'end'], true), 'quiz'],
		['a quiz wins over a lab', lesson(['kLab', 'end'], true), 'quiz']
	])('%s', (_name, input, kind) => {
		expect(lessonKind(input)).toBe(kind);
	});
});
