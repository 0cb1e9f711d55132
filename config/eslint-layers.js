'use strict';
// Used by `npm run lint:layers`: only the layer rule, over src/, tools/, tests/ and bench/.
module.exports = require('./eslint-boundaries').layersOnlyConfig;
