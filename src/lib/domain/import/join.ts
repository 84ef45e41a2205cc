/**
 * How entries of different lists find each other and the shipped models (§10): the
 * normalised join key, ids the catalogue accepts, and who makes a model (its maker), as opposed
 * to who serves it (its host).
 */
import { ID_PATTERN } from '../catalogue';
import { shortHash } from '../slug';

/** How long a piece of outside text is looked at to make a key or an id: ids are short. */
const BOUNDED = 300;

/** Suffixes that name a variant of one host's offer, not another model (`:free`, `-fast`). */
const COLON_VARIANTS = new Set([
	'free',
	'beta',
	'extended',
	'thinking',
	'nitro',
	'floor',
	'online',
	'exacto'
]);
const DASH_VARIANTS = ['free', 'fast'];

/** Cloud-region and maker prefixes of Amazon Bedrock ids (`us.anthropic.claude-…-v1:0`). */
const BEDROCK =
	/^(?:(?:us|eu|apac|global|au|jp|us-gov)\.)?(?:anthropic|meta|amazon|mistral|cohere|ai21|deepseek|qwen|openai|writer|twelvelabs|stability|luma)\.(.+)$/;

/** An id split into the model's join key and the host's variant, if any. */
export type JoinKey = { key: string; variant?: string };

/**
 * The join key of a list's id: its last segment, lower case, separators unified, host prefixes
 * and variant suffixes set apart. `deepseek/deepseek-r1:free` → `deepseek-r1` (variant `free`);
 * `route/kimi-k2.6` → `kimi-k2.6`; `us.anthropic.claude-3-5-haiku-20241022-v1:0` →
 * `claude-3-5-haiku-20241022`. An empty key means the id names nothing.
 */
export function joinKey(id: string): JoinKey {
	let text = id.slice(0, BOUNDED).trim().toLowerCase();
	let variant: string | undefined;
	const colon = /:([a-z0-9-]+)$/.exec(text);
	if (colon && COLON_VARIANTS.has(colon[1]!)) {
		variant = colon[1];
		text = text.slice(0, colon.index);
	}
	text = text.slice(text.lastIndexOf('/') + 1);
	const bedrock = BEDROCK.exec(text);
	if (bedrock) text = bedrock[1]!.replace(/-v\d+(?::\d+)?$/, '');
	text = text
		.replace(/[\s_:]+/g, '-')
		.replace(/[^a-z0-9.-]+/g, '')
		.replace(/-{2,}/g, '-');
	text = trimEdges(text);
	if (!variant) {
		for (const suffix of DASH_VARIANTS) {
			if (text.endsWith(`-${suffix}`) && text.length > suffix.length + 1) {
				variant = suffix;
				text = text.slice(0, -suffix.length - 1);
				break;
			}
		}
	}
	return variant ? { key: text, variant } : { key: text };
}

/** Drops dashes and dots at both ends, in one pass each way (no backtracking). */
function trimEdges(text: string): string {
	let start = 0;
	let end = text.length;
	const edge = (c: string) => c === '-' || c === '.';
	while (start < end && edge(text[start]!)) start++;
	while (end > start && edge(text[end - 1]!)) end--;
	return text.slice(start, end);
}

/**
 * An id the catalogue accepts (`ID_PATTERN`: lower case, digits, dots, dashes, 80 at most) made
 * from `text` after `prefix`. Texts that would be cut keep a hash of the whole, so two ids that
 * differ only past the cut stay two ids. Empty when nothing of the text is usable.
 */
export function makeId(text: string, prefix = '', max = 80): string {
	const body = trimEdges(
		text
			.slice(0, BOUNDED)
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[^a-z0-9.]+/g, '-')
	);
	if (!body) return '';
	const whole = `${prefix}${body}`;
	if (whole.length <= max && ID_PATTERN.test(whole)) return whole;
	const hash = shortHash(text);
	const cut = trimEdges(whole.slice(0, max - hash.length - 1));
	return `${cut}-${hash}`;
}

/**
 * The slug earlier versions made ids with (`or-openai-gpt-4o`, `md-openrouter-…`): kept so that
 * offers keep their ids across imports, and models made then can be found and aliased.
 */
export function legacySlug(text: string, prefix: string): string {
	// Its own copy of `makeId`'s body, on purpose: the old ids must not follow a change of the new.
	const body = trimEdges(
		text
			.slice(0, BOUNDED)
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[^a-z0-9.]+/g, '-')
	);
	return trimEdges(`${prefix}${body || 'x'}`.slice(0, 80));
}

/**
 * An offer's id: the one earlier versions gave it (`<legacy slug>-api`) while that fits, else a
 * cut with a hash of the whole, so that long ids that differ late stay apart.
 */
export function offerId(text: string, prefix: string): string {
	const old = legacySlug(text, prefix);
	// Earlier versions cut longer ids at 76 characters, so two that differed later were one.
	return old.length <= 76 ? `${old}-api` : `${makeId(text, prefix, 76)}-api`;
}

/**
 * A maker as the catalogue names it: a shipped vendor's id, or a new one with its name, and its
 * name in Arabic (`ar`) where this app knows how the Arabic press writes it.
 */
export type Maker = { id: string; name: string; ar?: string };

/** The maker a list's name for it stands for; shipped vendors keep their ids. */
const MAKERS: Record<string, Maker> = {};
function maker(id: string, name: string, ...names: string[]) {
	const ar = AR_MAKER_NAMES[id];
	for (const key of [id, ...names]) MAKERS[key] = ar ? { id, name, ar } : { id, name };
}
/**
 * Makers' names as Arabic news writes them (as the shipped makers have theirs: «أوبن إيه آي»,
 * «جوجل»), so that the catalogue's maker column reads in one script and «أنثروبيك» finds
 * Anthropic's models. A maker not here keeps its Latin name in both languages.
 */
const AR_MAKER_NAMES: Record<string, string> = {
	anthropic: 'أنثروبيك',
	meta: 'ميتا',
	moonshotai: 'مونشوت إيه آي',
	qwen: 'كوين (علي بابا)',
	'x-ai': 'إكس إيه آي',
	microsoft: 'مايكروسوفت',
	amazon: 'أمازون',
	nvidia: 'إنفيديا',
	cohere: 'كوهير',
	perplexity: 'بيربلكسيتي',
	baidu: 'بايدو',
	tencent: 'تينسنت',
	bytedance: 'بايت دانس',
	ibm: 'آي بي إم',
	xiaomi: 'شاومي'
};
maker('openai', 'OpenAI');
maker('deepseek', 'DeepSeek', 'deepseek-ai');
maker('mistral', 'Mistral', 'mistralai', 'mistral-ai');
maker('google', 'Google', 'google-ai', 'gemini');
maker('anthropic', 'Anthropic');
maker('meta', 'Meta', 'meta-llama', 'facebook');
maker('moonshotai', 'Moonshot AI', 'moonshot', 'moonshot-ai', 'kimi');
maker('qwen', 'Qwen (Alibaba)', 'alibaba', 'alibaba-cloud', 'qwen-ai');
maker('x-ai', 'xAI', 'xai');
maker('z-ai', 'Z.ai', 'zai', 'zhipuai', 'zhipu', 'thudm', 'zai-org');
maker('microsoft', 'Microsoft');
maker('amazon', 'Amazon', 'aws');
maker('nvidia', 'NVIDIA');
maker('cohere', 'Cohere');
maker('perplexity', 'Perplexity', 'perplexity-ai');
maker('ai21', 'AI21 Labs');
maker('minimax', 'MiniMax');
maker('baidu', 'Baidu');
maker('tencent', 'Tencent');
maker('bytedance', 'ByteDance', 'bytedance-seed');
maker('ibm', 'IBM', 'ibm-granite');
maker('nousresearch', 'Nous Research');
maker('liquid', 'Liquid AI', 'liquidai');
maker('inception', 'Inception');
maker('stepfun', 'StepFun', 'stepfun-ai');
maker('arcee-ai', 'Arcee AI');
maker('allenai', 'Ai2');
maker('openrouter', 'OpenRouter');
maker('inflection', 'Inflection');
maker('01-ai', '01.AI');
maker('xiaomi', 'Xiaomi');
maker('meituan', 'Meituan');

/** The maker a list's own word for it stands for (`mistralai` → the shipped Mistral). */
export function knownMaker(word: string): Maker | undefined {
	return MAKERS[word.toLowerCase().replace(/^~/, '')];
}

/** Families, by the start of a model's key or family: whose model it is. */
const FAMILIES: [RegExp, string][] = [
	[
		/^(gpt|o[134](-|$)|chatgpt|dall-e|whisper|tts-1|text-embedding|codex|davinci|babbage|omni-moderation|text-moderation|sora)/,
		'openai'
	],
	[/^claude/, 'anthropic'],
	[/^(gemini|gemma|imagen|veo|lyria|palm|learnlm)/, 'google'],
	[/^(llama|meta-llama)/, 'meta'],
	[
		/^(mistral|mixtral|codestral|devstral|magistral|ministral|pixtral|voxtral|open-mistral)/,
		'mistral'
	],
	[/^deepseek/, 'deepseek'],
	[/^(qwen|qwq|qvq)/, 'qwen'],
	[/^(kimi|moonshot)/, 'moonshotai'],
	[/^(glm|chatglm|cogview)/, 'z-ai'],
	[/^grok/, 'x-ai'],
	[/^phi-?\d/, 'microsoft'],
	[/^(nova-|titan|amazon)/, 'amazon'],
	[/^(nemotron|llama-3.1-nemotron)/, 'nvidia'],
	[/^(command|c4ai|embed-(english|multilingual|v)|rerank-(english|multilingual|v))/, 'cohere'],
	[/^sonar/, 'perplexity'],
	[/^jamba/, 'ai21'],
	[/^(minimax|abab)/, 'minimax'],
	[/^ernie/, 'baidu'],
	[/^hunyuan/, 'tencent'],
	[/^(doubao|seed-|seedream|seedance)/, 'bytedance'],
	[/^granite/, 'ibm'],
	[/^hermes/, 'nousresearch'],
	[/^lfm/, 'liquid'],
	[/^mercury/, 'inception'],
	[/^step-/, 'stepfun'],
	[/^(olmo|tulu)/, 'allenai'],
	[/^yi-/, '01-ai'],
	[/^mimo/, 'xiaomi']
];

/**
 * A maker's name from an id's prefix, when the list gives no other (its names mostly start with
 * the maker's, "TheDrummer: Rocinante 12B"): each word of it capitalised, dashes and underscores
 * as spaces ("acme" → "Acme", "deep-cogito" → "Deep Cogito"), as a name reads, not an id.
 */
export function makerNameOf(prefix: string): string {
	return prefix
		.split(/[-_]+/)
		.filter((word) => word !== '')
		.map((word) => word[0]!.toUpperCase() + word.slice(1))
		.join(' ');
}

/** The maker of a model known by its family or key (`kimi-k2` → Moonshot AI); undefined if none. */
export function makerOfFamily(...words: (string | undefined)[]): Maker | undefined {
	for (const word of words) {
		if (!word) continue;
		const text = word.slice(0, BOUNDED).toLowerCase();
		for (const [pattern, id] of FAMILIES) if (pattern.test(text)) return MAKERS[id];
	}
	return undefined;
}

/** Providers that host other makers' models: their name is never taken as a model's maker. */
const HOSTS_ONLY = new Set(['openrouter', 'nvidia']);

/** How a list's id says who made a model. */
export type MakerHints = {
	/** The model's family, where the list gives one (models.dev's `family`). */
	family?: string;
	/** The model's join key. */
	key: string;
	/** The provider the entry is listed under; taken as the maker only if it makes models. */
	provider?: string;
	/** The maker's own words for itself, where the list gives them ("TheDrummer: …"). */
	makerName?: string;
	/**
	 * Whether the id's prefix names its maker even when the table does not know it: OpenRouter's
	 * ids (`thedrummer/…`), wherever a list repeats them. Other hosts' prefixes may be routes
	 * (`route/kimi-k2.6`), so theirs are trusted only when known.
	 */
	prefixIsMaker?: boolean;
};

/** Whether a list's provider serves OpenRouter's ids, which are `maker/model`. */
export const servesOpenRouterIds = (provider: string | undefined): boolean =>
	provider?.toLowerCase() === 'openrouter';

/**
 * The maker of a listed model, from its id's path (§10): `maker/model` (OpenRouter,
 * most models.dev hosts, the rest of a LiteLLM key after its provider route), `host/maker/model`,
 * `@cf/meta/model`. In order: a known maker in any segment before the model, nearest first; the
 * prefix of a two-segment id as a new maker, where `prefixIsMaker`; the family table; the
 * provider, unless it only hosts (`openrouter`). `undefined`: an unknown maker.
 */
export function makerOf(id: string, hints: MakerHints): Maker | undefined {
	const segments = id.slice(0, BOUNDED).split('/');
	const before = segments.slice(0, -1);
	for (let i = before.length - 1; i >= 0; i--) {
		const known = knownMaker(before[i]!);
		if (known) return known;
	}
	const prefix = hints.prefixIsMaker && before.length === 1 ? before[0]!.replace(/^~/, '') : '';
	const fromPrefix = makeId(prefix);
	if (fromPrefix) return { id: fromPrefix, name: hints.makerName ?? makerNameOf(prefix) };
	const provider = (hints.provider ?? '').toLowerCase();
	return (
		makerOfFamily(hints.family, hints.key) ??
		(HOSTS_ONLY.has(provider) ? undefined : knownMaker(provider))
	);
}

/** The vendor every model of no known maker goes under. */
export const UNKNOWN_MAKER = {
	id: 'unknown-maker',
	name: { en: 'Unknown maker', ar: 'صانع غير معروف' }
} as const;
