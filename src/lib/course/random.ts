/**
 * Seeded randomness, the same on every device and in every run: a stored seed must give the
 * same quiz questions and the same order of options after a reload, in another browser, or in
 * the LMS's copy of the state. Nothing here draws fresh randomness; callers pass the seed in.
 */

/** FNV-1a, 32 bits: a short, stable hash of a string (not for secrets). */
export function hashString(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return hash;
}

/** mulberry32: a small, fast generator of numbers in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * A Fisher–Yates shuffle of a copy of `list`, driven by `seed`. Items in `pinned` keep their
 * index (a "none of these" stays last); the others are shuffled among the remaining places.
 */
export function seededShuffle<T>(list: readonly T[], seed: number, pinned: readonly T[] = []): T[] {
	const free = list.map((_, i) => i).filter((i) => !pinned.includes(list[i]!));
	const moving = free.map((i) => list[i]!);
	const next = mulberry32(seed);
	for (let i = moving.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[moving[i], moving[j]] = [moving[j]!, moving[i]!];
	}
	const out = [...list];
	free.forEach((at, k) => (out[at] = moving[k]!));
	return out;
}

/** A seed for one use of a stored seed ("quiz draw", "step q1, attempt 2"), so uses do not repeat each other's order. */
export const derivedSeed = (seed: number, ...parts: (string | number)[]) => hashString(`${seed >>> 0}:${parts.join(':')}`);
