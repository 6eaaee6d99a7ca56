import type { ScenarioChoiceInteraction } from '../types';
import { oneId } from './codec';
import { idsResponse, noList } from './report';
import type { AnswerSpec } from './spec';

const optionIds = (s: ScenarioChoiceInteraction) => s.options.map((o) => o.id);

/** Each option leads to its own next step: the branch points of a scenario, shown in the order written. */
export const scenarioChoice: AnswerSpec<ScenarioChoiceInteraction> = {
	answerable: true,
	ends: false,
	targets: (s) => s.options.map((o) => o.outcome.next),
	outcomes: (s) => s.options.map((o) => o.outcome),
	next: (_s, outcome) => outcome?.next,
	maxAttempts: () => 1,
	// Scored only when some option is marked right or wrong; a story's neutral branches are not.
	points: (s) => (s.options.some((o) => o.outcome.correct !== undefined) ? s.points : 0),
	acceptsAnswer: (s, answer) => typeof answer === 'string' && s.options.some((o) => o.id === answer),
	classify(s, answer) {
		const index = s.options.findIndex((o) => o.id === answer);
		if (index === -1) throw new Error(`"${String(answer)}" is not an option of this scenario step`);
		return { outcome: s.options[index]!.outcome, group: index };
	},
	outcomeOf: (s, group) => (group === null ? undefined : s.options[group]?.outcome),
	solution: (s) => s.options.find((o) => o.outcome.correct === true)?.id,
	codec: oneId(optionIds),
	scorm: { type: 'choice', sources: optionIds, targets: noList, response: (_s, answer) => idsResponse(answer) }
};
