/* global module */
// What ink-table's require('ink') returns in the bundle: filled with the ESM Ink by loadInkTable.ts.
module.exports = {};
