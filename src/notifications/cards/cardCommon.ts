import * as ACData from 'adaptivecards-templating';
import { RATING_LABELS, type ProgressRating } from '../../domain';

/** The Adaptive Card schema address put in every card's `$schema`. */
export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/**
 * Card schema version. Teams renders up to 1.5, and the Workflows "Flow bot" maximum is not
 * documented, so the cards are authored at 1.4 and use nothing newer.
 */
export const CARD_VERSION = '1.4';

/** Teams refuses a message over about 28 KB: the hard limit. */
export const TEAMS_MESSAGE_LIMIT_BYTES = 28 * 1024;

/**
 * What a card may weigh once serialised. Below the Teams limit so that the envelope around it
 * (the Graph form carries the card as an escaped JSON string) still fits.
 */
export const CARD_BUDGET_BYTES = 20 * 1024;

/** An expanded Adaptive Card, ready to post. */
export interface AdaptiveCardJson {
  readonly $schema: string;
  readonly type: 'AdaptiveCard';
  readonly version: string;
  readonly body: readonly unknown[];
  readonly actions?: readonly unknown[];
  readonly [key: string]: unknown;
}

/** Adaptive Card text colours used for ratings; the word is always shown beside the colour. */
export type CardColour = 'Attention' | 'Warning' | 'Good' | 'Accent' | 'Default';

const COLOURS: Readonly<Record<ProgressRating, CardColour>> = {
  Red: 'Attention',
  Amber: 'Warning',
  Green: 'Good',
  Complete: 'Accent',
  NotStarted: 'Default',
  OnHold: 'Default',
  Closed: 'Default'
};

/** A rating as a card shows it: the word (never colour alone) and the card colour. */
export interface RatingDisplay {
  label: string;
  colour: CardColour;
}

/** The label and colour of a rating; `undefined` shows as "Not rated". */
export function ratingDisplay(rating: ProgressRating | undefined): RatingDisplay {
  return rating ? { label: RATING_LABELS[rating], colour: COLOURS[rating] } : { label: 'Not rated', colour: 'Default' };
}

/** UTF-8 size of a card as it is posted. */
export function cardBytes(card: unknown): number {
  return new TextEncoder().encode(JSON.stringify(card)).length;
}

/** Expands a template with `adaptivecards-templating` against typed data bound to `$root`. */
export function expandTemplate(template: object, data: object): AdaptiveCardJson {
  return new ACData.Template(template).expand({ $root: data }) as AdaptiveCardJson;
}

/** Thrown when a card cannot be brought under {@link CARD_BUDGET_BYTES}. */
export class CardTooLargeError extends Error {
  public constructor(public readonly bytes: number) {
    super(`The card is ${bytes} bytes; Teams accepts at most ${TEAMS_MESSAGE_LIMIT_BYTES} and the budget is ${CARD_BUDGET_BYTES}.`);
    this.name = 'CardTooLargeError';
  }
}

/**
 * Renders with ever shorter text until the card fits the budget: `build(limit)` is called with
 * each limit in `limits` (longest first) and the first card under budget is returned.
 * @throws CardTooLargeError when even the shortest limit is too large
 */
export function fitToBudget(limits: readonly number[], build: (limit: number) => AdaptiveCardJson): AdaptiveCardJson {
  let last: AdaptiveCardJson | undefined;
  for (const limit of limits) {
    last = build(limit);
    if (cardBytes(last) <= CARD_BUDGET_BYTES) return last;
  }
  throw new CardTooLargeError(last ? cardBytes(last) : 0);
}
