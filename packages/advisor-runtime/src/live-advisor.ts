import { watch, type FSWatcher } from 'node:fs';
import { formatIssue, KnowledgeError, loadAdvisor, type Advisor, type LoadAdvisorOptions } from '@cobridge/policy-knowledge';
import type { Logger } from './logger.js';
import { silentLogger } from './logger.js';

/** The result of a reload: the new version, or the errors that kept the old one serving. */
export type ReloadResult = { ok: true; version: string; changed: boolean } | { ok: false; errors: string[] };

const WATCH_DEBOUNCE_MS = 400;

/**
 * Holds the advisor that answers right now and swaps in a new one only when the new knowledge loaded and
 * validated completely: a broken edit is refused with its errors and the old version keeps serving.
 */
export class LiveAdvisor {
  private reloading: Promise<ReloadResult> | undefined;
  private watcher: FSWatcher | undefined;

  private constructor(
    private advisor: Advisor,
    private readonly options: LoadAdvisorOptions,
    private readonly logger: Logger,
  ) {}

  /** Loads the first advisor; throws when the knowledge is invalid (nothing to serve). */
  static async load(options: LoadAdvisorOptions = {}, logger: Logger = silentLogger): Promise<LiveAdvisor> {
    return new LiveAdvisor(await loadAdvisor(options), options, logger);
  }

  /** The advisor serving now. */
  get current(): Advisor {
    return this.advisor;
  }

  /** Reloads the knowledge; concurrent calls share one reload. */
  reload(): Promise<ReloadResult> {
    this.reloading ??= this.doReload().finally(() => {
      this.reloading = undefined;
    });
    return this.reloading;
  }

  /** Reloads automatically when a file in the knowledge folder changes; returns a function that stops watching. */
  watch(dir: string): () => void {
    let timer: NodeJS.Timeout | undefined;
    this.watcher = watch(dir, { recursive: false }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void this.reload(), WATCH_DEBOUNCE_MS);
    });
    const topics = watch(`${dir}/topics`, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void this.reload(), WATCH_DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      this.watcher?.close();
      topics.close();
    };
  }

  private async doReload(): Promise<ReloadResult> {
    const before = this.advisor.version;
    try {
      const next = await loadAdvisor(this.options);
      this.advisor = next;
      const changed = next.version !== before;
      if (changed) this.logger.info('knowledge reloaded', { from: before, to: next.version });
      return { ok: true, version: next.version, changed };
    } catch (error) {
      const errors = error instanceof KnowledgeError ? error.issues.map(formatIssue) : [String(error)];
      this.logger.warn('knowledge reload refused; still serving the previous version', { version: before, errors: errors.slice(0, 20) });
      return { ok: false, errors };
    }
  }
}
