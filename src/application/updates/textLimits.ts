/**
 * How much text each field of the update form may hold, and the message when it holds more. The
 * free-text fields go to multiple-lines-of-text columns; the app keeps each under 10,000
 * characters (about four pages), so that a save, with its history entry, stays far inside the
 * size SharePoint reads of one request. A title is one line, and SharePoint keeps at most 255
 * characters in a single line of text.
 */
import type { ActionUpdateInput } from './actionUpdateInput';

/** The most characters in one free-text field of an update. */
export const LONG_TEXT_MAX = 10_000;

/** SharePoint's most characters in a single line of text. */
export const SINGLE_LINE_TEXT_MAX = 255;

/** What each limited field is called in its message, and how much it may hold. */
export const TEXT_LIMITS: ReadonlyArray<{ field: keyof ActionUpdateInput; name: string; max: number }> = [
  { field: 'commentary', name: 'The commentary', max: LONG_TEXT_MAX },
  { field: 'nextSteps', name: 'Next steps', max: LONG_TEXT_MAX },
  { field: 'issuesText', name: 'The issue', max: LONG_TEXT_MAX },
  { field: 'overrideReason', name: 'The reason for the override', max: LONG_TEXT_MAX },
  { field: 'dateChangeRationale', name: 'The reason for the new date', max: LONG_TEXT_MAX },
  { field: 'closureRationale', name: 'The reason for closing', max: LONG_TEXT_MAX },
  { field: 'evidenceTitle', name: 'The evidence title', max: SINGLE_LINE_TEXT_MAX }
];

const number = (n: number): string => n.toLocaleString('en-GB');

/** The message for a field over its limit: how long it is, the most it can hold, and how much to cut. */
export function tooLongMessage(name: string, length: number, max: number): string {
  const over = length - max;
  const kind = max === SINGLE_LINE_TEXT_MAX ? 'it is one line, and SharePoint keeps at most' : 'the most it can hold is';
  return `${name} is ${number(length)} characters long; ${kind} ${number(max)}. Shorten it by ${number(over)} character${over === 1 ? '' : 's'}.`;
}
