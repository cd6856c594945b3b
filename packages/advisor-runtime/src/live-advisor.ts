import { existsSync, watch } from 'node:fs';
import {
  createAdvisor,
  DEFAULT_KNOWLEDGE_DIR,
  formatIssue,
  KnowledgeError,
  lastGoodDirFor,
  LOCK_FILE,
  loadServingAdvisor,
  saveLastGood,
  SOURCES_FOLDER,
  type Advisor,
  type KnowledgeAndModel,
  type LoadAdvisorOptions,
} from '@cobridge/policy-knowledge';
import type { Logger } from './logger.js';
import { silentLogger } from './logger.js';
import { loadOffThread } from './load-off-thread.js';

/** The result of a reload: the new version, or the errors that kept the old one serving. */
export type ReloadResult = { ok: true; version: string; changed: boolean } | { ok: false; errors: string[] };

const WATCH_DEBOUNCE_MS = 400;

/**
 * Holds the advisor that answers right now and swaps in a new one only when the new knowledge loaded and
 * validated completely: a broken edit is refused with its errors and the old version keeps serving. A start with
 * broken files serves the last good snapshot (see `problems`). Reloads load and train in a worker thread.
 */
export class LiveAdvisor {
  private reloading: Promise<ReloadResult> | undefined;
  /** The last good snapshot being written after a reload that trained (see keepAsLastGood). */
  private saving: Promise<void> = Promise.resolve();
  private brokenFiles: string[] | undefined;

  private constructor(
    private advisor: Advisor,
    private readonly options: LoadAdvisorOptions,
    private readonly logger: Logger,
    private readonly onReload: (ok: boolean) => void,
  ) {}

  /**
   * Loads the first advisor, falling back to the last good snapshot; throws only when neither can be served.
   * `onReload` hears the outcome of every later reload (for metrics).
   */
  static async load(
    options: LoadAdvisorOptions = {},
    logger: Logger = silentLogger,
    onReload: (ok: boolean) => void = () => {},
  ): Promise<LiveAdvisor> {
    const serving = await loadServingAdvisor(options);
    const live = new LiveAdvisor(serving.advisor, options, logger, onReload);
    if (serving.fallback) live.refuse(serving.fallback.errors.map(formatIssue), `built ${serving.fallback.builtAt}`);
    return live;
  }

  /** The advisor serving now. */
  get current(): Advisor {
    return this.advisor;
  }

  /** The problems in the knowledge files while the last good version serves instead; undefined when all is well. */
  get problems(): readonly string[] | undefined {
    return this.brokenFiles;
  }

  /** Reloads the knowledge; concurrent calls share one reload. */
  reload(): Promise<ReloadResult> {
    this.reloading ??= this.doReload()
      .finally(() => {
        this.reloading = undefined;
      })
      .then((result) => {
        this.onReload(result.ok);
        return result;
      });
    return this.reloading;
  }

  /** Resolves once no reload is running and no last good snapshot is being written: safe to remove the folders. */
  async idle(): Promise<void> {
    await this.reloading;
    await this.saving;
  }

  /**
   * Reloads automatically when a file in the knowledge folder, its topics or its further sources changes (not the
   * generated citation lock, which is no knowledge); returns a function that stops watching.
   */
  watch(dir: string): () => void {
    let timer: NodeJS.Timeout | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void this.reload(), WATCH_DEBOUNCE_MS);
    };
    const sources = `${dir}/${SOURCES_FOLDER}`;
    const folders = [dir, `${dir}/topics`, ...(existsSync(sources) ? [sources] : [])];
    const watchers = folders.map((folder) =>
      watch(folder, (_event, name) => (String(name ?? '').startsWith(LOCK_FILE) ? undefined : schedule())),
    );
    return () => {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    };
  }

  private async doReload(): Promise<ReloadResult> {
    const before = this.advisor.version;
    try {
      const loaded = await loadOffThread(this.options);
      this.advisor = createAdvisor(loaded.knowledge, loaded.model, loaded.tables);
      this.brokenFiles = undefined;
      const changed = loaded.knowledge.version !== before;
      if (changed) this.logger.info('knowledge reloaded', { from: before, to: loaded.knowledge.version });
      if (loaded.trained) this.saving = this.keepAsLastGood(loaded);
      return { ok: true, version: loaded.knowledge.version, changed };
    } catch (error) {
      const errors = error instanceof KnowledgeError ? error.issues.map(formatIssue) : [String(error)];
      this.refuse(errors, 'the previous version');
      return { ok: false, errors };
    }
  }

  private refuse(errors: string[], serving: string): void {
    this.brokenFiles = errors;
    this.logger.warn(
      `KNOWLEDGE HAS ${errors.length} PROBLEM(S): still serving ${this.advisor.version} (${serving}). ` +
        'Fix them, then run `pnpm kb validate`.',
      { version: this.advisor.version, errors: errors.slice(0, 20) },
    );
  }

  /** Best effort: a read-only install keeps the snapshot from its build. */
  private async keepAsLastGood({ knowledge, model }: KnowledgeAndModel): Promise<void> {
    const dir = this.options.lastGoodDir ?? lastGoodDirFor(this.options.knowledgeDir, this.options.modelPath);
    try {
      await saveLastGood(this.options.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR, knowledge, model, dir);
    } catch (error) {
      this.logger.debug('could not update the last good knowledge snapshot', { dir, error: String(error) });
    }
  }
}
