import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { linearLesson } from '../../../tests/fixtures/lessons';
import { startState } from '../course/lesson-state';
import { toProgress } from '../course/progress';
import { createProgressDb } from '../progress/progress-db';
import { EXPORT_FORMAT, ProgressRepository } from '../progress/progress-repository';
import { LocalTracker } from './local-tracker';

const lesson = linearLesson();
const progress = toProgress(lesson, startState(lesson), {
	moduleId: 'm',
	contentVersion: 'v1',
	language: 'fr',
	now: '2026-11-29T10:00:00Z'
});

describe.each([
	['the device database', () => new ProgressRepository(createProgressDb(`local-tracker-${Math.random()}`))],
	['memory only (storage refused)', () => null]
])('the website tracker on %s', (_where, repo) => {
	it('exports what it keeps and erases all of it, settings included', async () => {
		const tracker = new LocalTracker(repo());
		await tracker.save(progress);
		await tracker.setSetting('certificateName', 'Ana');
		const exported = await tracker.exportData();
		expect([exported.format, exported.progress.map((p) => p.key), exported.lms]).toEqual([EXPORT_FORMAT, ['m/linear'], undefined]);
		expect(await tracker.getSetting('certificateName')).toBe('Ana');
		await tracker.eraseData();
		expect([(await tracker.exportData()).progress, await tracker.getSetting('certificateName')]).toEqual([[], undefined]);
	});
});
