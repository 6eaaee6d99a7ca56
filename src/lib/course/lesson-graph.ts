import { isEndStep, specFor } from './interactions';
import type { Issue } from './schema-kit';
import type { Lesson, StepId } from './types';

const stepPath = (id: StepId) => `steps.${id}.interaction`;

/**
 * Graph checks that no schema can express (Oppia's exp_domain): every target exists, every step
 * is reachable, an end is reachable from every step, and no correct outcome loops to itself.
 */
export function checkLessonGraph(lesson: Lesson): Issue[] {
	const issues: Issue[] = [];
	const ids = Object.keys(lesson.steps);
	if (!lesson.steps[lesson.initialStepId]) {
		issues.push({ path: 'initialStepId', message: `step "${lesson.initialStepId}" does not exist` });
		return issues;
	}
	const edges = new Map<StepId, StepId[]>();
	for (const id of ids) {
		const interaction = lesson.steps[id]!.interaction;
		const spec = specFor(interaction);
		const targets = spec.targets(interaction);
		for (const target of targets) {
			if (!lesson.steps[target]) issues.push({ path: stepPath(id), message: `leads to step "${target}", which does not exist` });
		}
		for (const outcome of spec.outcomes(interaction)) {
			if (outcome.correct === true && outcome.next === id) {
				issues.push({ path: stepPath(id), message: `a correct outcome (feedback "${outcome.feedback}") loops back to its own step` });
			}
		}
		edges.set(
			id,
			targets.filter((t) => lesson.steps[t])
		);
	}
	const reachable = walk([lesson.initialStepId], (id) => edges.get(id) ?? []);
	for (const id of ids) {
		if (!reachable.has(id)) issues.push({ path: `steps.${id}`, message: `step "${id}" cannot be reached from "${lesson.initialStepId}"` });
	}
	const ends = ids.filter((id) => isEndStep(lesson.steps[id]!.interaction));
	if (ends.length === 0) issues.push({ path: 'steps', message: 'the lesson has no end step (an interaction that ends it)' });
	const reverse = new Map<StepId, StepId[]>();
	for (const [from, targets] of edges) for (const to of targets) reverse.set(to, [...(reverse.get(to) ?? []), from]);
	const canFinish = walk(ends, (id) => reverse.get(id) ?? []);
	for (const id of ids) {
		if (reachable.has(id) && !canFinish.has(id)) issues.push({ path: `steps.${id}`, message: `no end can be reached from step "${id}"` });
	}
	return issues;
}

function walk(start: StepId[], next: (id: StepId) => StepId[]): Set<StepId> {
	const seen = new Set<StepId>(start);
	const queue = [...start];
	while (queue.length) {
		for (const to of next(queue.shift()!)) {
			if (!seen.has(to)) {
				seen.add(to);
				queue.push(to);
			}
		}
	}
	return seen;
}

/** Fewest steps from each step to an end step (0 on an end): drives "step 3 of about 9". */
export function stepsToEnd(lesson: Lesson): Map<StepId, number> {
	const reverse = new Map<StepId, StepId[]>();
	for (const step of Object.values(lesson.steps)) {
		for (const target of specFor(step.interaction).targets(step.interaction)) {
			reverse.set(target, [...(reverse.get(target) ?? []), step.id]);
		}
	}
	const distance = new Map<StepId, number>();
	const queue = Object.values(lesson.steps)
		.filter((s) => isEndStep(s.interaction))
		.map((s) => s.id);
	for (const id of queue) distance.set(id, 0);
	while (queue.length) {
		const id = queue.shift()!;
		for (const from of reverse.get(id) ?? []) {
			if (!distance.has(from)) {
				distance.set(from, distance.get(id)! + 1);
				queue.push(from);
			}
		}
	}
	return distance;
}
