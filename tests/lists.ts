/**
 * The seeded public model lists the tests and the bench import, typed for the tests: the
 * generator itself is plain JavaScript (`scripts/bench-lists.js`), so `npm run bench` runs it in
 * Node without a build. Same sizes, same entries, every run.
 */
export {
	BROKEN_MODELS_DEV,
	FLAWED_AT,
	LITELLM_SIZE,
	MODELS_DEV_SIZE,
	OPENROUTER_SIZE,
	SIZES,
	liteLlmList,
	modelsDevList,
	openRouterList
} from '../scripts/bench-lists.js';

/** A models.dev provider as the generated list writes it. */
export type ModelsDevProvider = {
	id: string;
	name: string;
	doc: string;
	models: Record<string, unknown>;
};

/** A list as the file a person picks holds it. */
export const listText = (list: unknown): string => JSON.stringify(list);
