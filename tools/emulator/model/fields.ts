/**
 * Field definitions: the built-in columns of a generic list, the FieldTypeKind table and a
 * minimal SchemaXml reader for `fields/createfieldasxml` (README §2.10).
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

function builtIn(name: string, type: string, title: string, extra: Partial<FieldDef> = {}): FieldDef {
  return {
    Id: randomUUID(),
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
    SchemaXml: `<Field Type="${type}" Name="${name}" StaticName="${name}" DisplayName="${title}" />`,
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
 * Parses `<Field .../>` as sent by provisioning code. Name is respected as the internal name
 * (README §2.10 relies on it being deterministic).
 */
export function parseSchemaXml(xml: string): FieldDef {
  const open = /<Field\b([^>]*?)\/?>/i.exec(xml);
  if (!open) throw errors.badRequest('The SchemaXml is not a valid field definition.');
  const a = attrs(open[1]);
  const type = a.Type;
  if (!type || !TYPES[type]) throw errors.badRequest(`Field type ${type ?? ''} is not installed properly. Go to the list settings page to delete this field.`);
  const name = a.Name || a.StaticName || (a.DisplayName ?? '').replace(/[^A-Za-z0-9_]/g, '');
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
    StaticName: a.StaticName || name,
    Title: a.DisplayName || name,
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
  const name = title.replace(/ /g, '_x0020_').replace(/[^A-Za-z0-9_]/g, '');
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
