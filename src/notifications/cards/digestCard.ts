import { compareReferenceCodes, formatUkDate } from '../../domain';
import type { DigestCardData, DigestItem } from '../../application/alerts/cardModels';
import { cardText, safeCardUrl } from './cardText';
import { CARD_SCHEMA, CARD_VERSION, expandTemplate, fitToBudget, ratingDisplay, type AdaptiveCardJson } from './cardCommon';

/** The card's data, defined with the use cases that fill it. */
export type { DigestCardData, DigestItem };

/** The digest card template (Adaptive Card 1.4); bound to {@link DigestCardModel}. */
export const DIGEST_CARD_TEMPLATE = {
  $schema: CARD_SCHEMA,
  type: 'AdaptiveCard',
  version: CARD_VERSION,
  body: [
    { type: 'TextBlock', text: '${heading}', weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: '${summary}', wrap: true, spacing: 'Small' },
    {
      type: 'Container',
      $data: '${items}',
      separator: true,
      selectAction: { type: 'Action.OpenUrl', title: 'Open action', url: '${url}' },
      items: [
        {
          type: 'ColumnSet',
          columns: [
            { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: '${ratingLabel}', weight: 'Bolder', color: '${ratingColour}', wrap: true }] },
            {
              type: 'Column',
              width: 'stretch',
              items: [
                { type: 'TextBlock', text: '${action}', wrap: true },
                { type: 'TextBlock', text: '${details}', isSubtle: true, size: 'Small', wrap: true, spacing: 'None' }
              ]
            }
          ]
        }
      ]
    },
    { type: 'TextBlock', $when: '${hasMore}', text: '${more}', isSubtle: true, wrap: true }
  ],
  actions: [{ type: 'Action.OpenUrl', title: 'Open the plan', url: '${planUrl}' }]
} as const;

/** One bound digest row. */
export interface DigestRowModel {
  ratingLabel: string;
  ratingColour: string;
  action: string;
  details: string;
  url: string;
}

/** The strings the digest template binds to. */
export interface DigestCardModel {
  heading: string;
  summary: string;
  items: DigestRowModel[];
  hasMore: boolean;
  more: string;
  planUrl: string;
}

/** Newly slipped first, then Red before Amber, then by reference code. */
export function digestOrder(a: DigestItem, b: DigestItem): number {
  if (a.newlySlipped !== b.newlySlipped) return a.newlySlipped ? -1 : 1;
  if (a.rating !== b.rating) return a.rating === 'Red' ? -1 : 1;
  return compareReferenceCodes(a.actionCode, b.actionCode);
}

const plural = (n: number, one: string, many: string = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function requireUrl(url: string): string {
  const safe = safeCardUrl(url);
  if (!safe) throw new RangeError(`The link "${url}" is not an absolute http(s) address.`);
  return safe;
}

/** The bound model, listing at most `maxRows` actions. */
export function digestCardModel(data: DigestCardData, maxRows: number): DigestCardModel {
  const sorted = [...data.items].sort(digestOrder);
  const shown = sorted.slice(0, maxRows);
  const red = sorted.filter((i) => i.rating === 'Red').length;
  const fresh = sorted.filter((i) => i.newlySlipped).length;
  const theme = data.themeName ? `${data.themeCode} ${data.themeName}` : data.themeCode;
  return {
    heading: cardText(`Weekly digest: ${theme}, ${formatUkDate(data.weekOf)}`, 300),
    summary: sorted.length
      ? `${plural(red, 'Red action')}, ${plural(sorted.length - red, 'Amber action')}; ${fresh} newly slipped this week.`
      : 'No Amber or Red actions in this theme this week.',
    items: shown.map((item) => {
      const rating = ratingDisplay(item.rating);
      const due = item.currentDueDate ? `Due ${formatUkDate(item.currentDueDate)}` : 'No due date';
      return {
        ratingLabel: rating.label,
        ratingColour: rating.colour,
        action: cardText(`${item.actionCode} ${item.actionTitle}`, 200),
        details: `${item.newlySlipped ? 'Newly slipped. ' : ''}${due}. Lead: ${cardText(item.leadOfficer, 120)}`,
        url: requireUrl(item.actionUrl)
      };
    }),
    hasMore: sorted.length > shown.length,
    more: `And ${plural(sorted.length - shown.length, 'more action')}: open the plan to see them all.`,
    planUrl: requireUrl(data.planUrl)
  };
}

/** Row counts tried, most first, until the card fits the size budget. */
const ROW_LIMITS = [80, 50, 30, 15, 5];

/**
 * The weekly digest card of one theme: every Amber and Red action, newly slipped first, as many
 * as fit the size budget (the rest are counted, with a link to the plan).
 * @throws RangeError when a link is not an absolute http(s) URL
 */
export function renderDigestCard(data: DigestCardData): AdaptiveCardJson {
  return fitToBudget(ROW_LIMITS, (rows) => expandTemplate(DIGEST_CARD_TEMPLATE, digestCardModel(data, rows)));
}
