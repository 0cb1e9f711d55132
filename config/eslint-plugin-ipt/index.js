'use strict';
/** The project's own ESLint rules, installed from this folder as a `file:` dev dependency. */
module.exports = {
  rules: {
    'layer-imports': require('./layerImports')
  }
};
