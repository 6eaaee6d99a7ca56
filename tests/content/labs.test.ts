import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/lib/plain-text';
import { bundleCourse, loadCourse } from '../../src/lib/content/load-content';
import { bestChoiceFor } from '../../src/lib/course/labs/k-anonymity';
import { clusters, similarityMatrix } from '../../src/lib/course/labs/near-duplicates';

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
		}
	}
});
