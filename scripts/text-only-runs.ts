/**
 * `npx tsx scripts/text-only-runs.ts`: the longest run of text-only steps in each lesson (#15: aim
 * at most three in a row). A text-only step is a "continue" step with neither an illustration
 * nor a chart; questions, labs and the end break a run. A run follows "continue" → next, the way
 * a learner goes (the branches after a scenario choice are separate paths, not one run).
 */
import { resolve } from 'node:path';
import { loadCourse } from '../src/lib/content/load-content';
import type { Lesson } from '../src/lib/course/types';

export function longestTextOnlyRun(lesson: Lesson): number {
	const textOnly = (id: string | undefined) => {
		const step = id ? lesson.steps[id] : undefined;
		return step && step.interaction.type === 'continue' && !step.illustration && !step.figure ? step : undefined;
	};
	// The graph checker guarantees no cycle of continue steps; the bound keeps a broken file finite.
	const runFrom = (id: string, depth = 0): number => {
		const step = textOnly(id);
		if (!step || depth > 100) return 0;
		return 1 + runFrom((step.interaction as { next: string }).next, depth + 1);
	};
	return Math.max(0, ...Object.keys(lesson.steps).map((id) => runFrom(id)));
}

const course = loadCourse(resolve('modules'));
for (const m of course.modules) {
	const runs = m.lessons.map((l) => [l.lesson.id, longestTextOnlyRun(l.lesson)] as const);
	const over = runs.filter(([, n]) => n > 3);
	console.log(`${m.definition.id}: ${over.length} of ${runs.length} lessons have more than 3 text-only steps in a row`);
	for (const [id, n] of runs) console.log(`  ${id.padEnd(32)} ${n}${n > 3 ? '  > 3' : ''}`);
}
