/**
 * SharePoint Online's limits on what a request may carry, enforced with its own answers:
 * - a request body of at most 1,048,576 bytes (the message-size quota of SharePoint's OData
 *   reader: "The maximum number of bytes allowed to be read from the stream has been exceeded");
 *   SharePoint has also been seen to take batches up to 2 MB, and the emulator keeps to the
 *   smaller figure, so it is never kinder than SharePoint;
 * - at most 100 operations in one `$batch`;
 * - a single line of text of at most 255 characters (or the column's smaller `MaxLength`).
 */
import { errors } from './errors';
import type { FieldDef } from './model/fields';

/** Most bytes of one request body SharePoint's OData reader takes. */
export const REQUEST_BODY_MAX_BYTES = 1_048_576;

/** Most operations in one `$batch`. */
export const BATCH_MAX_OPERATIONS = 100;

/** Most characters of a single line of text. */
export const TEXT_MAX_LENGTH = 255;

/** @throws SpError SharePoint's 400 when the body is over {@link REQUEST_BODY_MAX_BYTES}. */
export function refuseLargeBody(body: string): void {
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > REQUEST_BODY_MAX_BYTES) throw errors.bodyTooLarge(bytes, REQUEST_BODY_MAX_BYTES);
}

/** @throws SpError SharePoint's 400 when a batch holds more than {@link BATCH_MAX_OPERATIONS} operations. */
export function refuseLargeBatch(operations: number): void {
  if (operations > BATCH_MAX_OPERATIONS) throw errors.batchTooLarge(BATCH_MAX_OPERATIONS);
}

/** The most characters a Text column holds: its `MaxLength` when set lower, else 255. */
export function textMaxLength(field: FieldDef): number {
  const declared = /\bMaxLength="(\d+)"/i.exec(field.SchemaXml)?.[1] ?? (field.Extra?.MaxLength as number | string | undefined);
  const n = declared === undefined ? NaN : Number(declared);
  return Number.isInteger(n) && n > 0 && n < TEXT_MAX_LENGTH ? n : TEXT_MAX_LENGTH;
}

/** @throws SpError when `value` is longer than the Text column `field` holds. */
export function refuseLongText(field: FieldDef, value: string): void {
  const max = textMaxLength(field);
  if (value.length > max) throw errors.textTooLong(field.Title, max);
}
