/** `lists/.../fields`: createfieldasxml, verbose add, AddField, getByInternalNameOrTitle, MERGE. */
import type { Ctx } from '../context';
import { errors } from '../errors';
import { collectionValue, decorate, jsonResponse, many, noContent, projectGeneric, single } from '../format';
import { baseType, fieldFromProperties, fieldODataType, isDateOnly, parseSchemaXml, uniqueInternalName, withSchemaAttrs, type FieldDef } from '../model/fields';
import { runGenericQuery } from '../odata/query';
import { PermissionKind } from '../permissions';
import type { ListRecord } from '../store/sqliteStore';
import type { EmuResponse } from '../types';
import { argString, checkBodyMetadata, effectiveMethod, parseJsonBody, requirePermission, type Segment } from './common';

/** Field properties a MERGE may change (SP.Field and subtypes). */
const UPDATABLE: Record<string, keyof FieldDef | null> = {
  Indexed: 'Indexed',
  Title: 'Title',
  Required: 'Required',
  Hidden: 'Hidden',
  Description: 'Description',
  Group: 'Group',
  DefaultValue: 'DefaultValue',
  Choices: 'Choices',
  EnforceUniqueValues: null,
  ValidationFormula: null,
  ValidationMessage: null,
  MaxLength: null,
  FillInChoice: null,
  EditFormat: null,
  DisplayFormat: null,
  SelectionMode: 'SelectionMode',
  AllowMultipleValues: null,
  RichText: null,
  NumberOfLines: null,
  MinimumValue: null,
  MaximumValue: null,
  ShowAsPercentage: null
};

export function fieldEntity(ctx: Ctx, list: ListRecord, f: FieldDef): Record<string, unknown> {
  const props: Record<string, unknown> = {
    CanBeDeleted: !f.BuiltIn,
    DefaultValue: f.DefaultValue ?? null,
    Description: f.Description ?? '',
    EnforceUniqueValues: false,
    EntityPropertyName: f.InternalName.startsWith('_') ? `OData_${f.InternalName}` : f.InternalName,
    FieldTypeKind: f.FieldTypeKind,
    Group: f.Group ?? (f.BuiltIn ? '_Hidden' : 'Custom Columns'),
    Hidden: f.Hidden,
    Id: f.Id,
    Indexed: f.Indexed,
    InternalName: f.InternalName,
    ReadOnlyField: f.ReadOnlyField,
    Required: f.Required,
    SchemaXml: f.SchemaXml,
    Sealed: f.BuiltIn,
    StaticName: f.StaticName,
    Title: f.Title,
    TypeAsString: f.TypeAsString,
    ...(baseType(f) === 'DateTime' ? { DisplayFormat: isDateOnly(f) ? 0 : 1 } : {}),
    ...(f.Extra ?? {})
  };
  if (f.Choices) props.Choices = collectionValue(ctx.mode, 'Edm.String', f.Choices);
  if (f.LookupList !== undefined) {
    props.LookupList = f.LookupList === 'UserInfo' ? 'UserInfo' : `{${f.LookupList}}`;
    props.LookupField = f.LookupField;
    props.AllowMultipleValues = f.AllowMultipleValues === true;
  }
  if (f.SelectionMode !== undefined) props.SelectionMode = f.SelectionMode;
  const path = `Web/Lists(guid'${list.Id}')/Fields(guid'${f.Id}')`;
  return decorate(ctx.mode, { type: fieldODataType(f), id: `${ctx.siteUrl}/_api/${path}`, editLink: path }, props);
}

function findFieldBy(list: ListRecord, name: string, byTitle: boolean): FieldDef | undefined {
  return (
    list.Fields.find((f) => f.InternalName === name) ??
    (byTitle ? list.Fields.find((f) => f.Title === name) : undefined) ??
    list.Fields.find((f) => f.InternalName.toLowerCase() === name.toLowerCase() || (byTitle && f.Title.toLowerCase() === name.toLowerCase()))
  );
}

function addField(ctx: Ctx, list: ListRecord, field: FieldDef, status: number): EmuResponse {
  requirePermission(ctx, PermissionKind.ManageLists, list);
  if (field.LookupList && field.LookupList !== 'UserInfo') {
    // List="{guid}" or a list title / "Lists/Name" url.
    const target = ctx.store.listById(field.LookupList) ?? ctx.store.listByTitle(field.LookupList.replace(/^Lists\//i, ''));
    if (!target) throw errors.badRequest(`The lookup list '${field.LookupList}' does not exist.`);
    field.LookupList = target.Id;
  }
  // SharePoint suffixes a clashing internal name rather than failing (Title0, Publish_x0020_Date0...).
  const taken = (name: string): boolean => list.Fields.some((f) => f.InternalName.toLowerCase() === name.toLowerCase());
  const base = field.InternalName;
  field.InternalName = uniqueInternalName(base, taken);
  if (field.StaticName === base) field.StaticName = field.InternalName;
  if (list.Fields.some((f) => f.Id === field.Id)) throw errors.badRequest(`A duplicate field name "${field.Id}" was found.`);
  field.SchemaXml = withSchemaAttrs(field.SchemaXml, { ID: `{${field.Id}}`, Name: field.InternalName, StaticName: field.StaticName });
  list.Fields.push(field);
  ctx.store.saveList(list);
  return jsonResponse(ctx, status, single(ctx, 'SP.ApiData.Fields/@Element', fieldEntity(ctx, list, field)));
}

/** The `parameters` of `createfieldasxml` (SP.XmlSchemaFieldCreationInformation: SchemaXml, Options). */
function creationInformation(ctx: Ctx): { SchemaXml: string; Options: number } {
  const type = 'SP.XmlSchemaFieldCreationInformation';
  const params = (parseJsonBody(ctx).parameters ?? {}) as Record<string, unknown>;
  checkBodyMetadata(ctx, params, type, false);
  for (const k of Object.keys(params)) if (k !== '__metadata' && k !== 'SchemaXml' && k !== 'Options') throw errors.unknownProperty(k, type);
  if (typeof params.SchemaXml !== 'string') throw errors.badRequest('The parameter SchemaXml is missing.');
  // Options is the SP.AddFieldOptions flags value; absent means 0 (DefaultValue).
  const raw = params.Options ?? 0;
  const options = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
  if (typeof options !== 'number' || !Number.isInteger(options)) throw errors.badValue('Edm.Int32');
  return { SchemaXml: params.SchemaXml, Options: options };
}

export function handleFields(ctx: Ctx, list: ListRecord, head: Segment, rest: Segment[]): EmuResponse {
  const method = effectiveMethod(ctx);
  let field: FieldDef | undefined;
  let name = '';
  if (head.arg !== undefined) {
    name = argString(ctx, head.arg);
    field = list.Fields.find((f) => f.Id.toLowerCase() === name.replace(/[{}]/g, '').toLowerCase());
  } else if (rest.length === 0) {
    if (method === 'GET') {
      const all = list.Fields.map((f) => fieldEntity(ctx, list, f));
      const sel = ctx.req.url.searchParams.get('$select')?.split(',').map((s) => s.trim());
      const rows = runGenericQuery(all, ctx.req.url.searchParams).map((e) => projectGeneric(e, sel));
      return jsonResponse(ctx, 200, many(ctx, 'SP.ApiData.Fields', rows));
    }
    if (method === 'POST') {
      // fields.add*(): verbose body with __metadata.type = SP.FieldX.
      const body = parseJsonBody(ctx);
      const f = fieldFromProperties(body);
      checkBodyMetadata(ctx, body, fieldODataType(f), true);
      return addField(ctx, list, f, 201);
    }
    throw errors.methodNotAllowed(ctx.req.method, 'SP.FieldCollection');
  } else {
    const [op] = rest;
    switch (op.lname) {
      case 'createfieldasxml': {
        const params = creationInformation(ctx);
        return addField(ctx, list, parseSchemaXml(params.SchemaXml, params.Options), 200);
      }
      case 'addfield': {
        const body = parseJsonBody(ctx);
        return addField(ctx, list, fieldFromProperties((body.parameters ?? {}) as Record<string, unknown>), 200);
      }
      case 'getbyinternalnameortitle':
      case 'getbytitle':
        name = argString(ctx, op.arg);
        field = findFieldBy(list, name, true);
        if (op.lname === 'getbytitle') field = list.Fields.find((f) => f.Title.toLowerCase() === name.toLowerCase());
        break;
      case 'getbyid':
        name = argString(ctx, op.arg);
        field = list.Fields.find((f) => f.Id.toLowerCase() === name.replace(/[{}]/g, '').toLowerCase());
        break;
      default:
        throw errors.notFoundSegment(op.name);
    }
    rest = rest.slice(1);
  }
  if (!field) throw errors.fieldNotFound(name);
  if (rest.length) throw errors.notFoundSegment(rest[0].name);
  if (method === 'GET') {
    const sel = ctx.req.url.searchParams.get('$select')?.split(',').map((s) => s.trim());
    return jsonResponse(ctx, 200, single(ctx, 'SP.ApiData.Fields/@Element', projectGeneric(fieldEntity(ctx, list, field), sel)));
  }
  requirePermission(ctx, PermissionKind.ManageLists, list);
  if (method === 'MERGE' || method === 'PUT') {
    const body = parseJsonBody(ctx);
    checkBodyMetadata(ctx, body, fieldODataType(field), false);
    for (const [k, v] of Object.entries(body)) {
      if (k === '__metadata') continue;
      if (!(k in UPDATABLE)) throw errors.unknownProperty(k, fieldODataType(field));
      const target = UPDATABLE[k];
      if (k === 'Choices') field.Choices = Array.isArray(v) ? (v as string[]) : ((v as { results?: string[] })?.results ?? []);
      else if (target) (field as unknown as Record<string, unknown>)[target] = v;
      else field.Extra = { ...(field.Extra ?? {}), [k]: v };
    }
    ctx.store.saveList(list);
    return noContent();
  }
  if (method === 'DELETE') {
    if (field.BuiltIn) throw errors.badRequest('You cannot delete a hidden column.');
    list.Fields = list.Fields.filter((f) => f !== field);
    ctx.store.saveList(list);
    return { status: 200, headers: { 'Content-Length': '0' }, body: '' };
  }
  throw errors.methodNotAllowed(ctx.req.method, 'SP.Field');
}
