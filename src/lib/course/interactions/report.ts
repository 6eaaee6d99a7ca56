import type { Answer } from '../types';
import type { ScormResponse } from './spec';

/** Helpers for the SCORM side of a spec: an answer in SCORM's terms (ids, pairs, a boolean or a summary). */

export const noList = (): string[] => [];

export const idsResponse = (answer: Answer): ScormResponse => ({
	kind: 'ids',
	ids: Array.isArray(answer) ? [...answer] : [String(answer)]
});

export const pairsResponse = (answer: Answer): ScormResponse => ({
	kind: 'pairs',
	pairs: Object.entries(answer as Record<string, string>).map(([item, target]) => [item, String(target)])
});

/** A record answer (levels, a plan) as short text: ids and ticks, never the learner's free text. */
export function summaryResponse(answer: Answer): ScormResponse {
	const record = answer as Record<string, string | string[]>;
	const text = Object.entries(record)
		.map(
			([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : /^[a-z0-9-]+$/.test(value) ? value : value.trim() ? 'text' : ''}`
		)
		.join(',');
	return { kind: 'summary', text };
}
