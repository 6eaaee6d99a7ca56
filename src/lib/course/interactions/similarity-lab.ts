import type { SimilarityLabInteraction } from '../types';
import { someChoices } from './multiple-response';
import type { AnswerSpec } from './spec';

/** Answered like a multiple-response question (the ads judged linked); the lab adds the live tool. Ads keep their numbers: no shuffle. */
export const similarityLab: AnswerSpec<SimilarityLabInteraction> = { ...someChoices };
