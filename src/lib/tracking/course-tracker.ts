import { deviceProgress } from '../progress/device-progress';
import { LocalTracker } from './local-tracker';
import type { Tracker } from './tracker';

let started: Promise<Tracker> | undefined;

/**
 * The tracker for this build, started once, in the browser: the device on the website; the LMS
 * (with the device as write-ahead copy) in a package. The SCORM code is only loaded in a package.
 */
export function courseTracker(): Promise<Tracker> {
	started ??=
		import.meta.env.VITE_BUILD_PROFILE === 'package'
			? import('./lms-launch').then((m) => m.launchLmsTracker())
			: deviceProgress().then((repo) => new LocalTracker(repo));
	return started;
}
