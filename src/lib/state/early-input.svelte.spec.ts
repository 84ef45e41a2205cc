import { afterEach, describe, expect, it } from 'vitest';
import { readEarlyInput, replayEarlyInput, replayEarlyPresses } from './early-input';

/** A prerendered form, as the page's HTML has it: defaults in its attributes. */
function page(): HTMLElement {
	const main = document.createElement('main');
	main.innerHTML = `
		<form>
			<input type="radio" name="device" value="" checked />
			<input type="radio" name="device" value="phone" />
			<input type="radio" name="device" value="gpu" />
			<input type="checkbox" name="local" />
			<input type="checkbox" name="planned" checked />
			<input type="text" id="budget" value="" />
			<input type="text" id="use" value="5" />
			<input type="text" id="off" value="" disabled />
			<input type="file" id="file" />
			<input type="hidden" id="hidden" value="a" />
			<textarea id="note">kept</textarea>
			<select id="status"><option value="" selected>Any</option><option value="released">Released</option></select>
			<select id="sort" disabled><option value="" selected>Name</option><option value="price">Price</option></select>
			<textarea id="said" disabled></textarea>
		</form>`;
	document.body.append(main);
	return main;
}

const at = <T extends Element>(root: ParentNode, selector: string) =>
	root.querySelector<T>(selector)!;

/** Every `input` and `change` event under `root`, as "event target=value". */
function heard(root: HTMLElement): string[] {
	const events: string[] = [];
	for (const type of ['input', 'change']) {
		root.addEventListener(type, (event) => {
			const field = event.target as HTMLInputElement;
			const said =
				field.type === 'radio' || field.type === 'checkbox' ? field.checked : field.value;
			events.push(`${type} ${field.id || `${field.name}:${field.value}`}=${said}`);
		});
	}
	return events;
}

/** What hydration does to the fields: each back to the app's state (here, the defaults). */
function hydrate(root: HTMLElement) {
	root.querySelector('form')!.reset();
}

afterEach(() => document.body.replaceChildren());

describe('input made before the app started', () => {
	it('is read from every field that differs from the page’s HTML, in document order', () => {
		const root = page();
		expect(readEarlyInput(root)).toEqual([]);
		at<HTMLInputElement>(root, '[value=phone]').checked = true;
		at<HTMLInputElement>(root, '[name=planned]').checked = false;
		at<HTMLInputElement>(root, '#budget').value = '20';
		at<HTMLTextAreaElement>(root, '#note').value = 'mine';
		at<HTMLSelectElement>(root, '#status').value = 'released';
		const early = readEarlyInput(root);
		expect(
			early.map(({ field, value, checked }) => [field.id || field.name, value, checked])
		).toEqual([
			['device', 'phone', true],
			['planned', 'on', false],
			['budget', '20', false],
			['note', 'mine', false],
			['status', 'released', false]
		]);
	});

	it('leaves out what a person cannot have changed, or what cannot be given back', () => {
		const root = page();
		at<HTMLInputElement>(root, '#off').value = 'x';
		at<HTMLInputElement>(root, '#hidden').value = 'b';
		at<HTMLSelectElement>(root, '#sort').value = 'price';
		at<HTMLTextAreaElement>(root, '#said').value = 'x';
		// The radio the choice replaced: it follows from the one chosen.
		at<HTMLInputElement>(root, '[name=device][value=""]').checked = false;
		expect(readEarlyInput(root)).toEqual([]);
		expect(readEarlyInput(null)).toEqual([]);
	});

	it('is given back after the start as the person’s input and change events', () => {
		const root = page();
		at<HTMLInputElement>(root, '[value=gpu]').checked = true;
		at<HTMLInputElement>(root, '[name=local]').checked = true;
		at<HTMLInputElement>(root, '#use').value = '20';
		at<HTMLSelectElement>(root, '#status').value = 'released';
		const early = readEarlyInput(root);
		hydrate(root);
		expect(at<HTMLInputElement>(root, '#use').value).toBe('5');
		const events = heard(root);
		expect(replayEarlyInput(early)).toBe(4);
		expect(events).toEqual([
			'input device:gpu=true',
			'change device:gpu=true',
			'input local:on=true',
			'change local:on=true',
			'input use=20',
			'change use=20',
			'input status=released',
			'change status=released'
		]);
		expect(at<HTMLInputElement>(root, '[value=gpu]').checked).toBe(true);
		expect(at<HTMLInputElement>(root, '[value=""]').checked).toBe(false);
		expect(at<HTMLInputElement>(root, '#use').value).toBe('20');
	});

	it('is not given again where the app already holds it, nor to a field it replaced', () => {
		const root = page();
		at<HTMLInputElement>(root, '#budget').value = '20';
		at<HTMLInputElement>(root, '#use').value = '9';
		const early = readEarlyInput(root);
		// The address said the same budget; the usage field was drawn anew.
		hydrate(root);
		at<HTMLInputElement>(root, '#budget').value = '20';
		at<HTMLInputElement>(root, '#use').remove();
		const events = heard(root);
		expect(replayEarlyInput(early)).toBe(0);
		expect(events).toEqual([]);
	});
});

describe('buttons pressed before the app started', () => {
	it('are pressed again in order, but for one the app took away or turned off', () => {
		const root = page();
		const made = ['more', 'gone', 'off', 'see'].map((id) => {
			const button = document.createElement('button');
			button.type = 'button';
			button.id = id;
			root.append(button);
			return button;
		});
		const clicks: string[] = [];
		root.addEventListener('click', (event) => clicks.push((event.target as Element).id));
		made[1]!.remove();
		made[2]!.disabled = true;
		// "more" pressed twice: open, then closed again, as the person did.
		expect(replayEarlyPresses([made[0]!, made[1]!, made[2]!, made[3]!, made[0]!])).toBe(3);
		expect(clicks).toEqual(['more', 'see', 'more']);
		expect(replayEarlyPresses(undefined)).toBe(0);
	});
});
