/**
 * OData string literals for `$filter` and for the names PnPjs puts between quotes in a path
 * (`getByName('…')`, `getByTitle('…')`): the only place text is quoted for SharePoint, so a quote in
 * a title, a name or a key can never end the literal early and change the query.
 */

/** The text with each single quote doubled, as OData requires inside a string literal. */
export function odataEscape(value: string): string {
  return value.replace(/'/g, "''");
}

/** The text as an OData string literal: `'O''Brien'`. */
export function odataString(value: string): string {
  return `'${odataEscape(value)}'`;
}

/** `<field> eq '<value>'`, the value quoted. */
export function odataEq(field: string, value: string): string {
  return `${field} eq ${odataString(value)}`;
}
