type Json = Record<string, unknown>;

/**
 * How the LMS launches the course: for credit (the default), without credit (the attempt saves
 * but does not count), or read-only to review or browse it.
 */
export const LAUNCH_MODES = ['normal', 'no-credit', 'review', 'browse'] as const;
export type LaunchMode = (typeof LAUNCH_MODES)[number];

const launchFields = (version: '1.2' | '2004', launch: LaunchMode) => {
	const credit = launch === 'normal' ? 'credit' : 'no-credit';
	const mode = launch === 'review' || launch === 'browse' ? launch : 'normal';
	return version === '1.2' ? { credit, lesson_mode: mode } : { credit, mode };
};

/**
 * What an LMS gives a returning learner, from what it stored at the last commit: the same
 * learner, the bookmark, the suspend_data, the status, score and (2004) progress, and entry = "resume".
 */
export function returningLearnerCmi(version: '1.2' | '2004', committed: Json | null, launch: LaunchMode = 'normal'): Json {
	const cmi = (committed?.cmi ?? {}) as Json;
	if (version === '1.2') {
		const core = (cmi.core ?? {}) as Json;
		return {
			core: {
				...launchFields(version, launch),
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
		...launchFields(version, launch),
		learner_id: cmi.learner_id ?? 'preview-learner',
		learner_name: cmi.learner_name ?? 'Learner, Preview',
		location: cmi.location ?? '',
		suspend_data: cmi.suspend_data ?? '',
		completion_status: cmi.completion_status ?? 'unknown',
		success_status: cmi.success_status ?? 'unknown',
		// Kept across sessions of one attempt, as in 1.2 (a relaunch that dropped them would show the
		// trainer an empty score until the learner's next save).
		score: cmi.score ?? {},
		...(cmi.progress_measure ? { progress_measure: cmi.progress_measure } : {}),
		entry: 'resume',
		learner_preference: { language: ((cmi.learner_preference ?? {}) as Json).language ?? '' }
	};
}

export const newLearnerCmi = (version: '1.2' | '2004', launch: LaunchMode = 'normal'): Json =>
	version === '1.2'
		? { core: { ...launchFields(version, launch), student_id: 'preview-learner', student_name: 'Learner, Preview', entry: 'ab-initio' } }
		: { ...launchFields(version, launch), learner_id: 'preview-learner', learner_name: 'Learner, Preview', entry: 'ab-initio' };
