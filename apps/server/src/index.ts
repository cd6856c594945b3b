export { runCommand, appsToStart } from './run-command.js';
export { checkHealth, healthPortOf } from './check-health.js';
