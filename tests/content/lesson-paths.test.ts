import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { canRetry, isAnswerable, lastAttempt, liveStepId } from '../../src/lib/course/lesson-state';
import { authoringFor } from '../../src/lib/course/interactions/authoring';
import { RED_FLAG_OUTCOMES } from '../../src/lib/course/interactions/red-flag-lab';
import { loadCourse } from '../../src/lib/content/load-content';
import { lessonMachine, type LessonEvent } from '../../src/lib/lesson/lesson-machine';
import type { Lesson } from '../../src/lib/course/types';
import { bankOf, drawQuestions, drawQuiz, isQuiz, quizSeed } from '../../src/lib/course/quiz';

type Snapshot = SnapshotFrom<typeof lessonMachine>;

/** From a snapshot, the events a learner could send: every sample answer, retry, continue. */
function learnerEvents(snapshot: Snapshot): LessonEvent[] {
	const { lesson } = snapshot.context;
	const interaction = lesson.steps[liveStepId(snapshot.context)]!.interaction;
	if (snapshot.matches('presenting')) {
		return isAnswerable(interaction)
			? authoringFor(interaction)
					.sampleAnswers(interaction)
					.map((answer) => ({ type: 'answer.submit', answer }))
			: [{ type: 'step.continue' }];
	}
	if (snapshot.matches('feedback')) {
		return canRetry(lesson, snapshot.context) ? [{ type: 'step.continue' }, { type: 'answer.retry' }] : [{ type: 'step.continue' }];
	}
	return [];
}

/**
 * Two snapshots are the same vertex when they show the same step in the same phase after the
 * same answer: the step graph with its branches, not every history that leads there.
 */
function vertex(snapshot: Snapshot): string {
	const stepId = liveStepId(snapshot.context);
	const attempt = lastAttempt(snapshot.context, stepId);
	return `${String(snapshot.value)}|${stepId}|${snapshot.context.attempts[stepId]?.length ?? 0}|${attempt?.group ?? '-'}`;
}

function walkOne(lesson: Lesson) {
	return getShortestPaths(lessonMachine, { input: { lesson }, events: learnerEvents, serializeState: vertex });
}

/**
 * A quiz is walked through its drawn attempts, attempt after attempt, until every question of
 * the bank has been drawn: the attempts a learner gets, not the bank as a graph.
 */
function walk(lesson: Lesson, moduleId = 'module') {
	if (!isQuiz(lesson)) return walkOne(lesson);
	const drawn = new Set<string>();
	const paths: ReturnType<typeof walkOne> = [];
	for (let attempt = 1; attempt <= 200 && drawn.size < bankOf(lesson).length; attempt++) {
		const questions = drawQuestions(lesson, quizSeed(moduleId, attempt));
		if (questions.every((q) => drawn.has(q))) continue;
		questions.forEach((q) => drawn.add(q));
		paths.push(...walkOne(drawQuiz(lesson, quizSeed(moduleId, attempt))));
	}
	return paths;
}

const courses = [
	{ name: 'modules', dir: resolve('modules') },
	{ name: 'fixture', dir: resolve('tests/fixtures/course') }
];

for (const { name, dir } of courses) {
	const course = loadCourse(dir);
	describe(`every path of every lesson in ${name}/`, () => {
		for (const mod of course.modules) {
			for (const { lesson } of mod.lessons) {
				it(`${mod.definition.id}/${lesson.id}: every step and every ending is reached through the real machine`, () => {
					const paths = walk(lesson, mod.definition.id);
					const reached = new Set(paths.map((p) => liveStepId(p.state.context)));
					expect([...reached].sort()).toEqual(Object.keys(lesson.steps).sort());
					expect(paths.some((p) => p.state.matches('completed'))).toBe(true);

					for (const path of paths) {
						// Replay each path in a live actor: the machine a learner runs, not the graph's copy.
						const actor = createActor(lessonMachine, { input: { lesson: path.state.context.lesson } }).start();
						for (const step of path.steps) actor.send(step.event);
						const end = actor.getSnapshot();
						expect(vertex(end)).toBe(vertex(path.state));
						actor.stop();
					}
				});

				it(`${mod.definition.id}/${lesson.id}: every answer group of every question is reachable`, () => {
					const paths = walk(lesson, mod.definition.id);
					for (const step of Object.values(lesson.steps)) {
						const interaction = step.interaction;
						if (!isAnswerable(interaction)) continue;
						const groups = new Set(paths.flatMap((p) => (p.state.context.attempts[step.id] ?? []).map((a) => String(a.group))));
						const expected =
							interaction.type === 'scenarioChoice'
								? interaction.options.map((_, i) => String(i))
								: interaction.type === 'capstonePlan'
									? ['0', 'null']
									: interaction.type === 'redFlagLab'
										? RED_FLAG_OUTCOMES.map((_, i) => String(i))
										: interaction.answerGroups.map((_, i) => String(i));
						for (const group of expected) expect(groups, `${step.id} group ${group}`).toContain(group);
					}
				});
			}
		}
	});
}
