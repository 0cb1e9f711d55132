/**
 * Field definitions: the built-in columns of a generic list, the FieldTypeKind table, a minimal
 * SchemaXml reader for `fields/createfieldasxml` and the internal names SharePoint gives new
 * columns.
 */
import { randomUUID } from 'node:crypto';
import { errors } from '../errors';

export interface FieldDef {
  Id: string;
  InternalName: string;
  StaticName: string;
  Title: string;
  TypeAsString: string;
  FieldTypeKind: number;
  Required: boolean;
  Indexed: boolean;
  Hidden: boolean;
  ReadOnlyField: boolean;
  /** True for columns every list has (ID, Created, Author...). */
  BuiltIn: boolean;
  Choices?: string[];
  /** Lookup target: list GUID (braces stripped) or "UserInfo" for people columns. */
  LookupList?: string;
  LookupField?: string;
  AllowMultipleValues?: boolean;
  SelectionMode?: number;
  DefaultValue?: string | null;
  Description?: string;
  Group?: string;
  SchemaXml: string;
  /** Extra properties set through field MERGE or verbose add (kept and echoed). */
  Extra?: Record<string, unknown>;
  /** A DateTime column with `Format="DateOnly"` (DisplayFormat 0): kept as midnight in the site's zone. */
  DateOnly?: boolean;
}

/** SP.DateTimeFieldFormatType: 0 DateOnly, 1 DateTime. */
export const DATE_ONLY_FORMAT = 0;

/** True for a date-only DateTime column, as created or as later changed by a field MERGE of DisplayFormat. */
export function isDateOnly(f: FieldDef): boolean {
  if (baseType(f) !== 'DateTime') return false;
  const merged = f.Extra?.DisplayFormat;
  return merged !== undefined ? Number(merged) === DATE_ONLY_FORMAT : f.DateOnly === true;
}

/** TypeAsString → FieldTypeKind (SP.FieldType) and the odata type of the field entity. */
const TYPES: Record<string, { kind: number; odata: string }> = {
  Integer: { kind: 1, odata: 'SP.FieldNumber' },
  Text: { kind: 2, odata: 'SP.FieldText' },
  Note: { kind: 3, odata: 'SP.FieldMultiLineText' },
  DateTime: { kind: 4, odata: 'SP.FieldDateTime' },
  Counter: { kind: 5, odata: 'SP.Field' },
  Choice: { kind: 6, odata: 'SP.FieldChoice' },
  Lookup: { kind: 7, odata: 'SP.FieldLookup' },
  LookupMulti: { kind: 7, odata: 'SP.FieldLookup' },
  Boolean: { kind: 8, odata: 'SP.Field' },
  Number: { kind: 9, odata: 'SP.FieldNumber' },
  Currency: { kind: 10, odata: 'SP.FieldCurrency' },
  URL: { kind: 11, odata: 'SP.FieldUrl' },
  Computed: { kind: 12, odata: 'SP.FieldComputed' },
  Guid: { kind: 14, odata: 'SP.FieldGuid' },
  MultiChoice: { kind: 15, odata: 'SP.FieldMultiChoice' },
  Attachments: { kind: 19, odata: 'SP.Field' },
  User: { kind: 20, odata: 'SP.FieldUser' },
  UserMulti: { kind: 20, odata: 'SP.FieldUser' },
  ContentTypeId: { kind: 25, odata: 'SP.Field' }
};

const KIND_TO_TYPE: Record<number, string> = {
  1: 'Integer', 2: 'Text', 3: 'Note', 4: 'DateTime', 6: 'Choice', 7: 'Lookup', 8: 'Boolean',
  9: 'Number', 10: 'Currency', 11: 'URL', 15: 'MultiChoice', 20: 'User'
};

export function fieldODataType(f: FieldDef): string {
  return TYPES[f.TypeAsString]?.odata ?? 'SP.Field';
}

/** Base kind used for value handling: Lookup/User families, Multi collapsed. */
export function baseType(f: FieldDef): string {
  if (f.TypeAsString === 'LookupMulti') return 'Lookup';
  if (f.TypeAsString === 'UserMulti') return 'User';
  return f.TypeAsString;
}

export function isMulti(f: FieldDef): boolean {
  return f.TypeAsString === 'LookupMulti' || f.TypeAsString === 'UserMulti' || f.AllowMultipleValues === true;
}

export function isLookupLike(f: FieldDef): boolean {
  const t = baseType(f);
  return t === 'Lookup' || t === 'User';
}

/**
 * Ids of the built-in columns: SharePoint gives them the same id on every list (SPBuiltInFieldId),
 * so code may address Title as `fields.getById('fa564e0f-…')` on any site.
 */
const BUILT_IN_IDS: Record<string, string> = {
  ID: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1',
  Title: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
  ContentTypeId: '03e45e84-1992-4d42-9116-26f756012634',
  Modified: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
  Created: '8c06beca-0777-48f7-91c7-6da68bc07b69',
  Author: '1df5e554-ec7e-46a6-901d-d85a3881cb18',
  Editor: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2',
  _UIVersionString: 'dce8262a-3ae9-45aa-aab4-83bd75fb738a',
  Attachments: '67df98f4-9dec-48ff-a553-29bece9c5bf4',
  GUID: 'ae069f25-3ac2-4256-b9c3-15dbc15da0e0'
};

/** Gives the built-in columns of a list stored before they had fixed ids their SharePoint ids. */
export function fixBuiltInIds(fields: FieldDef[]): void {
  for (const f of fields) if (f.BuiltIn && BUILT_IN_IDS[f.InternalName]) f.Id = BUILT_IN_IDS[f.InternalName];
}

function builtIn(name: string, type: string, title: string, extra: Partial<FieldDef> = {}): FieldDef {
  const id = BUILT_IN_IDS[name];
  return {
    Id: id,
    InternalName: name,
    StaticName: name,
    Title: title,
    TypeAsString: type,
    FieldTypeKind: TYPES[type].kind,
    Required: false,
    Indexed: false,
    Hidden: false,
    ReadOnlyField: true,
    BuiltIn: true,
    SchemaXml: `<Field ID="{${id}}" Type="${type}" Name="${name}" StaticName="${name}" DisplayName="${title}" />`,
    ...extra
  };
}

/** Columns of a new generic (BaseTemplate 100) list. */
export function builtInFields(): FieldDef[] {
  return [
    builtIn('ID', 'Counter', 'ID'),
    builtIn('Title', 'Text', 'Title', { ReadOnlyField: false, Required: true }),
    builtIn('ContentTypeId', 'ContentTypeId', 'Content Type ID', { Hidden: true }),
    builtIn('Modified', 'DateTime', 'Modified'),
    builtIn('Created', 'DateTime', 'Created'),
    builtIn('Author', 'User', 'Created By', { LookupList: 'UserInfo', LookupField: 'Title' }),
    builtIn('Editor', 'User', 'Modified By', { LookupList: 'UserInfo', LookupField: 'Title' }),
    builtIn('_UIVersionString', 'Text', 'Version'),
    builtIn('Attachments', 'Attachments', 'Attachments'),
    builtIn('GUID', 'Guid', 'GUID', { Hidden: true })
  ];
}

/** A list column's internal name is at most 32 characters; longer ones are cut. */
export const MAX_INTERNAL_NAME = 32;

/** SP.AddFieldOptions.AddFieldInternalNameHint: keep the schema's Name as the internal name. */
export const ADD_FIELD_INTERNAL_NAME_HINT = 8;

/**
 * The internal name SharePoint derives from a display name: ASCII letters, digits and `_` are
 * kept, any other UTF-16 unit becomes `_xHHHH_` (lower-case hex, so a space is `_x0020_`), a
 * leading digit is encoded too (`1st` → `_x0031_st`), and the result is cut to 32 characters,
 * even inside an escape (`In Prior Forecast?` → `In_x0020_Prior_x0020_Forecast_x0`).
 */
export function internalNameFromTitle(title: string): string {
  let out = '';
  for (let i = 0; i < title.length && out.length < MAX_INTERNAL_NAME; i++) {
    const ch = title[i];
    const keep = /[A-Za-z_]/.test(ch) || (i > 0 && /[0-9]/.test(ch));
    out += keep ? ch : `_x${title.charCodeAt(i).toString(16).padStart(4, '0')}_`;
  }
  return out.slice(0, MAX_INTERNAL_NAME);
}

/**
 * Makes a new column's internal name unique in its list the way SharePoint does, by appending 0,
 * 1, 2…; the emulator cuts the base so the result stays within 32 characters.
 */
export function uniqueInternalName(base: string, taken: (name: string) => boolean): string {
  if (!taken(base)) return base;
  for (let i = 0; ; i++) {
    const suffix = String(i);
    const candidate = `${base.slice(0, MAX_INTERNAL_NAME - suffix.length)}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
}

/** Sets attributes on the opening `<Field>` tag, so SchemaXml reports the names the column got. */
export function withSchemaAttrs(xml: string, values: Record<string, string>): string {
  const esc = (v: string): string => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return xml.replace(/<Field\b([^>]*?)(\/?)>/i, (_m, body: string, close: string) => {
    let b = body;
    for (const [k, v] of Object.entries(values)) {
      const re = new RegExp(`\\s${k}\\s*=\\s*("[^"]*"|'[^']*')`);
      b = re.test(b) ? b.replace(re, ` ${k}="${esc(v)}"`) : `${b} ${k}="${esc(v)}"`;
    }
    return `<Field${b}${close}>`;
  });
}

function xmlUnescape(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCharCode(Number(d)))
    .replace(/&amp;/g, '&');
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([A-Za-z_:][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag)) !== null) out[m[1]] = xmlUnescape(m[3] ?? m[4] ?? '');
  return out;
}

const truthy = (v: string | undefined): boolean => /^(true|1)$/i.test(v ?? '');

/**
 * Parses `<Field .../>` as sent by provisioning code. With the AddFieldInternalNameHint bit in
 * `options` the schema's Name (else StaticName) becomes the internal name; without it SharePoint
 * Online derives the internal name from DisplayName and ignores Name.
 */
export function parseSchemaXml(xml: string, options = 0): FieldDef {
  const open = /<Field\b([^>]*?)\/?>/i.exec(xml);
  if (!open) throw errors.badRequest('The SchemaXml is not a valid field definition.');
  const a = attrs(open[1]);
  const type = a.Type;
  if (!type || !TYPES[type]) throw errors.badRequest(`Field type ${type ?? ''} is not installed properly. Go to the list settings page to delete this field.`);
  const hint = (options & ADD_FIELD_INTERNAL_NAME_HINT) !== 0;
  const given = hint ? a.Name || a.StaticName : undefined;
  const name = (given || internalNameFromTitle(a.DisplayName || a.Name || a.StaticName || '')).slice(0, MAX_INTERNAL_NAME);
  if (!name) throw errors.badRequest('The SchemaXml is missing the Name attribute.');
  const choices = [...xml.matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/gi)].map((m) => xmlUnescape(m[1]));
  const def = /<Default>([\s\S]*?)<\/Default>/i.exec(xml);
  const mult = truthy(a.Mult);
  let typeAsString = type;
  if (type === 'User' && mult) typeAsString = 'UserMulti';
  if (type === 'Lookup' && mult) typeAsString = 'LookupMulti';
  const field: FieldDef = {
    Id: (a.ID ?? '').replace(/[{}]/g, '') || randomUUID(),
    InternalName: name,
    StaticName: hint && a.StaticName ? a.StaticName : name,
    Title: a.DisplayName || a.Name || name,
    TypeAsString: typeAsString,
    FieldTypeKind: TYPES[typeAsString].kind,
    Required: truthy(a.Required),
    Indexed: truthy(a.Indexed),
    Hidden: truthy(a.Hidden),
    ReadOnlyField: truthy(a.ReadOnly),
    BuiltIn: false,
    DefaultValue: def ? xmlUnescape(def[1]) : null,
    Description: a.Description ?? '',
    Group: a.Group ?? 'Custom Columns',
    SchemaXml: xml
  };
  if (choices.length) field.Choices = choices;
  if (type === 'DateTime') field.DateOnly = /^DateOnly$/i.test(a.Format ?? '');
  if (type === 'User') {
    field.LookupList = 'UserInfo';
    field.LookupField = a.ShowField || 'ImnName';
    field.SelectionMode = /PeopleAndGroups/i.test(a.UserSelectionMode ?? '') ? 1 : 0;
    field.AllowMultipleValues = mult;
  }
  if (type === 'Lookup') {
    field.LookupList = (a.List ?? '').replace(/[{}]/g, '');
    field.LookupField = a.ShowField || 'Title';
    field.AllowMultipleValues = mult;
  }
  return field;
}

/** Field from the verbose `fields` POST (`fields.add*`) or `fields/AddField` parameters. */
export function fieldFromProperties(p: Record<string, unknown>): FieldDef {
  const kind = Number(p.FieldTypeKind);
  let type = KIND_TO_TYPE[kind];
  if (!type) throw errors.badRequest(`Field type ${String(p.FieldTypeKind)} is not supported.`);
  const title = String(p.Title ?? '');
  const name = internalNameFromTitle(title);
  const mult = p.AllowMultipleValues === true;
  if (type === 'User' && mult) type = 'UserMulti';
  if (type === 'Lookup' && mult) type = 'LookupMulti';
  const choicesRaw = p.Choices as { results?: string[] } | string[] | undefined;
  const choices = Array.isArray(choicesRaw) ? choicesRaw : choicesRaw?.results;
  const f: FieldDef = {
    Id: randomUUID(),
    InternalName: name,
    StaticName: name,
    Title: title,
    TypeAsString: type,
    FieldTypeKind: kind,
    Required: p.Required === true,
    Indexed: p.Indexed === true,
    Hidden: false,
    ReadOnlyField: false,
    BuiltIn: false,
    DefaultValue: (p.DefaultValue as string | undefined) ?? null,
    Description: (p.Description as string | undefined) ?? '',
    Group: (p.Group as string | undefined) ?? 'Custom Columns',
    SchemaXml: `<Field Type="${type}" DisplayName="${title}" Name="${name}" StaticName="${name}" />`
  };
  if (choices) f.Choices = choices;
  if (kind === 4) f.DateOnly = Number(p.DisplayFormat ?? 1) === DATE_ONLY_FORMAT;
  if (kind === 20) {
    f.LookupList = 'UserInfo';
    f.LookupField = 'ImnName';
    f.SelectionMode = Number(p.SelectionMode ?? 0);
    f.AllowMultipleValues = mult;
  }
  if (kind === 7) {
    f.LookupList = String(p.LookupListId ?? '').replace(/[{}]/g, '');
    f.LookupField = String(p.LookupFieldName ?? 'Title');
    f.AllowMultipleValues = mult;
  }
  return f;
}

/** OData property name of a column: a leading underscore becomes `OData_` (e.g. OData__UIVersionString). */
export function odataName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}
