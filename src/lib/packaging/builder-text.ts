import type { Language } from '../course/types';
import { namespaceTranslator, type Translate } from '../i18n/i18n';
import type { OptionProblem } from './package-options';

/**
 * The package builder's own strings (locales/<language>.json), for the Trainers page and the
 * command line. Apart from the interface strings (src/lib/i18n/locales/) because every
 * learner's page carries those: the builder's would only weigh on them.
 */
export type BuilderStrings = Record<string, string>;

export const builderTranslator = (language: Language, strings: BuilderStrings): Translate =>
	namespaceTranslator(language, 'builder', strings);

export const problemMessage = (problem: OptionProblem, t: Translate) => t(`builder.problem.${problem.code}`, problem.values);
