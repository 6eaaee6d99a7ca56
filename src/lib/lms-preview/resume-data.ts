/**
 * What an LMS gives a returning learner, from what it stored at the last commit: the same
 * learner, the bookmark, the suspend_data, the status and score, and entry = "resume".
 */
type Json = Record<string, unknown>;

export function returningLearnerCmi(version: '1.2' | '2004', committed: Json | null): Json {
	const cmi = (committed?.cmi ?? {}) as Json;
	if (version === '1.2') {
		const core = (cmi.core ?? {}) as Json;
		return {
			core: {
				student_id: core.student_id ?? 'preview-learner',
				student_name: core.student_name ?? 'Learner, Preview',
				lesson_location: core.lesson_location ?? '',
				lesson_status: core.lesson_status || 'not attempted',
				entry: 'resume',
				score: core.score ?? {}
			},
			suspend_data: cmi.suspend_data ?? '',
			student_preference: { language: ((cmi.student_preference ?? {}) as Json).language ?? '' }
		};
	}
	return {
		learner_id: cmi.learner_id ?? 'preview-learner',
		learner_name: cmi.learner_name ?? 'Learner, Preview',
		location: cmi.location ?? '',
		suspend_data: cmi.suspend_data ?? '',
		completion_status: cmi.completion_status ?? 'unknown',
		success_status: cmi.success_status ?? 'unknown',
		entry: 'resume',
		learner_preference: { language: ((cmi.learner_preference ?? {}) as Json).language ?? '' }
	};
}

export const newLearnerCmi = (version: '1.2' | '2004'): Json =>
	version === '1.2'
		? { core: { student_id: 'preview-learner', student_name: 'Learner, Preview', entry: 'ab-initio' } }
		: { learner_id: 'preview-learner', learner_name: 'Learner, Preview', entry: 'ab-initio' };
