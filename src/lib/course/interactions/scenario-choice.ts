import { array, id, literal, number, object, optional, type Parser } from '../schema-kit';
import type { Outcome, ScenarioChoiceInteraction, ScenarioOption } from '../types';
import { checkUniqueChoices, feedbackKeys, outcomeParser } from './question';
import type { InteractionSpec } from './spec';

const optionParser: Parser<ScenarioOption> = (value, path, issues) => {
	const option = object({ id: id(), outcome: outcomeParser })(value, path, issues);
	if (option && option.outcome.next === undefined) {
		issues.push({ path: `${path}.outcome.next`, message: 'a scenario option must name its next step' });
		return undefined;
	}
	return option as ScenarioOption | undefined;
};

/** Each option leads to its own next step: the branch points of a scenario. */
export const scenarioChoice: InteractionSpec<ScenarioChoiceInteraction> = {
	parser: object({
		type: literal('scenarioChoice'),
		options: array(optionParser, { minLength: 2 }),
		points: optional(number({ min: 0, max: 100 }), 1)
	}),
	textKeys: (step) => [
		...step.interaction.options.map((o) => ({ key: `${step.id}.choices.${o.id}`, kind: 'inline' as const })),
		...feedbackKeys(
			step,
			step.interaction.options.map((o) => o.outcome)
		)
	],
	targets: (s) => s.options.map((o) => o.outcome.next),
	outcomes: (s): Outcome[] => s.options.map((o) => o.outcome),
	check(s, path, issues) {
		checkUniqueChoices(
			s.options.map((o) => o.id),
			`${path}.options`,
			issues
		);
	},
	acceptsAnswer: (s, answer) => typeof answer === 'string' && s.options.some((o) => o.id === answer),
	sampleAnswers: (s) => s.options.map((o) => o.id),
	classify(s, answer) {
		const index = s.options.findIndex((o) => o.id === answer);
		if (index === -1) throw new Error(`"${String(answer)}" is not an option of this scenario step`);
		return { outcome: s.options[index]!.outcome, group: index };
	},
	outcomeOf: (s, group) => (group === null ? undefined : s.options[group]?.outcome)
};
