/*
 * Timekeeper's pure domain: the utt timesheet format, its entries and appends, and utt's report. No VS Code here.
 */
export * from './append';
export * from './displayFormats';
export * from './entry';
export * from './entryLine';
export * from './errors';
export * from './parse';
export * from './report/activity';
export * from './report/args';
export * from './report/csv';
export * from './report/dateArgs';
export * from './report/dayTotals';
export * from './report/formatting';
export * from './report/model';
export * from './report/nameTotals';
export * from './report/projectTotals';
export * from './report/range';
export * from './report/summary';
export * from './report/text';
