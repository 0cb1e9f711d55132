import type { FieldDefinition } from './fieldTypes';

/** Escapes text for an XML attribute value (display names and descriptions are free text). */
export function xmlAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;');
}

/**
 * Builds the `<Field …/>` SchemaXml that `fields.createFieldAsXml` sends. Name and StaticName are
 * the internal name, so SharePoint keeps it as written (unlike `fields.add*`, which derives the
 * internal name from the display name and encodes spaces as _x0020_).
 * @param field the column definition
 * @param lookupListId the GUID of the looked-up list, required for Lookup columns
 */
export function fieldSchemaXml(field: FieldDefinition, lookupListId?: string): string {
  const attrs: Array<[string, string]> = [
    ['Type', field.type],
    ['Name', field.internalName],
    ['StaticName', field.internalName],
    ['DisplayName', field.displayName],
    ['Required', field.required ? 'TRUE' : 'FALSE']
  ];
  if (field.indexed) attrs.push(['Indexed', 'TRUE']);
  if (field.hidden) attrs.push(['Hidden', 'TRUE']);
  if (field.description) attrs.push(['Description', field.description]);
  if (field.type === 'DateTime') attrs.push(['Format', field.dateOnly ? 'DateOnly' : 'DateTime']);
  if (field.type === 'Note') attrs.push(['NumLines', '6'], ['RichText', 'FALSE'], ['UnlimitedLengthInDocumentLibrary', 'TRUE']);
  if (field.type === 'User') attrs.push(['UserSelectionMode', 'PeopleOnly'], ['UserSelectionScope', '0'], ['ShowField', 'ImnName']);
  // A multi-person column cannot be indexed in SharePoint; the definitions never ask for both.
  if (field.type === 'User' && field.multiple) attrs.push(['Mult', 'TRUE']);
  if (field.type === 'URL') attrs.push(['Format', 'Hyperlink']);
  if (field.type === 'Lookup') {
    if (!lookupListId) throw new Error(`Column ${field.internalName} looks up ${field.lookupListTitle ?? 'a list'}, whose id is not known yet.`);
    attrs.push(['List', `{${lookupListId}}`], ['ShowField', 'Title']);
  }
  const attrText = attrs.map(([k, v]) => `${k}="${xmlAttr(v)}"`).join(' ');
  if (field.type === 'Choice' && field.choices) {
    const choices = field.choices.map((c) => `<CHOICE>${xmlAttr(c)}</CHOICE>`).join('');
    return `<Field ${attrText} Format="Dropdown"><CHOICES>${choices}</CHOICES></Field>`;
  }
  return `<Field ${attrText}/>`;
}
