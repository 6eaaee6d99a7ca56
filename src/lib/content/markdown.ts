import MarkdownIt from 'markdown-it';
import type { Language, Reference } from '../course/types';
import { citationHtml, type CitationLabels } from './citation';

/**
 * Course text is Markdown, rendered here at build time so no parser ships to learners. Raw HTML
 * is escaped (html: false) and links are limited to https, mailto, tel and in-app paths: the
 * output is safe to insert as HTML whatever a content file contains.
 */
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

const SAFE_LINK = /^(https:\/\/|mailto:|tel:|\/|#|glossary:)/i;
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());

export const GLOSSARY_LINK = /\]\(glossary:([^)\s]*)\)/g;

export interface GlossaryEntry {
	term: string;
	definition: string;
	references: Reference[];
}

/**
 * Render state: the glossary of the text's language with the words around its sources, and a
 * counter for unique ids on a page.
 */
export interface RenderEnv {
	glossary?: Record<string, GlossaryEntry>;
	language?: Language;
	labels?: CitationLabels;
	sourcesLabel?: string;
	openTerm?: string;
	count?: number;
}

const escape = (text: string) => md.utils.escapeHtml(text);

const renderToken: NonNullable<typeof md.renderer.rules.link_open> = (tokens, idx, options, _env, self) =>
	self.renderToken(tokens, idx, options);
const defaultLinkOpen = md.renderer.rules.link_open ?? renderToken;
const defaultLinkClose = md.renderer.rules.link_close ?? renderToken;

// A glossary term is a button that discloses its definition in place: keyboard and screen-reader
// friendly, no hover-only tooltip, no script needed to read it (the player only toggles `hidden`).
md.renderer.rules.link_open = (tokens, idx, options, renderEnv, self) => {
	const env = renderEnv as RenderEnv;
	const href = String(tokens[idx]!.attrGet('href') ?? '');
	const term = /^glossary:(.+)$/.exec(href)?.[1];
	if (term && env?.glossary?.[term]) {
		env.openTerm = term;
		env.count = (env.count ?? 0) + 1;
		return `<button type="button" class="term" aria-expanded="false" aria-controls="term-${env.count}" data-term="${escape(term)}">`;
	}
	if (/^https:/i.test(href)) {
		tokens[idx]!.attrSet('rel', 'noopener noreferrer external');
		tokens[idx]!.attrSet('target', '_blank');
	}
	return defaultLinkOpen(tokens, idx, options, renderEnv, self);
};

md.renderer.rules.link_close = (tokens, idx, options, renderEnv, self) => {
	const env = renderEnv as RenderEnv;
	const term = env?.openTerm;
	if (term === undefined) return defaultLinkClose(tokens, idx, options, renderEnv, self);
	env.openTerm = undefined;
	const entry = env.glossary![term]!;
	const sources =
		entry.references.length && env.language && env.labels
			? ` <span class="term-sources">${escape(env.sourcesLabel ?? '')} ${entry.references.map((r) => citationHtml(r, env.language!, env.labels!)).join(' ')}</span>`
			: '';
	return `</button><span class="term-definition" id="term-${env.count}" hidden><strong>${escape(entry.term)}</strong>: ${escape(entry.definition)}${sources}</span>`;
};

export const renderBlock = (text: string, env: RenderEnv = {}) => md.render(text, env as never).trim();
export const renderInline = (text: string, env: RenderEnv = {}) => md.renderInline(text, env as never).trim();
