// Ids of the example plugins (examples/*), as their manifests name them.
export const REPORT_PLUGIN = 'timekeeper-examples.report-plugin';
export const COMMAND_PLUGIN = 'timekeeper-examples.command-plugin';
export const DAILY_SUMMARY_PLUGIN = 'timekeeper-examples.daily-summary-plugin';
