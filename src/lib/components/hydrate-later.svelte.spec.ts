import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adoptable, cardElementId, later, TASK_MS, WAITING_ATTRIBUTE } from './hydrate-later';

const root = document.documentElement;

/** A page as prerendered: the answer in English, then in Arabic, each with the cards `ids`. */
function prerender(ids: string[]) {
	document.body.innerHTML = ['en', 'ar']
		.map(
			(lang) =>
				`<div lang="${lang}" data-lang-scope="${lang}"><ol>${ids
					.map((id) => `<li><article id="${cardElementId(id, lang)}"></article></li>`)
					.join('')}</ol></div>`
		)
		.join('');
}

describe('adoptable', () => {
	beforeEach(() => root.removeAttribute('data-started'));
	afterEach(() => {
		document.body.innerHTML = '';
		root.removeAttribute('data-started');
	});

	it('takes each prerendered card of the first answer once, while the app starts', () => {
		prerender(['a', 'b']);
		expect(adoptable('a')).toBe(true);
		expect(adoptable('a')).toBe(false);
		expect(adoptable('b')).toBe(true);
	});

	it('takes none the page was not prerendered with, and none once the app has started', () => {
		prerender(['c', 'd']);
		expect(adoptable('not-there')).toBe(false);
		root.setAttribute('data-started', '');
		expect(adoptable('c')).toBe(false);
		root.removeAttribute('data-started');
		expect(adoptable('d')).toBe(true);
	});

	it('takes no card of the answer in the other language, which the start drops', () => {
		document.body.innerHTML = `<div data-lang-scope="en" lang="en"></div><div data-lang-scope="ar" lang="ar"><article id="${cardElementId('e', 'ar')}"></article></div>`;
		expect(adoptable('e')).toBe(false);
	});
});

describe('later', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs jobs in a later task, in order, and says while some wait', () => {
		const ran: string[] = [];
		later(() => ran.push('a'));
		later(() => ran.push('b'));
		expect(ran).toEqual([]);
		expect(root.hasAttribute(WAITING_ATTRIBUTE)).toBe(true);
		vi.runAllTimers();
		expect(ran).toEqual(['a', 'b']);
		expect(root.hasAttribute(WAITING_ATTRIBUTE)).toBe(false);
	});

	it('yields to the browser once a task has spent its time', () => {
		let now = 0;
		const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
		const ran: number[] = [];
		for (let i = 0; i < 5; i++) {
			later(() => {
				ran.push(i);
				now += TASK_MS / 2;
			});
		}
		vi.advanceTimersToNextTimer();
		expect(ran).toEqual([0, 1]);
		vi.advanceTimersToNextTimer();
		expect(ran).toEqual([0, 1, 2, 3]);
		vi.runAllTimers();
		expect(ran).toEqual([0, 1, 2, 3, 4]);
		clock.mockRestore();
	});

	it('goes on with the next jobs, in a later task, after one that throws', () => {
		const ran: string[] = [];
		later(() => {
			throw new Error('a card that failed');
		});
		later(() => ran.push('next'));
		expect(() => vi.advanceTimersToNextTimer()).toThrow('a card that failed');
		expect(root.hasAttribute(WAITING_ATTRIBUTE)).toBe(true);
		vi.runAllTimers();
		expect(ran).toEqual(['next']);
		expect(root.hasAttribute(WAITING_ATTRIBUTE)).toBe(false);
	});

	it('does not run a job taken back, and the next ones still run', () => {
		const ran: string[] = [];
		const takeBack = later(() => ran.push('taken back'));
		later(() => ran.push('kept'));
		takeBack();
		vi.runAllTimers();
		expect(ran).toEqual(['kept']);
		expect(root.hasAttribute(WAITING_ATTRIBUTE)).toBe(false);
	});

	it('runs a job at once when something inside its node is pressed or focused, before its own handler', () => {
		document.body.innerHTML =
			'<div id="row"><button>Star</button><a href="#x">Name</a></div><div id="other"><button>Other</button></div>';
		const [star, other] = [...document.querySelectorAll('button')] as HTMLButtonElement[];
		const heard: string[] = [];
		star!.addEventListener('click', () => heard.push('star pressed'));
		const row = document.getElementById('row')!;
		later(() => heard.push('row to life'), row);
		// A press elsewhere wakes nothing.
		other!.click();
		expect(heard).toEqual([]);
		star!.click();
		expect(heard).toEqual(['row to life', 'star pressed']);
		// Once only: not again later, nor on the next press.
		star!.click();
		vi.runAllTimers();
		expect(heard).toEqual(['row to life', 'star pressed', 'star pressed']);
		expect(root.hasAttribute(WAITING_ATTRIBUTE)).toBe(false);

		later(() => heard.push('focused to life'), row);
		row.querySelector('a')!.focus();
		expect(heard.at(-1)).toBe('focused to life');
		// Taken back: a press no longer wakes it.
		const takeBack = later(() => heard.push('taken back'), row);
		takeBack();
		star!.click();
		vi.runAllTimers();
		expect(heard).not.toContain('taken back');
	});
});
