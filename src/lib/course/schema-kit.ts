/**
 * A tiny schema toolkit: each parser returns the typed value or records issues with a JSON path,
 * so a content error names its file and field ("steps.q1.interaction.maxAttempts"). Small enough
 * to also check stored progress in the browser without shipping a schema library.
 */

export interface Issue {
	path: string;
	message: string;
}

export interface Parser<T> {
	(value: unknown, path: string, issues: Issue[]): T | undefined;
	/** An object field that may be absent: "absent" stays absent, "filled" takes `fallback`. */
	optional?: 'absent' | 'filled';
	fallback?: unknown;
}

/** A field that may be absent in the input and then is absent in the output: optional (`?:`) in the type. */
export interface MaybeParser<T> extends Parser<T> {
	optional: 'absent';
}

export type Parsed<P> = P extends Parser<infer T> ? T : never;

/** Two types are the same: every field, its type, and whether it is optional. */
export type Same<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;

/**
 * The course model's types are written once, in types.ts, with their comments; each parser is
 * checked against its type here at compile time. A field added to one and not the other, or
 * optional in one only, fails `npm run check` on this call, so the two can never drift.
 */
export const exactly =
	<T>() =>
	<P extends Parser<unknown>>(parser: P & (Same<Parsed<P>, T> extends true ? unknown : { 'this parser does not yield exactly': T })) =>
		parser as unknown as Parser<T>;

const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`);

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function string(options: { pattern?: RegExp; minLength?: number } = {}): Parser<string> {
	return (value, path, issues) => {
		if (typeof value !== 'string') {
			issues.push({ path, message: `expected a string, got ${describe(value)}` });
			return undefined;
		}
		if (options.minLength !== undefined && value.length < options.minLength) {
			issues.push({ path, message: `must have at least ${options.minLength} character(s)` });
			return undefined;
		}
		if (options.pattern && !options.pattern.test(value)) {
			issues.push({ path, message: `"${value}" does not match ${options.pattern}` });
			return undefined;
		}
		return value;
	};
}

export const id = () => string({ pattern: ID_PATTERN });

export function number(options: { integer?: boolean; min?: number; max?: number } = {}): Parser<number> {
	return (value, path, issues) => {
		if (typeof value !== 'number' || Number.isNaN(value)) {
			issues.push({ path, message: `expected a number, got ${describe(value)}` });
			return undefined;
		}
		if (options.integer && !Number.isInteger(value)) {
			issues.push({ path, message: `expected a whole number, got ${value}` });
			return undefined;
		}
		if (options.min !== undefined && value < options.min) {
			issues.push({ path, message: `must be at least ${options.min}, got ${value}` });
			return undefined;
		}
		if (options.max !== undefined && value > options.max) {
			issues.push({ path, message: `must be at most ${options.max}, got ${value}` });
			return undefined;
		}
		return value;
	};
}

export function boolean(): Parser<boolean> {
	return (value, path, issues) => {
		if (typeof value !== 'boolean') {
			issues.push({ path, message: `expected true or false, got ${describe(value)}` });
			return undefined;
		}
		return value;
	};
}

export function literal<const T extends string | number | boolean>(expected: T): Parser<T> {
	return (value, path, issues) => {
		if (value !== expected) {
			issues.push({ path, message: `expected ${JSON.stringify(expected)}, got ${JSON.stringify(value)}` });
			return undefined;
		}
		return expected;
	};
}

export function oneOf<const T extends readonly (string | number)[]>(allowed: T): Parser<T[number]> {
	return (value, path, issues) => {
		if (!allowed.includes(value as T[number])) {
			issues.push({ path, message: `expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}` });
			return undefined;
		}
		return value as T[number];
	};
}

export function union<T>(...parsers: Parser<T>[]): Parser<T> {
	return (value, path, issues) => {
		for (const parser of parsers) {
			const attempt: Issue[] = [];
			const parsed = parser(value, path, attempt);
			if (attempt.length === 0) return parsed;
		}
		issues.push({ path, message: `unexpected value ${JSON.stringify(value)}` });
		return undefined;
	};
}

export function array<T>(item: Parser<T>, options: { minLength?: number } = {}): Parser<T[]> {
	return (value, path, issues) => {
		if (!Array.isArray(value)) {
			issues.push({ path, message: `expected a list, got ${describe(value)}` });
			return undefined;
		}
		if (options.minLength !== undefined && value.length < options.minLength) {
			issues.push({ path, message: `must list at least ${options.minLength} item(s)` });
			return undefined;
		}
		const before = issues.length;
		const out = value.map((entry, index) => item(entry, join(path, index), issues));
		return issues.length === before ? (out as T[]) : undefined;
	};
}

export function record<T>(item: Parser<T>, keyPattern: RegExp = ID_PATTERN): Parser<Record<string, T>> {
	return (value, path, issues) => {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) {
			issues.push({ path, message: `expected an object, got ${describe(value)}` });
			return undefined;
		}
		const before = issues.length;
		const out: Record<string, T> = {};
		for (const [key, entry] of Object.entries(value)) {
			if (!keyPattern.test(key)) issues.push({ path: join(path, key), message: `key "${key}" does not match ${keyPattern}` });
			const parsed = item(entry, join(path, key), issues);
			if (parsed !== undefined) out[key] = parsed;
		}
		return issues.length === before ? out : undefined;
	};
}

/** Marks an object field as optional; `fallback` fills it in when absent (and the field is then always there). */
export function optional<T>(parser: Parser<T>): MaybeParser<T>;
export function optional<T>(parser: Parser<T>, fallback: T): Parser<T>;
export function optional<T>(parser: Parser<T>, fallback?: T): Parser<T> {
	const wrapped: Parser<T> = (value, path, issues) => parser(value, path, issues);
	wrapped.optional = fallback === undefined ? 'absent' : 'filled';
	wrapped.fallback = fallback;
	return wrapped;
}

type Shape = Record<string, Parser<unknown>>;
type AbsentKeys<S extends Shape> = { [K in keyof S]: S[K] extends MaybeParser<unknown> ? K : never }[keyof S];
type Flat<T> = { [K in keyof T]: T[K] };
export type ObjectOf<S extends Shape> = Flat<
	{ [K in Exclude<keyof S, AbsentKeys<S>>]: Parsed<S[K]> } & { [K in AbsentKeys<S>]?: Parsed<S[K]> }
>;

/** Unknown keys are errors: a misspelt field ("feedbak") must fail the build, not vanish. */
export function object<S extends Shape>(shape: S): Parser<ObjectOf<S>> {
	return (value, path, issues) => {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) {
			issues.push({ path, message: `expected an object, got ${describe(value)}` });
			return undefined;
		}
		const input = value as Record<string, unknown>;
		const before = issues.length;
		const out: Record<string, unknown> = {};
		for (const key of Object.keys(input)) {
			if (!(key in shape)) issues.push({ path: join(path, key), message: `unknown field "${key}"` });
		}
		for (const [key, parser] of Object.entries(shape)) {
			if (input[key] === undefined) {
				if (parser.optional) {
					if (parser.fallback !== undefined) out[key] = parser.fallback;
					continue;
				}
				issues.push({ path: join(path, key), message: 'is required' });
				continue;
			}
			out[key] = parser(input[key], join(path, key), issues);
		}
		return issues.length === before ? (out as ObjectOf<S>) : undefined;
	};
}

/** Picks the variant by a tag field, so errors speak of that variant only. */
export function tagged<T>(tag: string, variants: Record<string, Parser<T>>): Parser<T> {
	return (value, path, issues) => {
		const kind = (value as Record<string, unknown> | null)?.[tag];
		const variant = typeof kind === 'string' ? variants[kind] : undefined;
		if (!variant) {
			issues.push({
				path: join(path, tag),
				message: `expected one of ${Object.keys(variants).join(', ')}, got ${JSON.stringify(kind)}`
			});
			return undefined;
		}
		return variant(value, path, issues);
	};
}
