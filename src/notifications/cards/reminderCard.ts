import { compareReferenceCodes, formatUkDate } from '../../domain';
import type { ReminderCardData, ReminderItem } from '../../application/alerts/cardModels';
import { cardText, safeCardUrl } from './cardText';
import { CARD_SCHEMA, CARD_VERSION, expandTemplate, fitToBudget, type AdaptiveCardJson } from './cardCommon';

/** The card's data, defined with the use cases that fill it. */
export type { ReminderCardData, ReminderItem };

/** The reminder card template (Adaptive Card 1.4); bound to {@link ReminderCardModel}. */
export const REMINDER_CARD_TEMPLATE = {
  $schema: CARD_SCHEMA,
  type: 'AdaptiveCard',
  version: CARD_VERSION,
  body: [
    { type: 'TextBlock', text: '${heading}', weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: '${intro}', wrap: true, spacing: 'Small' },
    {
      type: 'Container',
      $data: '${items}',
      separator: true,
      selectAction: { type: 'Action.OpenUrl', title: 'Open action', url: '${url}' },
      items: [
        { type: 'TextBlock', text: '${action}', wrap: true },
        { type: 'TextBlock', text: '${details}', isSubtle: true, size: 'Small', wrap: true, spacing: 'None' }
      ]
    },
    { type: 'TextBlock', $when: '${hasMore}', text: '${more}', isSubtle: true, wrap: true }
  ],
  actions: [{ type: 'Action.OpenUrl', title: 'Open action', url: '${firstUrl}' }]
} as const;

/** The strings the reminder template binds to. */
export interface ReminderCardModel {
  heading: string;
  intro: string;
  items: Array<{ action: string; details: string; url: string }>;
  hasMore: boolean;
  more: string;
  firstUrl: string;
}

function requireUrl(url: string): string {
  const safe = safeCardUrl(url);
  if (!safe) throw new RangeError(`The link "${url}" is not an absolute http(s) address.`);
  return safe;
}

/** The bound model, listing at most `maxRows` actions (by reference code). */
export function reminderCardModel(data: ReminderCardData, maxRows: number): ReminderCardModel {
  if (data.items.length === 0) throw new RangeError('A reminder needs at least one action.');
  const sorted = [...data.items].sort((a, b) => compareReferenceCodes(a.actionCode, b.actionCode));
  const shown = sorted.slice(0, maxRows);
  const theme = data.themeName ? `${data.themeCode} ${data.themeName}` : data.themeCode;
  const count = sorted.length === 1 ? '1 action needs' : `${sorted.length} actions need`;
  return {
    heading: cardText(`Update due: ${data.ownerName}`, 200),
    intro: cardText(`${count} a progress update for ${data.periodLabel} (${theme})${data.dueBy ? `, due by ${formatUkDate(data.dueBy)}` : ''}.`, 400),
    items: shown.map((item) => ({
      action: cardText(`${item.actionCode} ${item.actionTitle}`, 200),
      details: `${item.lastUpdated ? `Last updated ${formatUkDate(item.lastUpdated)}` : 'Never updated'}. ${
        item.currentDueDate ? `Due ${formatUkDate(item.currentDueDate)}` : 'No due date'
      }.`,
      url: requireUrl(item.actionUrl)
    })),
    hasMore: sorted.length > shown.length,
    more: `And ${sorted.length - shown.length} more: open My actions in the app.`,
    firstUrl: requireUrl(shown[0].actionUrl)
  };
}

const ROW_LIMITS = [60, 30, 10, 3];

/**
 * The "update due" reminder card for one action owner.
 * @throws RangeError when there are no actions or a link is not an absolute http(s) URL
 */
export function renderReminderCard(data: ReminderCardData): AdaptiveCardJson {
  return fitToBudget(ROW_LIMITS, (rows) => expandTemplate(REMINDER_CARD_TEMPLATE, reminderCardModel(data, rows)));
}
