import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { linearLesson } from '../../../tests/fixtures/lessons';
import { lessonMachine, type LessonEvent } from './lesson-machine';

const lesson = linearLesson();

function run(events: LessonEvent[], resume?: Parameters<typeof createActor<typeof lessonMachine>>[1]) {
	const actor = createActor(lessonMachine, resume ?? { input: { lesson } });
	actor.start();
	for (const event of events) actor.send(event);
	return actor.getSnapshot();
}

describe('lessonMachine', () => {
	it('plays a lesson to the end through its phases', () => {
		const phases: string[] = [];
		const actor = createActor(lessonMachine, { input: { lesson } });
		actor.subscribe((s) => phases.push(String(s.value)));
		actor.start();
		const events: LessonEvent[] = [
			{ type: 'step.continue' },
			{ type: 'answer.submit', answer: 'b' },
			{ type: 'step.continue' },
			{ type: 'answer.submit', answer: true },
			{ type: 'step.continue' },
			{ type: 'answer.submit', answer: 'left' },
			{ type: 'step.continue' },
			{ type: 'step.continue' }
		];
		events.forEach((e) => actor.send(e));
		expect(actor.getSnapshot().value).toBe('completed');
		expect(actor.getSnapshot().context.path).toEqual(['intro', 'q', 'tf', 'choose', 'left-step', 'done']);
		expect(phases).toContain('feedback');
	});

	it('ignores an answer of the wrong shape', () => {
		const snapshot = run([{ type: 'step.continue' }, { type: 'answer.submit', answer: 'not-a-choice' }]);
		expect(snapshot.value).toBe('presenting');
		expect(snapshot.context.attempts).toEqual({});
	});

	it('offers a retry only while attempts are left', () => {
		const once = run([{ type: 'step.continue' }, { type: 'answer.submit', answer: 'a' }, { type: 'answer.retry' }]);
		expect(once.value).toBe('presenting');
		const twice = run([
			{ type: 'step.continue' },
			{ type: 'answer.submit', answer: 'a' },
			{ type: 'answer.retry' },
			{ type: 'answer.submit', answer: 'c' },
			{ type: 'answer.retry' }
		]);
		expect(twice.value).toBe('feedback');
	});

	it('goes back to review and returns to the live feedback', () => {
		const back = run([{ type: 'step.continue' }, { type: 'answer.submit', answer: 'b' }, { type: 'step.back' }]);
		expect(back.value).toBe('reviewing');
		const again = run([
			{ type: 'step.continue' },
			{ type: 'answer.submit', answer: 'b' },
			{ type: 'step.back' },
			{ type: 'step.continue' }
		]);
		expect(again.value).toBe('feedback');
	});

	it('resumes at the stored step and phase with the stored answers', () => {
		const stored = run([{ type: 'step.continue' }, { type: 'answer.submit', answer: 'a' }]).context;
		const resumed = run([], { input: { lesson, resume: stored } });
		expect(resumed.value).toBe('feedback');
		expect(resumed.context.attempts.q).toEqual([{ answer: 'a', group: 1 }]);
		expect(resumed.context.resumeRefused).toBe(false);
	});

	it('starts afresh, and says so, when stored progress no longer fits', () => {
		const resumed = run([], {
			input: { lesson, resume: { path: ['intro', 'removed'], position: 1, livePhase: 'presenting', attempts: {} } }
		});
		expect(resumed.value).toBe('presenting');
		expect(resumed.context.path).toEqual(['intro']);
		expect(resumed.context.resumeRefused).toBe(true);
	});

	it('restarts a completed lesson', () => {
		const done = run([
			{ type: 'step.continue' },
			{ type: 'answer.submit', answer: 'b' },
			{ type: 'step.continue' },
			{ type: 'answer.submit', answer: true },
			{ type: 'step.continue' },
			{ type: 'answer.submit', answer: 'right' },
			{ type: 'step.continue' },
			{ type: 'lesson.restart' }
		]);
		expect(done.value).toBe('presenting');
		expect(done.context.path).toEqual(['intro']);
	});
});
