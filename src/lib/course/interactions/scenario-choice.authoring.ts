import { array, exactly, id, literal, number, object, optional, type Parser } from '../schema-kit';
import type { ScenarioChoiceInteraction, ScenarioOption } from '../types';
import { checkUniqueChoices, feedbackKeys, last, outcomeParser } from './question.authoring';
import type { AuthoringSpec } from './spec.authoring';

const optionParser: Parser<ScenarioOption> = (value, path, issues) => {
	const option = object({ id: id(), outcome: outcomeParser })(value, path, issues);
	if (option && option.outcome.next === undefined) {
		issues.push({ path: `${path}.outcome.next`, message: 'a scenario option must name its next step' });
		return undefined;
	}
	return option as ScenarioOption | undefined;
};

export const scenarioChoiceAuthoring: AuthoringSpec<ScenarioChoiceInteraction> = {
	parser: exactly<ScenarioChoiceInteraction>()(
		object({
			type: literal('scenarioChoice'),
			options: array(optionParser, { minLength: 2 }),
			points: optional(number({ min: 0, max: 100 }), 1)
		})
	),
	textKeys: (step) => [
		...step.interaction.options.map((o) => ({ key: `${step.id}.choices.${o.id}`, kind: 'inline' as const })),
		...feedbackKeys(
			step,
			step.interaction.options.map((o) => o.outcome)
		)
	],
	check(s, path, issues) {
		checkUniqueChoices(
			s.options.map((o) => o.id),
			`${path}.options`,
			issues
		);
	},
	sampleAnswers: (s) => s.options.map((o) => o.id),
	widest: (s) => last(s.options).id
};
