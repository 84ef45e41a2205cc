/** The seeded lists the benchmarks import: an OpenRouter model list of `n` entries. */
export function openRouterList(n) {
	return {
		data: Array.from({ length: n }, (_, i) => ({
			id: `bench/model-${i}`,
			name: `Bench model ${i}`,
			created: 1767225600 + i,
			hugging_face_id: i % 3 === 0 ? `bench/Model-${i}` : '',
			pricing: { prompt: String((i % 97) / 1e7), completion: String((i % 89) / 5e6) }
		}))
	};
}

/** The sizes every cost is measured at, to show how it grows. */
export const SIZES = [300, 5000, 30000];
