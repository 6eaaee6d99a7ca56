import { graphemes } from './text-layout';

/**
 * The longest name the certificate takes, in characters as a reader counts them. Longer, the name alone would fill
 * the page and shrink everything else below reading size. The learner is told while typing; nothing is cut.
 */
export const NAME_MAX_LENGTH = 200;

export const nameLength = (name: string) => graphemes(name.trim()).length;
