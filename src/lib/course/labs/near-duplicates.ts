/**
 * Near-duplicate text detection, the idea behind InfoShield-style ad clustering: two texts that
 * share many word sequences (shingles) were probably written from the same template.
 */

/** Lower-case words, letters and digits only, so punctuation and case do not hide a copy. */
export function words(text: string): string[] {
	return (
		text
			.toLowerCase()
			.normalize('NFC')
			.match(/[\p{L}\p{N}]+/gu) ?? []
	);
}

/** Every run of `size` consecutive words; a text shorter than that is one shingle. */
export function shingles(text: string, size: number): Set<string> {
	const list = words(text);
	if (list.length === 0) return new Set();
	if (list.length <= size) return new Set([list.join(' ')]);
	const result = new Set<string>();
	for (let i = 0; i + size <= list.length; i++) result.add(list.slice(i, i + size).join(' '));
	return result;
}

/** Shared shingles over all shingles. Empty texts share nothing: 0, never a match. */
export function jaccard(a: Set<string>, b: Set<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	let shared = 0;
	for (const s of a) if (b.has(s)) shared++;
	return shared / (a.size + b.size - shared);
}

export function similarityMatrix(texts: string[], size: number): number[][] {
	const sets = texts.map((t) => shingles(t, size));
	return sets.map((a, i) => sets.map((b, j) => (i === j ? 1 : jaccard(a, b))));
}

/**
 * Groups of two or more ids linked by a chain of pairs at or above the threshold (single
 * linkage), in the order of their first member. Ids alone in their group are left out.
 */
export function clusters(ids: string[], matrix: number[][], threshold: number): string[][] {
	const parent = ids.map((_, i) => i);
	const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
	for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) if (matrix[i]![j]! >= threshold) parent[root(j)] = root(i);
	const groups = new Map<number, string[]>();
	ids.forEach((id, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), id]));
	return [...groups.values()].filter((g) => g.length > 1);
}
