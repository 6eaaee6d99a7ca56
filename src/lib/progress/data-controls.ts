import { forgetLanguage } from '../i18n/language-preference';
import { downloadJson } from '../save-file';
import { forgetDisplay } from '../settings/display-settings';
import { courseTracker } from '../tracking/course-tracker';

// What "My data", Settings and the certificate show and do with the learner's data. It all goes
// through the build's tracker, so it reaches the copy this build keeps: the website's database, or
// inside an LMS package this learner's copy of this course (never the website's database, nor
// anything else the LMS's origin stores).

/** Whether an LMS keeps the learner's record (inside a package that found one), so the texts say so. */
export async function keptByLms() {
	return (await courseTracker()).kind === 'lms';
}

export async function dataSummary() {
	const tracker = await courseTracker();
	const data = await tracker.exportData();
	return { lessons: data.progress.length, setAside: data.setAside.length, inLms: tracker.kind === 'lms' };
}

export async function exportDeviceData() {
	const file = await (await courseTracker()).exportData();
	downloadJson(file, `datajam-course-progress-${file.exportedAt.slice(0, 10)}.json`);
	return true;
}

/** Erases the course's own data on this device: its progress copy and its own keys, never the whole origin's storage. */
export async function eraseDeviceData() {
	await (await courseTracker()).eraseData();
	forgetDisplay();
	forgetLanguage();
}

// Kept as typed: the certificate page tells the learner when a name is too long (certificate-name.ts), never cuts it.
export async function certificateName(): Promise<string> {
	return (await (await courseTracker()).getSetting<string>('certificateName')) ?? '';
}

export async function saveCertificateName(name: string) {
	await (await courseTracker()).setSetting('certificateName', name);
}
