/** A seeded random source: the same seed gives the same sequence on every machine. */
export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [lo, hi], both included. */
	int(lo: number, hi: number): number;
	/** One element of a non-empty list. */
	pick<T>(items: readonly T[]): T;
	/** Up to `k` distinct elements, in random order. */
	sample<T>(items: readonly T[], k: number): T[];
	/** True with probability `p`. */
	chance(p: number): boolean;
}

/** mulberry32: a small, fast PRNG, plenty for synthetic text. */
export function createRandom(seed: number): Random {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
	return {
		next,
		int,
		pick: (items) => items[Math.floor(next() * items.length)]!,
		sample: (items, k) => {
			const pool = [...items];
			const out: (typeof pool)[number][] = [];
			while (out.length < k && pool.length > 0)
				out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
			return out;
		},
		chance: (p) => next() < p,
	};
}
