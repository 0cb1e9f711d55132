import { formatUkDate, type IsoDate } from '../../domain';
import type { SlipCardData } from '../../application/alerts/cardModels';
import { cardText, safeCardUrl } from './cardText';
import { CARD_SCHEMA, CARD_VERSION, expandTemplate, fitToBudget, ratingDisplay, type AdaptiveCardJson } from './cardCommon';

/** The card's data, defined with the use cases that fill it. */
export type { SlipCardData };

/** The slip card template (Adaptive Card 1.4); bound to {@link SlipCardModel} as `$root`. */
export const SLIP_CARD_TEMPLATE = {
  $schema: CARD_SCHEMA,
  type: 'AdaptiveCard',
  version: CARD_VERSION,
  body: [
    { type: 'TextBlock', text: '${heading}', weight: 'Bolder', size: 'Medium', color: '${newColour}', wrap: true },
    { type: 'TextBlock', text: '${action}', weight: 'Bolder', wrap: true, spacing: 'Small' },
    {
      type: 'ColumnSet',
      columns: [
        {
          type: 'Column',
          width: 'stretch',
          items: [
            { type: 'TextBlock', text: 'Previous rating', isSubtle: true, size: 'Small', wrap: true },
            { type: 'TextBlock', text: '${previousLabel}', weight: 'Bolder', color: '${previousColour}', wrap: true, spacing: 'None' }
          ]
        },
        {
          type: 'Column',
          width: 'stretch',
          items: [
            { type: 'TextBlock', text: 'New rating', isSubtle: true, size: 'Small', wrap: true },
            { type: 'TextBlock', text: '${newLabel}', weight: 'Bolder', color: '${newColour}', wrap: true, spacing: 'None' }
          ]
        }
      ]
    },
    {
      type: 'FactSet',
      facts: [
        { title: 'Theme', value: '${theme}' },
        { title: 'Lead officer', value: '${leadOfficer}' },
        { title: 'Baseline due date', value: '${baselineDue}' },
        { title: 'Current due date', value: '${currentDue}' },
        { title: 'Changed by', value: '${changedBy}' },
        { title: 'Why', value: '${reason}' }
      ]
    },
    { type: 'TextBlock', $when: '${hasCommentary}', text: 'Latest commentary', weight: 'Bolder', wrap: true },
    { type: 'TextBlock', $when: '${hasCommentary}', text: '${commentary}', wrap: true, spacing: 'Small' },
    { type: 'TextBlock', text: '${footer}', isSubtle: true, size: 'Small', wrap: true }
  ],
  actions: [{ type: 'Action.OpenUrl', title: 'Open action', url: '${actionUrl}' }]
} as const;

/** The strings the slip template binds to: every piece of user text already escaped. */
export interface SlipCardModel {
  heading: string;
  action: string;
  previousLabel: string;
  previousColour: string;
  newLabel: string;
  newColour: string;
  theme: string;
  leadOfficer: string;
  baselineDue: string;
  currentDue: string;
  changedBy: string;
  reason: string;
  hasCommentary: boolean;
  commentary: string;
  footer: string;
  actionUrl: string;
}

const day = (d: IsoDate | undefined): string => (d ? formatUkDate(d) : 'None set');

/**
 * The slip key as a reference a reader can quote and compare: `42:Green->Red:2026-03-31` reads
 * `42/Green-to-Red/2026-03-31`. The same slip always gives the same reference, so a card posted
 * again carries the reference of the first.
 */
export function alertReference(slipKey: string): string {
  return slipKey.replace(/->/g, '-to-').replace(/:/g, '/');
}

/** The card's last line: what the alert is for, when it was detected, and its reference. */
export function slipFooter(data: SlipCardData): string {
  const change = data.fromRating ? `${ratingDisplay(data.fromRating).label} to ${ratingDisplay(data.toRating).label}` : `now ${ratingDisplay(data.toRating).label}`;
  return `Alert for ${data.actionCode} (${change}), detected ${formatUkDate(data.detectedOn)}. Ref ${alertReference(data.slipKey)}`;
}

/** Commentary lengths tried, longest first, until the card fits the size budget. */
const COMMENTARY_LIMITS = [1200, 600, 300, 120, 40];

/** The bound model for `data`, with commentary cut to `commentaryLimit` characters. */
export function slipCardModel(data: SlipCardData, commentaryLimit: number = COMMENTARY_LIMITS[0]): SlipCardModel {
  const previous = ratingDisplay(data.fromRating);
  const next = ratingDisplay(data.toRating);
  const url = safeCardUrl(data.actionUrl);
  if (!url) throw new RangeError(`The action link "${data.actionUrl}" is not an absolute http(s) address.`);
  const commentary = data.commentary?.trim() ? cardText(data.commentary, commentaryLimit) : '';
  const themeName = data.themeName ? `${data.themeCode} ${data.themeName}` : data.themeCode;
  return {
    heading: data.fromRating ? `Slipped from ${previous.label} to ${next.label}` : `Now rated ${next.label}`,
    action: cardText(`${data.actionCode} ${data.actionTitle}`, 300),
    previousLabel: previous.label,
    previousColour: previous.colour,
    newLabel: next.label,
    newColour: next.colour,
    theme: cardText(themeName, 200),
    leadOfficer: cardText(data.leadOfficer, 200),
    baselineDue: day(data.baselineDueDate),
    currentDue: day(data.currentDueDate),
    changedBy: cardText(data.changedBy, 200),
    reason: cardText(data.reason, 400),
    hasCommentary: commentary !== '',
    commentary,
    footer: cardText(slipFooter(data), 400),
    actionUrl: url
  };
}

/**
 * The slip alert card for `data`: the template expanded with `adaptivecards-templating`, the
 * commentary shortened (with an ellipsis) until the card fits the size budget.
 * @throws RangeError when the action link is not an absolute http(s) URL
 */
export function renderSlipCard(data: SlipCardData): AdaptiveCardJson {
  return fitToBudget(COMMENTARY_LIMITS, (limit) => expandTemplate(SLIP_CARD_TEMPLATE, slipCardModel(data, limit)));
}
