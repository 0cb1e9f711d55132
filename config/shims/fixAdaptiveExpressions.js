'use strict';
/**
 * adaptive-expressions 4.23's prebundled browser build (lib/browser.js, used by
 * adaptivecards-templating in every browser bundle) hands antlr4ts the ES module namespace of its
 * bundled `assert` where antlr4ts calls `assert(...)` as a function, so expanding any card template
 * in a browser throws "… is not a function". This rewrites those 13 call sites to the namespace's
 * default export, the assert function itself. Used as a webpack loader (SPFx) and by the esbuild
 * plugin of the local host.
 */
const BROKEN = /\(Qr\(\),zr\(Kr\)\)/g;
const FIXED = '(Qr(),zr(Kr)).default';

function fixAdaptiveExpressions(source) {
  return source.replace(BROKEN, FIXED);
}

module.exports = function loader(source) {
  return fixAdaptiveExpressions(source);
};
module.exports.fixAdaptiveExpressions = fixAdaptiveExpressions;
module.exports.TARGET = /adaptive-expressions[\\/]lib[\\/]browser\.js$/;
