/**
 * Glossary terms in lesson text are buttons written at build time (content/markdown.ts), each
 * controlling the definition beside it: one listener on the container opens and closes them.
 */
export function glossaryTerms(container: HTMLElement) {
	const toggle = (event: MouseEvent) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button.term');
		const definition = button && document.getElementById(button.getAttribute('aria-controls') ?? '');
		if (!button || !definition) return;
		const open = button.getAttribute('aria-expanded') !== 'true';
		button.setAttribute('aria-expanded', String(open));
		definition.hidden = !open;
	};
	container.addEventListener('click', toggle);
	return { destroy: () => container.removeEventListener('click', toggle) };
}
