import { fileURLToPath } from 'node:url';

/** Where `kb eval` writes its HTML report: `docs/reports/eval.html` at the repository root. */
export const DEFAULT_HTML_REPORT_PATH = fileURLToPath(new URL('../../../docs/reports/eval.html', import.meta.url));
