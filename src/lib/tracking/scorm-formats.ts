/** Exact value formats of each SCORM version (see shared/design/elearning-anchors.md §4.3). */

export type ScormVersion = '1.2' | '2004';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS`; centiseconds are padded (".05", not ".5"). */
export function sessionTime12(ms: number): string {
	const cs = Math.max(0, Math.round(ms / 10));
	const hours = Math.min(9999, Math.floor(cs / 360000));
	return `${pad(hours, 4)}:${pad(Math.floor(cs / 6000) % 60)}:${pad(Math.floor(cs / 100) % 60)}.${pad(cs % 100)}`;
}

/** SCORM 2004 ISO 8601 duration, at most two decimals on the seconds: `PT1H5M3.25S`. */
export function sessionTime2004(ms: number): string {
	const cs = Math.max(0, Math.round(ms / 10));
	const hours = Math.floor(cs / 360000);
	const minutes = Math.floor(cs / 6000) % 60;
	const seconds = (cs % 6000) / 100;
	const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${Number(seconds.toFixed(2))}S` : ''}`;
	return `PT${parts}`;
}

export const sessionTime = (version: ScormVersion, ms: number) => (version === '1.2' ? sessionTime12(ms) : sessionTime2004(ms));

/** SCORM 1.2 CMITime `HH:MM:SS` (time of day). */
export const timeOfDay12 = (date: Date) => `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;

/** SCORM 2004 timestamp: `YYYY-MM-DDThh:mm:ss` (local time, no zone). */
export const timestamp2004 = (date: Date) =>
	`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${timeOfDay12(date)}`;

/** SCORM 1.2 choice responses are single characters 0–9, a–z, by position. */
export function choiceCharacter(index: number): string {
	if (index < 0 || index > 35) throw new Error(`SCORM 1.2 cannot name choice ${index}`);
	return index.toString(36);
}

/** A score of 0–100 with at most two decimals; 2004's scaled score is the same over 100. */
export const scaledScore = (score: number) => Number((score / 100).toFixed(4));
