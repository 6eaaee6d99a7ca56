import { array, boolean, exactly, id, literal, number, object, optional, record } from '../schema-kit';
import type { RedFlagAccount, RedFlagIndicator, RedFlagLabInteraction } from '../types';
import { checkUniqueChoices, feedbackKeys, listKeys } from './question.authoring';
import { RED_FLAG_OUTCOMES, REVIEW_AT, redFlagGroup, reviewScores, WEIGHTS, type RedFlagSetting } from './red-flag-lab';
import type { AuthoringSpec } from './spec.authoring';

const indicatorParser = exactly<RedFlagIndicator>()(object({ id: id(), min: number({ integer: true, min: 1 }) }));

const accountParser = exactly<RedFlagAccount>()(
	object({
		id: id(),
		linked: boolean(),
		transactions: number({ integer: true, min: 0 }),
		counts: record(number({ integer: true, min: 0 }))
	})
);

/** Every setting a learner can make: at most 4 weights per indicator times the review scores (a few thousand). */
export function allSettings(q: RedFlagLabInteraction): RedFlagSetting[] {
	let settings: RedFlagSetting[] = [{}];
	for (const indicator of q.indicators)
		settings = settings.flatMap((setting) => WEIGHTS.map((weight) => ({ ...setting, [indicator.id]: weight })));
	return settings.flatMap((setting) => reviewScores(q).map((at) => ({ ...setting, [REVIEW_AT]: at })));
}

export const redFlagLabAuthoring: AuthoringSpec<RedFlagLabInteraction> = {
	parser: exactly<RedFlagLabInteraction>()(
		object({
			type: literal('redFlagLab'),
			next: id(),
			indicators: array(indicatorParser, { minLength: 2 }),
			accounts: array(accountParser, { minLength: 3 }),
			maxInnocent: number({ integer: true, min: 0 }),
			points: optional(number({ min: 0, max: 100 }), 1),
			maxAttempts: optional(number({ integer: true, min: 1, max: 5 }), 3)
		})
	),
	// Each indicator's label and short column name, and who is behind each account (shown once the answer is checked).
	textKeys: (step) => [
		...listKeys(
			step.id,
			'indicators',
			step.interaction.indicators.map((indicator) => indicator.id)
		),
		...listKeys(
			step.id,
			'columns',
			step.interaction.indicators.map((indicator) => indicator.id)
		),
		...listKeys(
			step.id,
			'accounts',
			step.interaction.accounts.map((account) => account.id)
		),
		...feedbackKeys(step, [...RED_FLAG_OUTCOMES])
	],
	check(q, path, issues) {
		const indicatorIds = q.indicators.map((indicator) => indicator.id);
		checkUniqueChoices(indicatorIds, `${path}.indicators`, issues);
		checkUniqueChoices(
			q.accounts.map((account) => account.id),
			`${path}.accounts`,
			issues
		);
		// The codec packs a weight per indicator in one small number each; keep the table readable too.
		if (q.indicators.length > 5) issues.push({ path: `${path}.indicators`, message: 'at most 5 indicators (the table must fit a phone)' });
		if (indicatorIds.includes(REVIEW_AT)) issues.push({ path: `${path}.indicators`, message: `"${REVIEW_AT}" is the review score's key` });
		q.accounts.forEach((account, a) => {
			for (const key of Object.keys(account.counts))
				if (!indicatorIds.includes(key)) issues.push({ path: `${path}.accounts[${a}].counts.${key}`, message: 'is not an indicator' });
			for (const indicator of indicatorIds)
				if (account.counts[indicator] === undefined)
					issues.push({ path: `${path}.accounts[${a}].counts`, message: `has no count for "${indicator}"` });
		});
		const linked = q.accounts.filter((account) => account.linked).length;
		if (linked === 0) issues.push({ path: `${path}.accounts`, message: 'no account is linked: there is nothing to find' });
		if (linked === q.accounts.length)
			issues.push({ path: `${path}.accounts`, message: 'every account is linked: there is no false positive to see' });
		if (issues.length === 0 && !allSettings(q).some((setting) => redFlagGroup(q, setting) === 0))
			issues.push({ path: `${path}.maxInnocent`, message: 'no setting of weights and review score reaches the target' });
	},
	sampleAnswers(q) {
		// One setting per outcome that some setting reaches (the first found, in a fixed order).
		const settings = allSettings(q);
		return RED_FLAG_OUTCOMES.map((_, group) => settings.find((setting) => redFlagGroup(q, setting) === group)).filter(
			(setting) => setting !== undefined
		);
	},
	widest: (q) => ({
		...Object.fromEntries(q.indicators.map((indicator) => [indicator.id, WEIGHTS[WEIGHTS.length - 1]!])),
		[REVIEW_AT]: reviewScores(q).at(-1)!
	})
};
