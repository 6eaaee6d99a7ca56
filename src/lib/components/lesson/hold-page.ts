const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Holds the page while the lesson moves to another step on its own (stored progress read after
 * opening): what lies below the lesson (the footer) is hidden for the frames of the move, so its
 * jump is not seen (nor counted as a layout shift), then shown again. A page scrolled past the
 * lesson's top (a reload restores the scroll) is brought back to it, where the step begins.
 */
export async function holdPage(lesson: () => HTMLElement | undefined): Promise<() => void> {
	const root = document.documentElement;
	root.toggleAttribute('data-holding', true);
	await frame();
	return () => {
		const top = lesson()?.getBoundingClientRect().top;
		if (top !== undefined && top < 0) lesson()!.scrollIntoView({ block: 'start' });
		void frame()
			.then(frame)
			.then(() => root.toggleAttribute('data-holding', false));
	};
}
