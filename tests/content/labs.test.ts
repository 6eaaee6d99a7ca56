import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/lib/plain-text';
import { bundleCourse, loadCourse } from '../../src/lib/content/load-content';
import { bestChoiceFor } from '../../src/lib/course/labs/k-anonymity';
import { clusters, similarityMatrix } from '../../src/lib/course/labs/near-duplicates';
import { allSettings } from '../../src/lib/course/interactions/red-flag-lab.authoring';
import { flagCounts, isFlagged, redFlagGroup, REVIEW_AT } from '../../src/lib/course/interactions/red-flag-lab';

const course = loadCourse(resolve('modules'));
const { lessons } = bundleCourse(course);

/** The labs' synthetic data must teach what their text says, in every language. */
describe('labs in modules/', () => {
	for (const bundle of lessons) {
		for (const step of Object.values(bundle.lesson.steps)) {
			const lab = step.interaction;
			if (lab.type === 'similarityLab') {
				it(`${bundle.lesson.id}/${step.id} (${bundle.language}): at the suggested threshold, the right ads form one cluster`, () => {
					const texts = lab.choices.map((id) => plainText(bundle.text[`${step.id}.choices.${id}`]!));
					const found = clusters(lab.choices, similarityMatrix(texts, lab.shingleSize), lab.threshold.suggested);
					const right = lab.answerGroups.find((g) => g.outcome.correct)!.rules.find((r) => r.type === 'equalsSet');
					if (right?.type !== 'equalsSet') throw new Error('the right answer is not an equalsSet');
					expect(found.map((c) => c.join())).toContain(
						[...right.values].sort((a, b) => lab.choices.indexOf(a) - lab.choices.indexOf(b)).join()
					);
				});
			}
			if (lab.type === 'kAnonymityLab' && bundle.language === 'en') {
				it(`${bundle.lesson.id}/${step.id}: the target k is reachable, and not with every column exact`, () => {
					expect(bestChoiceFor(lab.rows, lab.columns, lab.targetK)).toBeDefined();
					const exact = Object.fromEntries(lab.columns.filter((c) => !c.sensitive).map((c) => [c.id, 'exact']));
					expect(bestChoiceFor(lab.rows, lab.columns, lab.targetK)).not.toEqual(exact);
				});
			}
			if (lab.type === 'redFlagLab' && bundle.language === 'en') {
				const settings = allSettings(lab);
				it(`${bundle.lesson.id}/${step.id}: no setting reaches the target without a false alarm, and the right ones all flag the same account`, () => {
					const right = settings.filter((setting) => redFlagGroup(lab, setting) === 0);
					expect(right.length).toBeGreaterThan(0);
					expect(right.every((setting) => flagCounts(lab, setting).innocentFlagged >= 1)).toBe(true);
					// The "reached" feedback names who bears the false alarm: it must be the same person for every right setting.
					const innocents = new Set(
						right.map((setting) =>
							lab.accounts
								.filter((a) => !a.linked && isFlagged(lab, setting, a))
								.map((a) => a.id)
								.join()
						)
					);
					expect([...innocents]).toEqual(['truck-driver']);
				});
				it(`${bundle.lesson.id}/${step.id}: any one red flag alone that catches a linked account also flags someone with no link`, () => {
					for (const indicator of lab.indicators) {
						const alone = { ...Object.fromEntries(lab.indicators.map((i) => [i.id, i === indicator ? '1' : '0'])), [REVIEW_AT]: '1' };
						const counts = flagCounts(lab, alone);
						expect(counts.linkedFlagged, indicator.id).toBeGreaterThan(0);
						expect(counts.innocentFlagged, indicator.id).toBeGreaterThan(0);
					}
				});
				it(`${bundle.lesson.id}/${step.id}: the table adds up to the text's 200 transactions from 10 accounts`, () => {
					expect(lab.accounts).toHaveLength(10);
					expect(lab.accounts.reduce((sum, a) => sum + a.transactions, 0)).toBe(200);
				});
			}
		}
	}
});
