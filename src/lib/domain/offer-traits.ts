/**
 * What an offer is, worked out from the models it gives: its openness, its status in the answer,
 * and whether it chats (§2). The chooser and the catalogue's table both read these.
 */
import type { Model, Offer, Openness, Status, Task } from './catalogue';

/**
 * An offer's openness from its models': open when every one is open, closed when any is closed,
 * else not stated (`unknown`, also when none of its models is known).
 */
export function offerOpenness(models: readonly { openness: Openness }[]): Openness {
	if (models.some((m) => m.openness === 'closed')) return 'closed';
	return models.length > 0 && models.every((m) => m.openness === 'open-weights')
		? 'open-weights'
		: 'unknown';
}

/** What a model does: its task, `chat` when it has none. */
export const modelTask = (model: { task?: Task }): Task => model.task ?? 'chat';

/**
 * Whether an offer gives only models that do not chat (embeddings, speech, images…): such an
 * offer never fits the chooser. An offer none of whose models is known is not one.
 */
export const offersNoChat = (models: readonly { task?: Task }[]): boolean =>
	models.length > 0 && models.every((m) => modelTask(m) !== 'chat');

/**
 * An offer's status in the answer. An offer is never more available than what it serves: one
 * that says released (or legacy) but gives a model that is still planned (an own or imported
 * offer of the shipped `gpt-5`, say, or an edit that marks the offer released) is planned until
 * the model is released, so a typed or listed price of 0 never makes an unreleased model a
 * released Free pick. The person who knows better marks the model released, and its offers
 * follow.
 */
export function offerStatus(offer: Offer, models: readonly Model[]): Status {
	return models.some((m) => m.status === 'planned') ? 'planned' : offer.status;
}
