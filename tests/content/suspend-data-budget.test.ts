import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonCatalog, loadCourse } from '../../src/lib/content/load-content';
import { worstCaseState } from '../../src/lib/content/suspend-data-budget';
import { TEXT_BYTES } from '../../src/lib/tracking/base64-vlq';
import { decodeSuspendData, encodeSuspendData, type CatalogEntry } from '../../src/lib/tracking/suspend-data';

/** The real course against SCORM 1.2's 4,096 characters: a content change can break this, so it lives with the content tests. */
const course = loadCourse(resolve('modules'));
const catalog: CatalogEntry[] = lessonCatalog(course);

describe('suspend_data of the whole course', () => {
	it('fits the worst case well inside SCORM 1.2’s 4,096 characters', () => {
		const encoded = encodeSuspendData(worstCaseState(catalog), catalog);
		// 1.2 allows 4,096: the worst case (every answer, every attempt, a full capstone plan, the widest seeds) keeps a margin.
		expect(encoded.length).toBeLessThan(3000);
		expect(decodeSuspendData(encoded, catalog).ok).toBe(true);
	});

	it('round-trips matching, categorise, ordering, both labs, a capstone plan and a quiz attempt', () => {
		const state = worstCaseState(catalog);
		const decoded = decodeSuspendData(encodeSuspendData(state, catalog), catalog);
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		for (const entry of catalog) {
			const before = state.lessons.get(entry.key)!;
			const after = decoded.state.lessons.get(entry.key)!;
			for (const [stepId, attempts] of Object.entries(before.attempts)) {
				const type = entry.lesson.steps[stepId]!.interaction.type;
				const last = (list: { answer: unknown }[]) => list[list.length - 1]!.answer;
				if (type === 'capstonePlan') {
					// Plan texts travel cut to a budget; ticks travel whole.
					const plan = last(after.attempts[stepId]!) as Record<string, string | string[]>;
					expect(new TextEncoder().encode(plan.problem as string).length).toBeLessThanOrEqual(TEXT_BYTES);
					expect(plan.risks).toEqual((last(attempts) as Record<string, string[]>).risks);
				} else
					expect(
						after.attempts[stepId]!.map((a) => a.answer),
						`${entry.key} ${stepId}`
					).toEqual(attempts.map((a) => a.answer));
			}
			expect(after.quiz).toEqual(before.quiz);
			expect(after.seed).toBe(before.seed);
		}
	});
});
