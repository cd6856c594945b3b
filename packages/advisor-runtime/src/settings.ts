// The light entry point `@cobridge/advisor-runtime/settings`: reading and validating settings without loading the
// question log, metrics or the advisor (so one-shot commands such as `ask` start faster).
export { useProjectSettings, findProjectDir, type ProjectSettings } from './project-settings.js';
export {
  runtimeEnvShape,
  parseRuntimeEnv,
  RuntimeEnvError,
  dataDir,
  questionLogPath,
  describeEnvError,
  userIdListSchema,
  type RuntimeEnv,
  type EnvIssue,
} from './runtime-env.js';
