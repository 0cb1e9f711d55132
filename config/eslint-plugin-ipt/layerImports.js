'use strict';
/**
 * `ipt/layer-imports`: every import, `export … from`, dynamic `import()` and `require()` is
 * resolved to the folder it really lands in and judged against the importing folder's allow list
 * (see ./layers.js). String patterns alone miss barrels such as `'../../data'`.
 */
const path = require('path');
const { LAYERS } = require('./layers');

const KEYS = Object.keys(LAYERS).sort((a, b) => b.length - a.length);

/** The repository-relative folder path of a file, with forward slashes. */
function relative(root, file) {
  return path.relative(root, file).split(path.sep).join('/');
}

/** The most specific layer a repository-relative path belongs to, if any. */
function layerOf(rel) {
  return KEYS.find((key) => rel === key || rel.startsWith(`${key}/`));
}

function within(rel, folder) {
  return rel === folder || rel.startsWith(`${folder}/`);
}

function matchesPackage(specifier, pattern) {
  if (pattern.endsWith('/*')) return specifier.startsWith(pattern.slice(0, -1));
  if (pattern.endsWith('*')) return specifier.startsWith(pattern.slice(0, -1));
  return specifier === pattern || specifier.startsWith(`${pattern}/`);
}

/** Why a specifier is refused from a layer, or undefined when it is allowed. */
function refusal(root, file, specifier) {
  const fromRel = relative(root, file);
  const layerKey = layerOf(fromRel);
  if (!layerKey) return undefined;
  const layer = LAYERS[layerKey];
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const target = relative(root, path.resolve(path.dirname(file), specifier));
    if (target.startsWith('..')) return `${specifier} lies outside the repository. ${layer.why}`;
    const refused = (layer.mayNotImport || []).some((folder) => within(target, folder));
    if (!refused && layer.mayImport.some((folder) => within(target, folder))) return undefined;
    // Folders no layer names (for example a file beside src/index.ts) are judged by the src rule.
    if (!layerOf(target)) return undefined;
    return `${specifier} resolves to ${target}, which ${layerKey} may not import. ${layer.why}`;
  }
  const { only, never } = layer.packages;
  if (only && !only.some((p) => matchesPackage(specifier, p))) return `${specifier} is not among the packages ${layerKey} may use. ${layer.why}`;
  if (never && never.some((p) => matchesPackage(specifier, p))) return `${specifier} may not be imported in ${layerKey}. ${layer.why}`;
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder of the project imports only what its layer allows, judged by the real path.' },
    schema: []
  },
  create(context) {
    const root = context.getCwd ? context.getCwd() : process.cwd();
    const file = context.getFilename ? context.getFilename() : context.filename;
    const check = (node, source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const why = refusal(root, file, source.value);
      if (why) context.report({ node, message: why });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      // typescript-eslint 8 names the module `source`; older versions `argument` (a literal type).
      TSImportType: (node) => {
        const source = 'source' in node && node.source ? node.source : node.argument;
        check(node, source && source.literal ? source.literal : source);
      },
      TSExternalModuleReference: (node) => check(node, node.expression),
      CallExpression: (node) => {
        const callee = node.callee;
        const isRequire = callee.type === 'Identifier' && callee.name === 'require';
        const isRequireResolve =
          callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'require' && callee.property.name === 'resolve';
        if ((isRequire || isRequireResolve) && node.arguments.length > 0) check(node, node.arguments[0]);
      }
    };
  },
  refusal
};
