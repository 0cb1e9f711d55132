'use strict';
/** Identifiers shared by the build scripts. They must match config/package-solution.json and the web part manifest. */
module.exports = {
  webPartId: '866567fc-b8f5-4059-b9e3-b07bf5ff31b6',
  solutionId: '7659452c-f6c3-411d-9539-57ed1f175d54',
  teamsZip: 'teams/TeamsSPFxApp.zip'
};
