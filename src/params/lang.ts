import type { ParamMatcher } from '@sveltejs/kit';
import { isLanguage } from '$lib/i18n/languages';

export const match: ParamMatcher = (param) => isLanguage(param);
