import 'fake-indexeddb/auto';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { advance, retry, startState, submitAnswer, type LessonState } from '../course/lesson-state';
import { toProgress } from '../course/progress';
import { linearLesson } from '../../../tests/fixtures/lessons';
import { createProgressDb, type ProgressDb } from '../progress/progress-db';
import { ProgressRepository } from '../progress/progress-repository';
import { answerRecord } from './interaction-record';
import { ScormConnection } from './scorm-connection';
import { COMMIT_WITHIN_MS, ScormTracker, type PackageConfig, type Scheduler } from './scorm-tracker';
import type { CatalogEntry } from './suspend-data';

// The course rule scores module quizzes only: this one-lesson course is its module's quiz.
const lesson = { ...linearLesson(), quiz: { draw: 3, passMark: 0.8 } };
const catalog: CatalogEntry[] = [{ key: 'm/linear', moduleId: 'm', lesson, contentVersion: 'abc123' }];
const config: PackageConfig = {
	courseId: 'test',
	standard: 'scorm12',
	passMark: 80,
	reporting: 'passed-incomplete',
	languages: ['fr', 'en', 'es'],
	modules: [1]
};

type AnyApi = Scorm12API | Scorm2004API;
let dbCount = 0;
const dbs: ProgressDb[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});

/** A real scorm-again LMS on a stand-in window, with every SetValue logged in order. */
function lmsWindow(version: '1.2' | '2004', cmi?: object) {
	const api: AnyApi =
		version === '1.2' ? new Scorm12API({ logLevel: 5, autocommit: false }) : new Scorm2004API({ logLevel: 5, autocommit: false });
	if (cmi) api.loadFromJSON(cmi as never, '');
	const writes: [string, string][] = [];
	const calls: string[] = [];
	const real = api as unknown as Record<string, (...args: string[]) => string>;
	const wrap = (name: string, onCall?: (args: string[]) => void) => {
		const original = real[name]!.bind(api);
		real[name] = (...args: string[]) => {
			calls.push(name);
			onCall?.(args);
			return original(...args);
		};
	};
	if (version === '1.2') {
		wrap('LMSSetValue', ([k, v]) => writes.push([k!, v!]));
		['LMSInitialize', 'LMSCommit', 'LMSFinish'].forEach((n) => wrap(n));
	} else {
		wrap('SetValue', ([k, v]) => writes.push([k!, v!]));
		['Initialize', 'Commit', 'Terminate'].forEach((n) => wrap(n));
	}
	const win = { [version === '1.2' ? 'API' : 'API_1484_11']: api } as Record<string, unknown>;
	win.parent = win;
	return { api, writes, calls, win: win as unknown as Window };
}

/** A clock the test moves by hand: what is due runs when the test says time has passed. */
function manualScheduler() {
	let pending: { at: number; run: () => void }[] = [];
	let now = 0;
	const scheduler: Scheduler = {
		after(ms, run) {
			const entry = { at: now + ms, run };
			pending.push(entry);
			return () => void (pending = pending.filter((p) => p !== entry));
		}
	};
	return {
		scheduler,
		waiting: () => pending.length,
		pass(ms: number) {
			now += ms;
			const due = pending.filter((p) => p.at <= now);
			pending = pending.filter((p) => p.at > now);
			for (const p of due) p.run();
		}
	};
}

async function tracker(
	win: Window,
	repo: ProgressRepository | null = null,
	overrides: Partial<PackageConfig> = {},
	options: { catalog?: CatalogEntry[]; scheduler?: Scheduler } = {}
) {
	const lms = ScormConnection.find(win)!;
	expect(lms.initialize()).toBe(true);
	return ScormTracker.start({
		lms,
		repo,
		catalog: options.catalog ?? catalog,
		config: { ...config, ...overrides },
		now: () => new Date('2026-11-29T10:00:00Z'),
		scheduler: options.scheduler ?? manualScheduler().scheduler
	});
}

function repository() {
	const db = createProgressDb(`scorm-test-${++dbCount}`);
	dbs.push(db);
	return new ProgressRepository(db);
}

const progressOf = (state: LessonState) =>
	toProgress(lesson, state, { moduleId: 'm', contentVersion: 'abc123', language: 'en', now: '2026-11-29T10:00:00Z' });
const answered = (state: LessonState, stepId: string) =>
	answerRecord('m', lesson, stepId, state.attempts[stepId]!.at(-1)!, {
		latencyMs: 1500,
		at: new Date('2026-11-29T10:00:00Z'),
		description: stepId
	});

const atQuestion = advance(lesson, { ...startState(lesson), quiz: { attempt: 1 } });
const wrongAnswer = submitAnswer(lesson, atQuestion, 'a');
const allRight = (() => {
	let s = submitAnswer(lesson, atQuestion, 'b');
	s = advance(lesson, s);
	s = submitAnswer(lesson, s, true);
	s = advance(lesson, s);
	s = submitAnswer(lesson, s, 'left');
	s = advance(lesson, s);
	return advance(lesson, s);
})();

describe.each(['1.2', '2004'] as const)('ScormTracker with SCORM %s', (version) => {
	const el =
		version === '1.2'
			? { location: 'cmi.core.lesson_location', status: 'cmi.core.lesson_status', raw: 'cmi.core.score.raw' }
			: { location: 'cmi.location', status: 'cmi.completion_status', raw: 'cmi.score.raw' };

	it('writes location, suspend_data and the answer as an interaction, and commits', async () => {
		const lms = lmsWindow(version);
		const t = await tracker(lms.win);
		await t.save(progressOf(wrongAnswer), answered(wrongAnswer, 'q'));
		const writes = Object.fromEntries(lms.writes);
		expect(writes[el.location]).toBe('en/m/linear');
		expect(writes['cmi.suspend_data']).toMatch(/^D2[A-Za-z0-9_-]+$/);
		expect(writes['cmi.interactions.0.id']).toBe('m.linear.q');
		expect(writes['cmi.interactions.0.result']).toBe(version === '1.2' ? 'wrong' : 'incorrect');
		expect(writes[el.status]).toBe('incomplete');
		expect(writes[el.raw]).toBeUndefined();
		expect(lms.calls.filter((c) => c.endsWith('Commit'))).toHaveLength(1);
		expect(t.notice()).toBeNull();
	});

	it('sends the score before the status when the course is complete', async () => {
		const lms = lmsWindow(version);
		const t = await tracker(lms.win);
		await t.save(progressOf(allRight));
		const keys = lms.writes.map(([k]) => k);
		expect(keys.indexOf(el.raw)).toBeGreaterThan(-1);
		expect(keys.indexOf(el.raw)).toBeLessThan(keys.indexOf(el.status));
		const writes = Object.fromEntries(lms.writes);
		expect(writes[el.raw]).toBe('100');
		if (version === '1.2') expect(writes['cmi.core.lesson_status']).toBe('passed');
		else
			expect([writes['cmi.completion_status'], writes['cmi.success_status'], writes['cmi.score.scaled']]).toEqual([
				'completed',
				'passed',
				'1'
			]);
	});

	it('resumes from what the LMS holds, at the same step with the same answers', async () => {
		const first = lmsWindow(version);
		const t1 = await tracker(first.win);
		await t1.save(progressOf(wrongAnswer), answered(wrongAnswer, 'q'));
		const writes = Object.fromEntries(first.writes);
		const cmi =
			version === '1.2'
				? { core: { entry: 'resume', lesson_location: writes[el.location] }, suspend_data: writes['cmi.suspend_data'] }
				: { entry: 'resume', location: writes[el.location], suspend_data: writes['cmi.suspend_data'] };
		const again = lmsWindow(version, cmi);
		const t2 = await tracker(again.win);
		const resumed = (await t2.get('m/linear')).value!;
		expect([resumed.path, resumed.livePhase, resumed.attempts]).toEqual([wrongAnswer.path, 'feedback', { q: [{ answer: 'a', group: 1 }] }]);
		expect(t2.resumePath()).toBe('/en/m/linear/');
		expect(t2.preferredLanguage()).toBe('en');
		expect(again.writes).toEqual([]);
	});

	it('starts cleanly on unreadable suspend_data, with a notice, writing nothing until the learner acts', async () => {
		const lms = lmsWindow(version, version === '1.2' ? { suspend_data: '{"not":"ours"}' } : { suspend_data: '{"not":"ours"}' });
		const t = await tracker(lms.win);
		expect((await t.all()).value).toEqual([]);
		expect(t.notice()).toBe('lms-resume-unreadable');
		expect(lms.writes).toEqual([]);
	});

	it('keeps an answer the LMS refused on the device and sends it again at the next successful commit', async () => {
		const lms = lmsWindow(version);
		const repo = repository();
		const t = await tracker(lms.win, repo);
		const real = lms.api as unknown as Record<string, (...a: string[]) => string>;
		const setName = version === '1.2' ? 'LMSSetValue' : 'SetValue';
		const commitName = version === '1.2' ? 'LMSCommit' : 'Commit';
		const set = real[setName]!;
		const commit = real[commitName]!;
		real[setName] = () => 'false';
		real[commitName] = () => {
			throw new Error('LMS down');
		};
		await t.save(progressOf(wrongAnswer), answered(wrongAnswer, 'q'));
		expect(t.notice()).toBe('lms-error');
		expect(await repo.getSetting('lms.pending')).toBe(true);
		expect((await repo.get('m/linear')).value?.attempts.q).toHaveLength(1);

		real[setName] = set;
		real[commitName] = commit;
		const retried = submitAnswer(lesson, { ...wrongAnswer, livePhase: 'presenting' }, 'b');
		await t.save(progressOf(retried), answered(retried, 'q'));
		expect(t.notice()).toBeNull();
		expect(await repo.getSetting('lms.pending')).toBe(false);
		const writes = Object.fromEntries(lms.writes);
		expect([writes['cmi.interactions.0.id'], writes['cmi.interactions.1.id']]).toEqual(['m.linear.q', 'm.linear.q']);
		expect(writes['cmi.interactions.1.result']).toBe('correct');
	});

	it('prefers the device copy at launch when the last save never reached the LMS', async () => {
		const repo = repository();
		await repo.save(progressOf(wrongAnswer));
		await repo.setSetting('lms.pending', true);
		const lms = lmsWindow(version);
		const t = await tracker(lms.win, repo);
		expect((await t.get('m/linear')).value?.attempts.q).toEqual([{ answer: 'a', group: 1 }]);
	});

	it('two tabs of one package: the device copy refuses the stale tab, whose LMS then gets the newest progress', async () => {
		const name = `scorm-test-${++dbCount}`;
		const [dbA, dbB] = [createProgressDb(name), createProgressDb(name)];
		dbs.push(dbA, dbB);
		const [repoA, repoB] = [new ProgressRepository(dbA), new ProgressRepository(dbB)];
		const [lmsA, lmsB] = [lmsWindow(version), lmsWindow(version)];
		const a = await tracker(lmsA.win, repoA);
		const b = await tracker(lmsB.win, repoB);
		const heardByB = vi.fn();
		b.onChange(heardByB);
		const base = (await b.get('m/linear')).revision;
		expect(base).toBe(0);

		// A answers wrong, retries right; B still shows the question and answers it wrong.
		expect(await a.save(progressOf(wrongAnswer), answered(wrongAnswer, 'q'), 0)).toEqual({ saved: true, revision: 1 });
		const retried = submitAnswer(lesson, { ...wrongAnswer, livePhase: 'presenting' }, 'b');
		expect(await a.save(progressOf(retried), answered(retried, 'q'), 1)).toEqual({ saved: true, revision: 2 });
		const outcome = await b.save(progressOf(wrongAnswer), answered(wrongAnswer, 'q'), base);
		expect(outcome).toEqual({ saved: false, revision: 2, current: progressOf(retried) });

		const lastSuspendData = (writes: [string, string][]) => writes.filter(([k]) => k === 'cmi.suspend_data').at(-1)?.[1];
		expect(lastSuspendData(lmsB.writes)).toBe(lastSuspendData(lmsA.writes));
		expect(lmsB.writes.some(([k]) => k.startsWith('cmi.interactions.'))).toBe(false);
		expect((await b.get('m/linear')).value).toEqual(progressOf(retried));
		// And without a save of its own, B hears of A's next one and takes it.
		const onward = advance(lesson, retried);
		await a.save(progressOf(onward), undefined, 2);
		await vi.waitFor(async () => expect(await b.get('m/linear')).toMatchObject({ value: progressOf(onward), revision: 3 }));
		expect(heardByB).toHaveBeenCalledWith('m/linear');
		repoA.close();
		repoB.close();
	});

	it('writes nothing in review mode', async () => {
		const lms = lmsWindow(version, version === '1.2' ? { core: { lesson_mode: 'review' } } : { mode: 'review' });
		const t = await tracker(lms.win);
		await t.save(progressOf(wrongAnswer), answered(wrongAnswer, 'q'));
		await t.finish();
		expect(lms.writes).toEqual([]);
		expect(t.notice()).toBe('lms-review');
	});

	it('ends with session time, exit=suspend while incomplete, and terminate', async () => {
		const lms = lmsWindow(version);
		const t = await tracker(lms.win);
		await t.save(progressOf(wrongAnswer));
		await t.finish();
		const writes = Object.fromEntries(lms.writes);
		if (version === '1.2') {
			expect(writes['cmi.core.session_time']).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
			expect(writes['cmi.core.exit']).toBe('suspend');
			expect(lms.calls.at(-1)).toBe('LMSFinish');
		} else {
			expect(writes['cmi.session_time']).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
			expect(writes['cmi.exit']).toBe('suspend');
			expect(lms.calls.at(-1)).toBe('Terminate');
		}
	});
});

describe.each(['1.2', '2004'] as const)('ScormTracker commits and launch modes with SCORM %s', (version) => {
	const commits = (lms: ReturnType<typeof lmsWindow>) => lms.calls.filter((c) => c.endsWith('Commit')).length;
	const committedValue = (lms: ReturnType<typeof lmsWindow>, element: string) =>
		(lms.api as unknown as { getCMIValue(e: string): string }).getCMIValue(element);
	const exitElement = version === '1.2' ? 'cmi.core.exit' : 'cmi.exit';
	const second = { ...linearLesson(), id: 'second' };
	const twoLessons: CatalogEntry[] = [...catalog, { key: 'm/second', moduleId: 'm', lesson: second, contentVersion: 'abc123' }];
	const progressOfSecond = (state: LessonState) =>
		toProgress(second, state, { moduleId: 'm', contentVersion: 'abc123', language: 'en', now: '2026-11-29T10:00:00Z' });

	it('commits every answer at once, and steps without an answer within 30 seconds', async () => {
		const lms = lmsWindow(version);
		const clock = manualScheduler();
		const t = await tracker(lms.win, repository(), {}, { scheduler: clock.scheduler });
		await t.save(progressOf(startState(lesson)));
		expect(commits(lms)).toBe(1); // the first save opens the record: incomplete, with exit=suspend
		await t.save(progressOf(atQuestion));
		expect(commits(lms)).toBe(1);
		expect(clock.waiting()).toBe(1);
		clock.pass(COMMIT_WITHIN_MS - 1);
		expect(commits(lms)).toBe(1);
		clock.pass(1);
		await vi.waitFor(() => expect(commits(lms)).toBe(2));
		await t.save(progressOf(wrongAnswer), answered(wrongAnswer, 'q'));
		expect(commits(lms)).toBe(3);
		expect(clock.waiting()).toBe(0);
	});

	it('commits when a lesson is completed, and progress_measure rises with each lesson', async () => {
		const lms = lmsWindow(version);
		const t = await tracker(lms.win, null, {}, { catalog: twoLessons });
		const measures: string[] = [];
		await t.save(progressOf(startState(lesson)));
		if (version === '2004') measures.push(committedValue(lms, 'cmi.progress_measure'));
		const before = commits(lms);
		await t.save(progressOf(allRight));
		expect(commits(lms)).toBe(before + 1);
		if (version === '2004') measures.push(committedValue(lms, 'cmi.progress_measure'));
		await t.save(progressOfSecond(allRight));
		if (version === '2004') {
			measures.push(committedValue(lms, 'cmi.progress_measure'));
			expect(measures).toEqual(['0', '0.5', '1']);
		}
	});

	it('commits what was set when the page is hidden, and nothing when there is nothing new', async () => {
		const lms = lmsWindow(version);
		const t = await tracker(lms.win);
		await t.save(progressOf(startState(lesson)));
		await t.save(progressOf(atQuestion));
		const before = commits(lms);
		t.flush();
		await vi.waitFor(() => expect(commits(lms)).toBe(before + 1));
		t.flush();
		expect(commits(lms)).toBe(before + 1);
	});

	it('keeps exit=suspend when the course is complete, so the LMS never opens an empty new attempt', async () => {
		const lms = lmsWindow(version);
		const t = await tracker(lms.win);
		await t.save(progressOf(allRight));
		expect(lms.writes.filter(([k]) => k === exitElement).at(-1)?.[1]).toBe('suspend');
		await t.finish();
		expect(Object.fromEntries(lms.writes)[exitElement]).toBe('suspend');
		expect(lms.writes.filter(([k]) => k === exitElement).every(([, v]) => v === 'suspend')).toBe(true);
	});

	it('saves, resumes, times and exits as usual in a no-credit launch', async () => {
		const cmi = version === '1.2' ? { core: { credit: 'no-credit', lesson_mode: 'normal' } } : { credit: 'no-credit', mode: 'normal' };
		const lms = lmsWindow(version, cmi);
		const t = await tracker(lms.win);
		await t.save(progressOf(wrongAnswer), answered(wrongAnswer, 'q'));
		await t.finish();
		const writes = Object.fromEntries(lms.writes);
		expect(writes['cmi.suspend_data']).toMatch(/^D2/);
		expect(writes['cmi.interactions.0.id']).toBe('m.linear.q');
		expect(writes[version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time']).toBeTruthy();
		expect(writes[exitElement]).toBe('suspend');
		expect(t.notice()).toBeNull();
	});

	it('moves the bookmark to the language the learner switched to, committed within 30 seconds', async () => {
		const lms = lmsWindow(version);
		const clock = manualScheduler();
		const t = await tracker(lms.win, null, {}, { scheduler: clock.scheduler });
		await t.save(progressOf(wrongAnswer), answered(wrongAnswer, 'q'));
		const before = commits(lms);
		t.useLanguage('fr');
		t.useLanguage('fr');
		const location = version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location';
		expect(lms.writes.filter(([k]) => k === location).at(-1)?.[1]).toBe('fr/m/linear');
		expect([commits(lms), clock.waiting()]).toEqual([before, 1]);
		clock.pass(COMMIT_WITHIN_MS);
		await vi.waitFor(() => expect(commits(lms)).toBe(before + 1));
		expect([t.preferredLanguage(), t.resumePath()]).toEqual(['fr', '/fr/m/linear/']);
	});

	it('writes nothing on a language switch before the learner has progress (a damaged saved state stays as it is)', async () => {
		const lms = lmsWindow(version, { suspend_data: '{"not":"ours"}' });
		const t = await tracker(lms.win);
		t.useLanguage('es');
		expect(lms.writes).toEqual([]);
		expect(t.preferredLanguage()).toBe('es');
	});

	it('exports the lessons as the LMS holds them, with what the LMS answers, and erases only the device copy', async () => {
		const first = lmsWindow(version);
		const t1 = await tracker(first.win, repository());
		await t1.save(progressOf(wrongAnswer), answered(wrongAnswer, 'q'));
		const cmi = (first.api as unknown as { renderCMIToJSONObject(): { cmi: object } }).renderCMIToJSONObject().cmi;
		// Another device: its copy is empty, the LMS has everything.
		const again = lmsWindow(version, { ...cmi, ...(version === '1.2' ? {} : { entry: 'resume' }) });
		const repo = repository();
		const t2 = await tracker(again.win, repo);
		const exported = await t2.exportData();
		expect(exported.progress.map((p) => [p.key, p.attempts.q])).toEqual([['m/linear', [{ answer: 'a', group: 1 }]]]);
		expect((await repo.exportData()).progress).toEqual([]);
		expect(exported.lms).toMatchObject(
			version === '1.2'
				? { standard: 'SCORM 1.2', status: 'incomplete', location: 'en/m/linear' }
				: { standard: 'SCORM 2004', status: 'incomplete / unknown', location: 'en/m/linear', progress: '0', interactions: 1 }
		);

		await t2.save(progressOf(retry(wrongAnswer)));
		await t2.setSetting('certificateName', 'Ana');
		expect((await repo.exportData()).progress).toHaveLength(1);
		await t2.eraseData();
		expect([(await repo.exportData()).progress, await t2.getSetting('certificateName')]).toEqual([[], undefined]);
		// The LMS's record is the organisation's: still there.
		expect((await t2.all()).value).toHaveLength(1);
	});

	it('writes nothing in browse mode', async () => {
		const lms = lmsWindow(version, version === '1.2' ? { core: { lesson_mode: 'browse' } } : { mode: 'browse' });
		const t = await tracker(lms.win);
		await t.save(progressOf(wrongAnswer), answered(wrongAnswer, 'q'));
		await t.finish();
		expect(lms.writes).toEqual([]);
		expect(t.notice()).toBe('lms-review');
	});

	it('sends an answer once when only the commit failed, and keeps the device copy pending until a commit lands', async () => {
		const lms = lmsWindow(version);
		const repo = repository();
		const t = await tracker(lms.win, repo);
		const real = lms.api as unknown as Record<string, (...a: string[]) => string>;
		const commitName = version === '1.2' ? 'LMSCommit' : 'Commit';
		const commit = real[commitName]!;
		real[commitName] = () => 'false';
		await t.save(progressOf(wrongAnswer), answered(wrongAnswer, 'q'));
		expect(t.notice()).toBe('lms-error');
		expect(await repo.getSetting('lms.pending')).toBe(true);
		real[commitName] = commit;
		await t.save(progressOf(retry(wrongAnswer)));
		expect(t.notice()).toBeNull();
		expect(await repo.getSetting('lms.pending')).toBe(false);
		expect(lms.writes.filter(([k]) => /^cmi\.interactions\.\d+\.id$/.test(k))).toEqual([['cmi.interactions.0.id', 'm.linear.q']]);
	});
});

// What a trainer's gradebook shows for each reporting option: a learner part-way, one who finished
// every lesson but not the quiz's pass mark, one who passed. Score (once complete) before status,
// and exit "suspend" throughout.
const allWrong = (() => {
	let s = advance(lesson, submitAnswer(lesson, atQuestion, 'a'));
	s = advance(lesson, submitAnswer(lesson, s, false));
	return advance(lesson, advance(lesson, submitAnswer(lesson, s, 'right')));
})();
const REPORTED = {
	'passed-incomplete': {
		'1.2': [['incomplete'], ['incomplete', '0'], ['passed', '100']],
		'2004': [
			['incomplete', 'unknown'],
			['completed', 'unknown', '0'],
			['completed', 'passed', '100']
		]
	},
	'passed-failed': {
		'1.2': [['incomplete'], ['failed', '0'], ['passed', '100']],
		'2004': [
			['incomplete', 'unknown'],
			['completed', 'failed', '0'],
			['completed', 'passed', '100']
		]
	},
	'completed-incomplete': {
		'1.2': [['incomplete'], ['completed', '0'], ['completed', '100']],
		'2004': [
			['incomplete', 'unknown'],
			['completed', 'unknown', '0'],
			['completed', 'unknown', '100']
		]
	}
} as const;

describe.each(['1.2', '2004'] as const)('what the LMS receives in each reporting option, SCORM %s', (version) => {
	const elements =
		version === '1.2'
			? { status: ['cmi.core.lesson_status'], score: 'cmi.core.score.raw', exit: 'cmi.core.exit' }
			: { status: ['cmi.completion_status', 'cmi.success_status'], score: 'cmi.score.raw', exit: 'cmi.exit' };
	it.each(Object.keys(REPORTED) as (keyof typeof REPORTED)[])('%s: part-way, finished below the pass mark, passed', async (reporting) => {
		const lms = lmsWindow(version);
		const t = await tracker(lms.win, null, { reporting });
		const committed = (element: string) => (lms.api as unknown as { getCMIValue(e: string): string }).getCMIValue(element);
		const seen: string[][] = [];
		for (const state of [wrongAnswer, allWrong, allRight]) {
			const from = lms.writes.length;
			await t.save(progressOf(state), state === wrongAnswer ? answered(state, 'q') : undefined);
			const score = committed(elements.score);
			seen.push([...elements.status.map(committed), ...(score ? [score] : [])]);
			const keys = lms.writes.slice(from).map(([k]) => k);
			if (score) expect(keys.indexOf(elements.score)).toBeLessThan(Math.min(...elements.status.map((e) => keys.indexOf(e))));
			// exit is write-only: what was last set.
			expect(lms.writes.filter(([k]) => k === elements.exit).at(-1)?.[1]).toBe('suspend');
		}
		expect(seen).toEqual(REPORTED[reporting][version]);
		await t.finish();
		expect(lms.writes.filter(([k]) => k === elements.exit).every(([, v]) => v === 'suspend')).toBe(true);
	});
});

describe('API discovery', () => {
	it('finds the API on a parent, skipping a frame that throws', () => {
		const lms = lmsWindow('1.2');
		const top = lms.win as unknown as Record<string, unknown>;
		const hostile = {} as Record<string, unknown>;
		Object.defineProperty(hostile, 'API', {
			get: () => {
				throw new Error('cross-origin');
			}
		});
		hostile.parent = top;
		const child = { parent: hostile } as Record<string, unknown>;
		expect(ScormConnection.find(child as unknown as Window)?.version).toBe('1.2');
	});

	it('finds nothing when there is no LMS', () => {
		const lonely = {} as Record<string, unknown>;
		lonely.parent = lonely;
		expect(ScormConnection.find(lonely as unknown as Window)).toBeUndefined();
	});
});
