/** The view type of the report panel; `onWebviewPanel:timekeeper.report` in package.json restores it after a reload. */
export const REPORT_VIEW_TYPE = 'timekeeper.report';
