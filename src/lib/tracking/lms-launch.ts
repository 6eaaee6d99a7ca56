import { asset } from '$app/paths';
import { fetchStructure } from '../content/fetch-content';
import { hashString } from '../course/random';
import { createProgressDb } from '../progress/progress-db';
import { ProgressRepository } from '../progress/progress-repository';
import { exitThroughLms } from '../safety/quick-exit';
import { LocalTracker } from './local-tracker';
import { ScormConnection } from './scorm-connection';
import { PACKAGE_CONFIG_FILE, type PackageConfig } from '../packaging/package-config';
import { ScormTracker } from './scorm-tracker';
import type { Tracker, TrackerNotice } from './tracker';

/** A short, stable, non-reversible tag of the learner id, so two learners on one computer never share a copy. */
const tag = (value: string): string => hashString(value).toString(36);

async function openRepo(name: string): Promise<ProgressRepository | null> {
	try {
		const db = createProgressDb(name);
		await db.open();
		return new ProgressRepository(db);
	} catch {
		return null;
	}
}

/** The device-only tracker, saying discreetly that no LMS answered. */
class NoLmsTracker extends LocalTracker {
	notice = (): TrackerNotice => 'lms-not-found';
}

/**
 * Starts tracking inside an LMS package: finds the LMS's API, initializes, resumes. Without an
 * LMS (opened from a file, or the LMS refuses to start) the course still runs, on device progress.
 */
export async function launchLmsTracker(): Promise<Tracker> {
	const config = (await (await fetch(asset(`/${PACKAGE_CONFIG_FILE}` as Parameters<typeof asset>[0]))).json()) as PackageConfig;
	const lms = ScormConnection.find(window, config.standard === 'scorm12' ? '1.2' : '2004');
	if (!lms || !lms.initialize()) {
		exitThroughLms(async () => {}, config.quickExitUrl);
		return new NoLmsTracker(await openRepo(`datajam-lms-${config.courseId}`));
	}
	// From here on the session is open: a quick exit, even during the start, ends it cleanly first.
	exitThroughLms(async () => lms.terminate(), config.quickExitUrl);
	const learner = lms.get(lms.version === '1.2' ? 'cmi.core.student_id' : 'cmi.learner_id') ?? '';
	const repo = await openRepo(`datajam-lms-${config.courseId}-${tag(learner)}`);
	const structure = await fetchStructure(fetch);
	const tracker = await ScormTracker.start({ lms, repo, catalog: structure.lessons, config });
	exitThroughLms(() => tracker.finish(), config.quickExitUrl);
	addEventListener('pagehide', () => void tracker.finish());
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') tracker.flush();
	});
	return tracker;
}
