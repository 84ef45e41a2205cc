/**
 * Two reference pages for the bench's Lighthouse comparison, generated deterministically (the
 * same bytes on every run) and served beside the app by the same static server:
 *   - a one-page price calculator: about 12 KiB of HTML and one small script, which fetches a
 *     price list of 100 models (JSON) and renders monthly costs for a number of tokens, cheapest
 *     first;
 *   - a large catalogue page: about 1.1 MB of prerendered HTML table (5,000 rows) with about
 *     20 KiB of sort and filter script that reads the whole table when it starts.
 * They stand in for the two usual shapes of a model-price site. Also the pure arithmetic of the
 * comparison: medians, ratios, and whether our page is ahead.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CALCULATOR_MODELS = 100;
export const CATALOGUE_ROWS = 5000;
/** How many makers the catalogue's rows and its maker filter name. */
const MAKERS = 90;

/** The reference pages: a short name for tables, what it stands for, and its path on the server. */
export const REFERENCE_PAGES = [
	{ name: 'calculator', title: 'one-page price calculator', path: '/calculator/' },
	{ name: 'catalogue', title: 'large catalogue page', path: '/catalogue/' }
];

/**
 * A seeded pseudo-random generator (mulberry32): numbers in [0, 1), the same sequence for the
 * same seed.
 * @param {number} seed
 */
function seeded(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sa', 'tor', 'vi', 'zen', 'qua', 'dro', 'nel', 'phi'];
const TIERS = ['Mini', 'Small', 'Pro', 'Max', 'Lite', 'Turbo', 'Flash', 'Ultra', 'Base', 'Chat'];

/**
 * A made-up word of two or three syllables, capitalised.
 * @param {() => number} next
 */
function word(next) {
	const count = 2 + Math.floor(next() * 2);
	let text = '';
	for (let i = 0; i < count; i++) text += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
	return text[0].toUpperCase() + text.slice(1);
}

/**
 * A price in US$ per million tokens, rounded to the cent, spread over 0.02–60 on a log scale.
 * @param {() => number} next
 */
const price = (next) => Math.round(Math.exp(Math.log(0.02) + next() * Math.log(3000)) * 100) / 100;

/**
 * The calculator's price list: `count` models, each `{ id, name, input, output }` with input and
 * output prices in US$ per million tokens. The same list for the same count.
 * @param {number} [count]
 * @returns {{ id: string, name: string, input: number, output: number }[]}
 */
export function priceList(count = CALCULATOR_MODELS) {
	const next = seeded(100);
	const models = [];
	for (let i = 0; i < count; i++) {
		const maker = word(next);
		const name = `${maker} ${word(next)} ${1 + Math.floor(next() * 4)}.${Math.floor(next() * 10)} ${TIERS[i % TIERS.length]}`;
		const input = price(next);
		const output = Math.round(input * (1 + Math.floor(next() * 5)) * 100) / 100;
		const id = `${name.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-')}-${i}`;
		models.push({ id, name, input, output });
	}
	return models;
}

const CALCULATOR_SCRIPT = `'use strict';
// Monthly cost of a number of tokens for every model of a price list, cheapest first.
(function () {
	var form = document.getElementById('calc');
	var tokens = document.getElementById('tokens');
	var share = document.getElementById('share');
	var body = document.querySelector('#costs tbody');
	var status = document.getElementById('status');
	var filter = document.getElementById('filter');
	var presets = document.getElementById('presets');
	var download = document.getElementById('download');
	var copy = document.getElementById('copy');
	var models = [];
	var shown = [];
	// Typical shapes of use: tokens a month and the share of them that is output.
	var PRESETS = {
		chat: { tokens: 10000000, share: 25 },
		summaries: { tokens: 50000000, share: 5 },
		writing: { tokens: 5000000, share: 60 },
		agent: { tokens: 200000000, share: 15 }
	};
	var money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 2 });
	var perMillion = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 });

	function readNumber(input, fallback) {
		var value = Number(String(input.value).replace(/[,\\s]/g, ''));
		return Number.isFinite(value) && value >= 0 ? value : fallback;
	}

	function monthly(model, total, outputShare) {
		var output = total * outputShare;
		var input = total - output;
		return (input * model.input + output * model.output) / 1e6;
	}

	function cell(row, text, className) {
		var td = document.createElement('td');
		td.textContent = text;
		if (className) td.className = className;
		row.appendChild(td);
		return td;
	}

	function render() {
		var total = readNumber(tokens, 10000000);
		var outputShare = Math.min(100, readNumber(share, 25)) / 100;
		var words = filter.value.trim().toLowerCase().split(/\\s+/).filter(Boolean);
		var rows = models
			.filter(function (model) {
				var name = model.name.toLowerCase();
				return words.every(function (word) {
					return name.indexOf(word) >= 0;
				});
			})
			.map(function (model) {
				return { model: model, cost: monthly(model, total, outputShare) };
			})
			.sort(function (a, b) {
				return a.cost - b.cost || a.model.name.localeCompare(b.model.name);
			});
		var fragment = document.createDocumentFragment();
		rows.forEach(function (row, index) {
			var tr = document.createElement('tr');
			cell(tr, String(index + 1), 'rank');
			cell(tr, row.model.name);
			cell(tr, perMillion.format(row.model.input), 'num');
			cell(tr, perMillion.format(row.model.output), 'num');
			cell(tr, money.format(row.cost), 'num cost');
			fragment.appendChild(tr);
		});
		body.replaceChildren(fragment);
		shown = rows;
		status.textContent = rows.length + ' models, cheapest first, for ' + total.toLocaleString('en-US') + ' tokens a month.';
		var query = '?tokens=' + total + '&share=' + Math.round(outputShare * 100);
		if (location.search !== query) history.replaceState(null, '', query);
	}

	function restore() {
		var params = new URLSearchParams(location.search);
		if (params.has('tokens')) tokens.value = params.get('tokens');
		if (params.has('share')) share.value = params.get('share');
	}

	function toCsv() {
		var lines = ['rank,model,input per million,output per million,monthly cost'];
		shown.forEach(function (row, index) {
			var name = '"' + row.model.name.replace(/"/g, '""') + '"';
			lines.push([index + 1, name, row.model.input, row.model.output, row.cost.toFixed(2)].join(','));
		});
		return lines.join('\\n') + '\\n';
	}

	presets.addEventListener('click', function (event) {
		var button = event.target.closest('button[data-preset]');
		if (!button) return;
		var preset = PRESETS[button.getAttribute('data-preset')];
		if (!preset) return;
		tokens.value = String(preset.tokens);
		share.value = String(preset.share);
		Array.prototype.forEach.call(presets.querySelectorAll('button'), function (other) {
			other.setAttribute('aria-pressed', String(other === button));
		});
		render();
	});

	download.addEventListener('click', function () {
		var url = URL.createObjectURL(new Blob([toCsv()], { type: 'text/csv' }));
		var link = document.createElement('a');
		link.href = url;
		link.download = 'monthly-costs.csv';
		document.body.appendChild(link);
		link.click();
		link.remove();
		setTimeout(function () {
			URL.revokeObjectURL(url);
		}, 1000);
	});

	copy.addEventListener('click', function () {
		if (!navigator.clipboard) {
			status.textContent = 'Copy the address from the address bar: this browser does not let the page copy.';
			return;
		}
		navigator.clipboard.writeText(location.href).then(
			function () {
				status.textContent = 'Link copied.';
			},
			function () {
				status.textContent = 'The link could not be copied; copy it from the address bar.';
			}
		);
	});

	form.addEventListener('input', render);
	form.addEventListener('submit', function (event) {
		event.preventDefault();
		render();
	});

	restore();
	fetch('prices.json')
		.then(function (response) {
			if (!response.ok) throw new Error('HTTP ' + response.status);
			return response.json();
		})
		.then(function (list) {
			models = list.filter(function (model) {
				return typeof model.name === 'string' && model.input >= 0 && model.output >= 0;
			});
			render();
		})
		.catch(function (error) {
			status.textContent = 'The price list could not be loaded (' + error.message + ').';
			status.setAttribute('role', 'alert');
		});
})();
`;

const CALCULATOR_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Model price calculator</title>
<meta name="description" content="What a month of tokens costs on each model, cheapest first.">
<style>
:root { color-scheme: light dark; --accent: #2456c8; --line: #d5d9e0; --muted: #5d6470; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header, main, footer { max-width: 56rem; margin: 0 auto; padding: 1rem; }
header h1 { margin: 0 0 0.25rem; font-size: 1.6rem; }
header p { margin: 0; color: var(--muted); }
form { display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; margin: 1rem 0; }
label { display: grid; gap: 0.25rem; font-weight: 600; }
input { font: inherit; padding: 0.4rem 0.6rem; border: 1px solid var(--line); border-radius: 0.4rem; min-width: 12rem; }
input:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
button { font: inherit; padding: 0.45rem 1rem; border: 0; border-radius: 0.4rem; background: var(--accent); color: #fff; }
table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
caption { text-align: start; padding: 0.5rem 0; color: var(--muted); }
th, td { padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--line); text-align: start; }
th { position: sticky; top: 0; background: Canvas; }
.num { text-align: end; }
.rank { color: var(--muted); width: 3rem; }
.cost { font-weight: 600; }
#status { min-height: 1.5rem; }
details { margin: 1.5rem 0; }
footer { color: var(--muted); font-size: 0.9rem; }
#presets { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0; padding: 0; list-style: none; }
#presets button { background: transparent; color: var(--accent); border: 1px solid var(--accent); }
#presets button[aria-pressed="true"] { background: var(--accent); color: #fff; }
.tools { display: flex; flex-wrap: wrap; gap: 0.5rem; justify-content: space-between; align-items: center; }
.tools button { background: transparent; color: var(--accent); border: 1px solid var(--line); }
tbody tr:nth-child(-n + 3) .cost { color: #17803d; }
tbody tr:hover { background: color-mix(in srgb, var(--accent) 8%, transparent); }
@media (prefers-color-scheme: dark) { :root { --accent: #8fb1ff; --line: #3a404a; --muted: #a3aab5; } button { color: #10131a; } }
@media print { form, #presets, .tools, details { display: none; } th { position: static; } }
@media (max-width: 40rem) { .hide-small { display: none; } input { min-width: 0; width: 100%; } label { width: 100%; } }
</style>
</head>
<body>
<header>
<h1>Model price calculator</h1>
<p>How much a month of tokens costs on each model, cheapest first. Prices are in US dollars per million tokens.</p>
</header>
<main>
<ul id="presets" aria-label="Typical uses">
<li><button type="button" data-preset="chat" aria-pressed="false">Chat assistant</button></li>
<li><button type="button" data-preset="summaries" aria-pressed="false">Summarising documents</button></li>
<li><button type="button" data-preset="writing" aria-pressed="false">Long writing</button></li>
<li><button type="button" data-preset="agent" aria-pressed="false">Coding agent</button></li>
</ul>
<form id="calc">
<label for="tokens">Tokens a month <input id="tokens" name="tokens" inputmode="numeric" value="10000000" autocomplete="off"></label>
<label for="share">Output share (%) <input id="share" name="share" inputmode="numeric" value="25" autocomplete="off"></label>
<label for="filter">Only models named <input id="filter" name="filter" type="search" autocomplete="off"></label>
<button type="submit">Work out</button>
</form>
<div class="tools">
<p id="status" role="status">Loading the price list…</p>
<p><button type="button" id="copy">Copy link</button> <button type="button" id="download">Download CSV</button></p>
</div>
<table id="costs">
<caption>Monthly cost by model</caption>
<thead><tr><th scope="col">#</th><th scope="col">Model</th><th scope="col" class="num">Input $/M</th><th scope="col" class="num">Output $/M</th><th scope="col" class="num">A month</th></tr></thead>
<tbody></tbody>
</table>
<details>
<summary>How the cost is worked out</summary>
<p>Every request sends some tokens to the model (input) and gets some back (output). The two are priced apart, and output usually costs more. The monthly cost is the input tokens times the input price plus the output tokens times the output price, each divided by one million.</p>
<p>The output share splits the monthly tokens between the two: at 25%, a quarter of the tokens are output. Chat is often near 25%, summarising long documents nearer 5%, and writing long answers from short prompts nearer 60%.</p>
<p>The presets are rough shapes of use, not measurements: a coding agent reads far more than it writes, and reads it again on every step, so its tokens grow quickly.</p>
<p>The table ranks by the monthly cost alone. A cheaper model may need more tokens for the same work, or more retries; try two or three of the cheapest on your own task before you choose.</p>
<p>Prices change often, and some providers bill cached input, images or long contexts apart. Check the provider's own page before you commit to a model.</p>
</details>
<details>
<summary>Words used here</summary>
<dl>
<dt>Token</dt><dd>A piece of text the model reads or writes: in English, about three quarters of a word on average.</dd>
<dt>Input</dt><dd>Everything sent to the model with a request: your prompt, the conversation so far, any documents.</dd>
<dt>Output</dt><dd>What the model writes back, reasoning included when the provider bills it.</dd>
<dt>Per million</dt><dd>Providers quote prices for one million tokens; a price of $1.00 is a tenth of a cent for a thousand tokens.</dd>
</dl>
</details>
</main>
<footer>
<p>The price list is one file, prices.json, fetched when the page opens. The link in the address bar keeps your numbers, so you can share it.</p>
</footer>
<script src="calc.js" defer></script>
</body>
</html>
`;

/**
 * The calculator reference: its files by path under the served folder (`calculator/index.html`,
 * `calculator/calc.js`, `calculator/prices.json`).
 * @returns {Record<string, string>}
 */
export function calculatorFiles() {
	return {
		'calculator/index.html': CALCULATOR_HTML,
		'calculator/calc.js': CALCULATOR_SCRIPT,
		'calculator/prices.json': JSON.stringify(priceList())
	};
}

const CONTEXTS = [4096, 8192, 16384, 32768, 65536, 131072, 200000, 262144, 1000000, 2000000];

/**
 * A date between 2022-01-01 and 2026-12-31, as `YYYY-MM-DD`.
 * @param {() => number} next
 */
function day(next) {
	const start = Date.UTC(2022, 0, 1);
	const span = Date.UTC(2026, 11, 31) - start;
	return new Date(start + Math.floor(next() * (span / 86400000)) * 86400000)
		.toISOString()
		.slice(0, 10);
}

/**
 * The catalogue's makers: `count` made-up companies, each with a country and a short line, the
 * same for the same count.
 * @param {number} count
 */
function makers(count) {
	const next = seeded(7);
	const countries = ['US', 'FR', 'CN', 'DE', 'AE', 'CA', 'GB', 'JP', 'KR', 'IN', 'IL', 'SG'];
	const kinds = ['open weights', 'hosted only', 'research lab', 'cloud provider', 'start-up'];
	return Array.from({ length: count }, (_, i) => {
		const name = `${word(next)}${i % 3 === 0 ? ' AI' : i % 3 === 1 ? ' Labs' : ''}`;
		return {
			id: name.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-'),
			name,
			country: countries[Math.floor(next() * countries.length)],
			kind: kinds[Math.floor(next() * kinds.length)],
			founded: 2010 + Math.floor(next() * 15),
			note: `${name} publishes ${1 + Math.floor(next() * 40)} models; ${kinds[Math.floor(next() * kinds.length)]} since ${2015 + Math.floor(next() * 10)}.`
		};
	});
}

/**
 * The catalogue's rows: `count` models with maker, context window, input and output prices (US$
 * per million tokens), release date and the date the price was last checked.
 * @param {number} [count]
 */
export function catalogueRows(count = CATALOGUE_ROWS) {
	const next = seeded(5000);
	const list = makers(MAKERS);
	return Array.from({ length: count }, (_, i) => {
		const maker = list[Math.floor(next() * list.length)];
		const name = `${word(next)} ${1 + Math.floor(next() * 5)}.${Math.floor(next() * 10)} ${TIERS[Math.floor(next() * TIERS.length)]}`;
		const input = price(next);
		const released = day(next);
		return {
			index: i,
			name,
			maker,
			context: CONTEXTS[Math.floor(next() * CONTEXTS.length)],
			input,
			output: Math.round(input * (1 + Math.floor(next() * 5)) * 100) / 100,
			released,
			checked: released > '2026-06-01' ? released : day(next) > released ? '2026-11-30' : released
		};
	});
}

/** @param {number} tokens */
const contextLabel = (tokens) =>
	tokens >= 1000000 ? `${tokens / 1000000}M` : `${Math.round(tokens / 1024)}K`;

/**
 * One row of the catalogue's table, as HTML.
 * @param {ReturnType<typeof catalogueRows>[number]} row
 */
function rowHtml(row) {
	return (
		`<tr id="m${row.index}" data-m="${row.maker.id}">` +
		`<td><a href="#m${row.index}">${row.name}</a></td>` +
		`<td>${row.maker.name}</td>` +
		`<td data-v="${row.context}">${contextLabel(row.context)}</td>` +
		`<td data-v="${row.input}">${row.input.toFixed(2)}</td>` +
		`<td data-v="${row.output}">${row.output.toFixed(2)}</td>` +
		`<td>${row.released}</td>` +
		`<td>${row.checked}</td></tr>\n`
	);
}

const CATALOGUE_CORE = `'use strict';
// Sorting, filtering and paging for a prerendered table: reads every row once at start.
(function () {
	var table = document.getElementById('catalogue');
	if (!table) return;
	var body = table.tBodies[0];
	var search = document.getElementById('search');
	var makerSelect = document.getElementById('maker');
	var maxPrice = document.getElementById('max-price');
	var minContext = document.getElementById('min-context');
	var counter = document.getElementById('count');
	var more = document.getElementById('more');
	var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
	var PAGE = 200;
	var state = { query: '', maker: '', maxPrice: Infinity, minContext: 0, column: -1, descending: false, shown: PAGE };

	// Every row, its cells' values parsed once: numbers from data-v, text folded for search.
	var rows = Array.prototype.map.call(body.rows, function (tr, index) {
		var values = Array.prototype.map.call(tr.cells, function (td) {
			var raw = td.getAttribute('data-v');
			if (raw !== null) return Number(raw);
			return td.textContent.trim();
		});
		return {
			tr: tr,
			index: index,
			values: values,
			maker: tr.getAttribute('data-m'),
			text: fold(tr.textContent)
		};
	});

	function fold(text) {
		return text
			.normalize('NFKD')
			.replace(/[\\u0300-\\u036f]/g, '')
			.toLowerCase()
			.replace(/\\s+/g, ' ');
	}

	function compare(a, b) {
		if (state.column < 0) return a.index - b.index;
		var x = a.values[state.column];
		var y = b.values[state.column];
		var order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
		if (order === 0) order = a.index - b.index;
		return state.descending ? -order : order;
	}

	function matches(row) {
		if (state.maker && row.maker !== state.maker) return false;
		if (row.values[3] > state.maxPrice) return false;
		if (row.values[2] < state.minContext) return false;
		if (!state.query) return true;
		var words = state.query.split(' ');
		for (var i = 0; i < words.length; i++) {
			if (words[i] && row.text.indexOf(words[i]) < 0) return false;
		}
		return true;
	}

	function apply() {
		var kept = rows.filter(matches).sort(compare);
		var fragment = document.createDocumentFragment();
		for (var i = 0; i < kept.length; i++) {
			kept[i].tr.hidden = i >= state.shown;
			fragment.appendChild(kept[i].tr);
		}
		rows.forEach(function (row) {
			if (!matches(row)) row.tr.hidden = true;
		});
		body.appendChild(fragment);
		counter.textContent = kept.length.toLocaleString('en-US') + ' of ' + rows.length.toLocaleString('en-US') + ' models';
		more.hidden = kept.length <= state.shown;
		headers.forEach(function (th, column) {
			th.setAttribute('aria-sort', column === state.column ? (state.descending ? 'descending' : 'ascending') : 'none');
		});
		save();
	}

	function save() {
		var params = new URLSearchParams();
		if (state.query) params.set('q', state.query);
		if (state.maker) params.set('maker', state.maker);
		if (state.maxPrice !== Infinity) params.set('max', String(state.maxPrice));
		if (state.minContext) params.set('ctx', String(state.minContext));
		if (state.column >= 0) params.set('sort', (state.descending ? '-' : '') + state.column);
		var query = params.toString();
		var next = query ? '?' + query : location.pathname;
		if (('?' + query) !== location.search && !(query === '' && location.search === '')) history.replaceState(null, '', next);
	}

	function restore() {
		var params = new URLSearchParams(location.search);
		state.query = fold(params.get('q') || '');
		state.maker = params.get('maker') || '';
		var max = Number(params.get('max'));
		state.maxPrice = params.has('max') && Number.isFinite(max) ? max : Infinity;
		var ctx = Number(params.get('ctx'));
		state.minContext = Number.isFinite(ctx) ? ctx : 0;
		var sort = params.get('sort') || '';
		state.descending = sort.charAt(0) === '-';
		var column = parseInt(sort.replace('-', ''), 10);
		state.column = column >= 0 && column < headers.length ? column : -1;
		search.value = params.get('q') || '';
		makerSelect.value = state.maker;
		maxPrice.value = state.maxPrice === Infinity ? '' : String(state.maxPrice);
		minContext.value = String(state.minContext || '');
	}

	function debounce(work, wait) {
		var timer = 0;
		return function () {
			clearTimeout(timer);
			timer = setTimeout(work, wait);
		};
	}

	// The maker list comes from the table of makers below, with each maker's country and line.
	MAKERS.slice()
		.sort(function (a, b) {
			return a.name.localeCompare(b.name);
		})
		.forEach(function (maker) {
			var option = document.createElement('option');
			option.value = maker.id;
			option.textContent = maker.name + ' (' + maker.country + ')';
			option.title = maker.note;
			makerSelect.appendChild(option);
		});

	headers.forEach(function (th, column) {
		var button = document.createElement('button');
		button.type = 'button';
		button.className = 'sort';
		button.textContent = th.textContent;
		th.textContent = '';
		th.appendChild(button);
		button.addEventListener('click', function () {
			if (state.column === column) state.descending = !state.descending;
			else {
				state.column = column;
				state.descending = false;
			}
			state.shown = PAGE;
			apply();
		});
	});

	search.addEventListener(
		'input',
		debounce(function () {
			state.query = fold(search.value.trim());
			state.shown = PAGE;
			apply();
		}, 150)
	);
	makerSelect.addEventListener('change', function () {
		state.maker = makerSelect.value;
		state.shown = PAGE;
		apply();
	});
	maxPrice.addEventListener('change', function () {
		var value = Number(maxPrice.value);
		state.maxPrice = maxPrice.value === '' || !Number.isFinite(value) ? Infinity : value;
		apply();
	});
	minContext.addEventListener('change', function () {
		state.minContext = Number(minContext.value) || 0;
		apply();
	});
	more.addEventListener('click', function () {
		state.shown += PAGE;
		apply();
	});

	restore();
	apply();
})();
`;

/**
 * The catalogue's script: the sort and filter code above, and the makers' table it fills the
 * maker filter from.
 */
function catalogueScript() {
	const table = makers(MAKERS)
		.map((maker) => `\t${JSON.stringify(maker)}`)
		.join(',\n');
	return `var MAKERS = [\n${table}\n];\n\n${CATALOGUE_CORE}`;
}

/**
 * The catalogue reference: its files by path under the served folder (`catalogue/index.html`,
 * `catalogue/table.js`).
 * @returns {Record<string, string>}
 */
export function catalogueFiles() {
	const head = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Every model and its price</title>
<meta name="description" content="${CATALOGUE_ROWS.toLocaleString('en-US')} models, their makers, context windows and prices.">
<style>
body { margin: 0; font: 15px/1.45 system-ui, sans-serif; }
header, .filters, footer { padding: 0.75rem 1rem; }
.filters { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: end; }
.filters label { display: grid; gap: 0.2rem; font-weight: 600; }
.filters input, .filters select { font: inherit; padding: 0.3rem 0.5rem; }
.wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { padding: 0.35rem 0.5rem; border-bottom: 1px solid #dde; text-align: start; white-space: nowrap; }
th { position: sticky; top: 0; background: Canvas; }
.sort { font: inherit; font-weight: 700; background: none; border: 0; padding: 0; cursor: pointer; }
.num, td[data-v] { text-align: end; }
td:first-child a { color: inherit; font-weight: 600; }
</style>
<script src="table.js" defer></script>
</head>
<body>
<header><h1>Every model and its price</h1><p>Prices in US dollars per million tokens. Sort by any column; filter by name, maker, price or context.</p></header>
<div class="filters">
<label for="search">Search <input id="search" type="search" autocomplete="off"></label>
<label for="maker">Maker <select id="maker"><option value="">All makers</option></select></label>
<label for="max-price">Input price at most <input id="max-price" inputmode="decimal"></label>
<label for="min-context">Context at least <input id="min-context" inputmode="numeric"></label>
<p id="count" role="status">${CATALOGUE_ROWS.toLocaleString('en-US')} models</p>
</div>
<div class="wrap">
<table id="catalogue">
<thead><tr><th scope="col">Model</th><th scope="col">Maker</th><th scope="col" class="num">Context</th><th scope="col" class="num">Input $/M</th><th scope="col" class="num">Output $/M</th><th scope="col">Released</th><th scope="col">Price checked</th></tr></thead>
<tbody>
`;
	const tail = `</tbody>
</table>
</div>
<p><button id="more" type="button" hidden>Show more</button></p>
<footer><p>Prices are checked against each maker's own page; the date says when.</p></footer>
</body>
</html>
`;
	return {
		'catalogue/index.html': head + catalogueRows().map(rowHtml).join('') + tail,
		'catalogue/table.js': catalogueScript()
	};
}

/**
 * Writes both reference pages under `root` (emptied first) and gives each file's size, raw and
 * at gzip level 9, in bytes, by path.
 * @param {string} root
 * @returns {Record<string, { raw: number, gzip: number }>}
 */
export function writeReferencePages(root) {
	rmSync(root, { recursive: true, force: true });
	/** @type {Record<string, { raw: number, gzip: number }>} */
	const sizes = {};
	for (const [path, text] of Object.entries({ ...calculatorFiles(), ...catalogueFiles() })) {
		const file = join(root, path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
		const bytes = Buffer.from(text);
		sizes[path] = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
	}
	return sizes;
}

/**
 * The median of some numbers (the mean of the middle two for an even count); undefined for none.
 * @param {number[]} values
 */
export function median(values) {
	if (values.length === 0) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Our figure divided by theirs; undefined when theirs is zero or either is missing (a ratio
 * of nothing says nothing).
 * @param {number | undefined} ours
 * @param {number | undefined} theirs
 */
export function ratio(ours, theirs) {
	if (ours === undefined || theirs === undefined || theirs === 0) return undefined;
	return ours / theirs;
}

/**
 * Whether our figure is ahead of, level with or behind theirs: for a score higher is better,
 * for a time or a size lower is. Undefined when either is missing.
 * @param {number | undefined} ours
 * @param {number | undefined} theirs
 * @param {'higher' | 'lower'} better
 * @returns {'ahead' | 'level' | 'behind' | undefined}
 */
export function standing(ours, theirs, better) {
	if (ours === undefined || theirs === undefined) return undefined;
	if (ours === theirs) return 'level';
	return (better === 'higher' ? ours > theirs : ours < theirs) ? 'ahead' : 'behind';
}

/**
 * The figures compared between our page and the references: unit, which way is better, and the
 * target on our page where there is one (a score at least, a time at most).
 * @type {{ name: string, unit: 'score' | 'ms' | 'bytes', better: 'higher' | 'lower', target?: number }[]}
 */
export const COMPARED = [
	{ name: 'performance', unit: 'score', better: 'higher', target: 99 },
	{ name: 'FCP', unit: 'ms', better: 'lower' },
	{ name: 'LCP', unit: 'ms', better: 'lower', target: 1200 },
	{ name: 'TBT', unit: 'ms', better: 'lower', target: 100 },
	{ name: 'JS transferred', unit: 'bytes', better: 'lower' },
	{ name: 'total transferred', unit: 'bytes', better: 'lower' }
];

/**
 * One row per compared figure: the median of our page's samples, whether it meets its target,
 * and against each reference its median, our ratio to it and whether we are ahead.
 * @param {Map<string, Map<string, number[]>>} samples page → figure name → values of each run
 * @param {string} ours the page compared (a key of `samples`)
 * @param {string[]} references the pages compared with (keys of `samples`)
 */
export function compareWithReferences(samples, ours, references) {
	const medianOf = (/** @type {string} */ page, /** @type {string} */ figure) =>
		median(samples.get(page)?.get(figure) ?? []);
	return COMPARED.map(({ name, unit, better, target }) => {
		const value = medianOf(ours, name);
		return {
			figure: name,
			unit,
			target,
			better,
			ours: value,
			met: meets(value, target, better),
			against: references.map((reference) => {
				const theirs = medianOf(reference, name);
				return {
					reference,
					value: theirs,
					ratio: ratio(value, theirs),
					standing: standing(value, theirs, better)
				};
			})
		};
	});
}

/**
 * Whether a figure meets its target: at least `target` when higher is better, at most when
 * lower is. Undefined when there is no figure or no target.
 * @param {number | undefined} value
 * @param {number | undefined} target
 * @param {'higher' | 'lower'} better
 */
export function meets(value, target, better) {
	if (value === undefined || target === undefined) return undefined;
	return better === 'higher' ? value >= target : value <= target;
}
