/** Where `kb eval` writes its HTML report: `docs/reports/eval.html` in the project folder (kb runs from there). */
export const DEFAULT_HTML_REPORT_PATH = 'docs/reports/eval.html';
