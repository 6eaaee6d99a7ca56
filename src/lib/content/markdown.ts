import MarkdownIt from 'markdown-it';

/**
 * Course text is Markdown, rendered here at build time so no parser ships to learners. Raw HTML
 * is escaped (html: false) and links are limited to https, mailto, tel and in-app paths: the
 * output is safe to insert as HTML whatever a content file contains.
 */
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

const SAFE_LINK = /^(https:\/\/|mailto:|tel:|\/|#)/i;
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
	const href = String(tokens[idx]!.attrGet('href') ?? '');
	if (/^https:/i.test(href)) {
		tokens[idx]!.attrSet('rel', 'noopener noreferrer external');
		tokens[idx]!.attrSet('target', '_blank');
	}
	return defaultLinkOpen(tokens, idx, options, env, self);
};

export const renderBlock = (text: string) => md.render(text).trim();
export const renderInline = (text: string) => md.renderInline(text).trim();
