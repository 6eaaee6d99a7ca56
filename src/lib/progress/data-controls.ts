import { downloadJson } from '../save-file';
import { deviceProgress } from './device-progress';

/** What "My data" and Settings show and do with the progress kept on this device. */
export async function dataSummary() {
	const repo = await deviceProgress();
	return { lessons: (await repo?.all())?.value.length ?? 0, setAside: (await repo?.setAsideCount()) ?? 0 };
}

export async function exportDeviceData() {
	const repo = await deviceProgress();
	if (!repo) return false;
	const file = await repo.exportData();
	downloadJson(file, `datajam-course-progress-${file.exportedAt.slice(0, 10)}.json`);
	return true;
}

export async function eraseDeviceData() {
	await (await deviceProgress())?.eraseAll();
	localStorage.clear();
}

// Kept as typed: the certificate page tells the learner when a name is too long (certificate-name.ts), never cuts it.
export async function certificateName(): Promise<string> {
	return (await (await deviceProgress())?.getSetting<string>('certificateName')) ?? '';
}

export async function saveCertificateName(name: string) {
	await (await deviceProgress())?.setSetting('certificateName', name);
}
