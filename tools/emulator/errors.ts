/**
 * SharePoint-shaped errors. Apps parse `odata.error.message.value`, so the
 * bodies below reproduce the catalogue verbatim; verbose mode uses `{"error":{...}}`.
 */
import type { ODataMode } from './types';

export class SpError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly extraHeaders: Record<string, string> = {}
  ) {
    super(message);
  }
}

export function errorBody(err: SpError, mode: ODataMode): string {
  const inner = { code: err.code, message: { lang: 'en-US', value: err.message } };
  return JSON.stringify(mode === 'verbose' ? { error: inner } : { 'odata.error': inner });
}

const quoteEtag = (v: number): string => `"${v}"`;

export const errors = {
  /** 404 list. */
  listNotFound: (title: string, siteUrl: string) =>
    new SpError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${siteUrl}'.`),
  /** 404 item. */
  itemNotFound: () =>
    new SpError(404, '-2130575338, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.'),
  /** 412 with the request and object ETag values. */
  etagMismatch: (requested: string, current: number) =>
    new SpError(
      412,
      '-1, Microsoft.SharePoint.Client.ClientServiceException',
      `The request ETag value '${requested}' does not match the object's ETag value '${quoteEtag(current)}'.`
    ),
  /** 403 for a user lacking the permission. */
  accessDenied: () =>
    new SpError(
      403,
      '-2147024891, System.UnauthorizedAccessException',
      'Access denied. You do not have permission to perform this action or access this resource.'
    ),
  /** missing/invalid digest (text commonly seen; SharePoint Online's exact body is not documented). */
  invalidDigest: () =>
    new SpError(
      403,
      '-2130575251, Microsoft.SharePoint.SPException',
      "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."
    ),
  /** list view threshold. */
  threshold: () =>
    new SpError(
      500,
      '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The attempted operation is prohibited because it exceeds the list view threshold.'
    ),
  /** unknown property in a write body. */
  unknownProperty: (prop: string, type: string) =>
    new SpError(
      400,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `The property '${prop}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`
    ),
  /** unknown column in $select/$filter/$orderby (the code is not documented). */
  unknownColumn: (name: string) =>
    new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `Column '${name}' does not exist. It may have been deleted by another user.`),
  /** Projected lookup field used without `$expand` of its lookup. */
  projectionWithoutExpand: (path: string, lookup: string) =>
    new SpError(
      400,
      '-1, Microsoft.SharePoint.SPException',
      `The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${lookup}.`
    ),
  invalidExpression: (expr: string) =>
    new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The expression "${expr}" is not valid.`),
  badRequest: (message: string) => new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message),
  /** Value of the wrong JSON type for a field (OData reader message). */
  badValue: (edmType: string) =>
    new SpError(
      400,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`
    ),
  typeNotResolved: (type: string) =>
    new SpError(
      400,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `A type named '${type}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`
    ),
  fieldNotFound: (name: string) =>
    new SpError(404, '-2147024809, System.ArgumentException', `Column '${name}' does not exist. It may have been deleted by another user.`),
  duplicateList: () =>
    new SpError(
      500,
      '-2130575342, Microsoft.SharePoint.SPException',
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'
    ),
  userNotFound: (login: string) =>
    new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${login} could not be found.`),
  lookupValueInvalid: () =>
    new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'Invalid data has been used to update the list item. The field you are trying to update may be read only.'),
  notFoundSegment: (segment: string) =>
    new SpError(
      404,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `Cannot find resource for the request ${segment}.`
    ),
  methodNotAllowed: (method: string, resource: string) =>
    new SpError(
      405,
      '-1, Microsoft.SharePoint.Client.ClientServiceException',
      `The HTTP method '${method}' cannot be used to access the resource '${resource}'. The operation type of the resource is specified as 'Default'. Please use correct HTTP method to invoke the resource.`
    ),
  /**
   * A list or web title over 255 characters (the documented maximum of SP.List.Title and
   * SP.Web.Title). Status and code are SharePoint's answer to an out-of-range argument; the exact
   * text SharePoint Online gives for this case is UNCONFIRMED.
   */
  titleTooLong: () => new SpError(400, '-2147024809, System.ArgumentException', 'Value does not fall within the expected range.'),
  /** SharePoint's generic answer to an unknown principal or role definition id. */
  argumentOutOfRange: () => new SpError(400, '-2147024809, System.ArgumentException', 'Value does not fall within the expected range.'),
  /** `sitegroups/getbyname('X')` etc. for a group that does not exist. */
  groupNotFound: () => new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.'),
  /** Creating or renaming a group to a title already used by a group or user (code UNCONFIRMED). */
  principalNameInUse: () =>
    new SpError(500, '-2130575293, Microsoft.SharePoint.SPException', 'The specified name is already in use.'),
  /** Adding/removing a role assignment on a list that still inherits from the web. */
  inheritsPermissions: () =>
    new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', 'This operation is not allowed on an object that inherits permissions.'),
  /** Breaking or resetting inheritance on the root web (text from the SP.SecurableObject contract). */
  rootWebInheritance: () =>
    new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', 'This securable object is a site and it is the top level site.'),
  /**
   * Adding or renaming a permission level to a name already used. Status and code follow the
   * RoleDefinitionCollection.Add contract (SPException -2130575293); the text is UNCONFIRMED.
   */
  duplicateRoleDefinition: (name: string) =>
    new SpError(500, '-2130575293, Microsoft.SharePoint.SPException', `The permission level name "${name}" already exists. Choose a different name.`),
  /** Empty permission level name (SPRoleDefinition.Update contract code; text UNCONFIRMED). */
  invalidRoleDefinitionName: () =>
    new SpError(500, '-2130575281, Microsoft.SharePoint.SPException', 'The permission level name is empty or contains characters that are not allowed.'),
  /** Deleting a built-in permission level or editing Full Control (the emulator's rule; text UNCONFIRMED). */
  builtInRoleDefinition: (name: string) =>
    new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', `The permission level "${name}" is built in and cannot be changed or deleted.`),
  /**
   * A request body over the OData reader's quota. Code and text as SharePoint Online answers
   * them; the byte count is the body's size (SharePoint reports how far it had read, in chunks).
   */
  bodyTooLarge: (bytes: number, max: number) =>
    new SpError(
      400,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `The maximum number of bytes allowed to be read from the stream has been exceeded. After the last read operation, a total of ${bytes} bytes has been read from the stream; however a maximum of ${max} bytes is allowed.`
    ),
  /**
   * A `$batch` of more operations than SharePoint takes. The text is the OData library's own
   * (Microsoft.Data.OData, which SharePoint's REST service is built on); the code is UNCONFIRMED.
   */
  batchTooLarge: (max: number) =>
    new SpError(
      400,
      '-1, Microsoft.Data.OData.ODataException',
      `The current batch message contains too many parts. Only batch messages with a maximum number of '${max}' query operations and change sets are allowed.`
    ),
  /**
   * A value longer than a single line of text holds. Status and code are SharePoint's answer to an
   * invalid field value; the exact text SharePoint Online gives is UNCONFIRMED.
   */
  textTooLong: (fieldTitle: string, max: number) =>
    new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `The value of the field "${fieldTitle}" is longer than ${max} characters, the most a single line of text holds.`),
  versionNotFound: () =>
    new SpError(404, '-2147024809, System.ArgumentException', 'Version does not exist. It may have been deleted by another user.')
};
