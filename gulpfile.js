'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

var getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  var result = getTasks.call(build.rig);

  result.set('serve', result.get('serve-deprecated'));

  return result;
};

// adaptive-expressions' browser build calls a bundled assert namespace as a function; the loader
// in config/shims repairs it so adaptive card templates expand in the browser (see the file).
build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    config.module.rules.push({ test: require('./config/shims/fixAdaptiveExpressions').TARGET, loader: require.resolve('./config/shims/fixAdaptiveExpressions') });
    // IPT_BUNDLE_STATS=1 writes which modules each chunk holds (temp/bundle-modules.json), so the
    // bundle benchmark can say what the initial chunk is made of.
    if (process.env.IPT_BUNDLE_STATS) config.plugins.push(require('./config/bundleModules'));
    return config;
  }
});

build.initialize(require('gulp'));
