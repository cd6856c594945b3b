import type { Command } from '../command.js';
import { backupCommand } from './backup.js';
import { buildCommand } from './build.js';
import { coverageCommand } from './coverage.js';
import { evalCommand } from './eval.js';
import { explainCommand } from './explain.js';
import { exportTrainingCommand } from './export-training.js';
import { missesCommand } from './misses.js';
import { importCommand } from './import.js';
import { newTopicCommand } from './new-topic.js';
import { reviewCommand } from './review.js';
import { validateCommand } from './validate.js';

/** Every `kb` command, in the order the usage lists them. */
export const COMMANDS: readonly Command[] = [
  validateCommand,
  newTopicCommand,
  buildCommand,
  evalCommand,
  explainCommand,
  coverageCommand,
  importCommand,
  reviewCommand,
  exportTrainingCommand,
  missesCommand,
  backupCommand,
];
