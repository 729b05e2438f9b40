/** Height of the indicator chart, shared with its loading placeholder so nothing shifts. */
export const CHART_HEIGHT = 420;
