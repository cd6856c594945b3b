import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './docs/documented-commands.js';

// The production path: `pnpm --filter @cobridge/server deploy --prod <folder>` gives a folder that runs and answers
// with plain node and production dependencies only, as the Dockerfile and the systemd unit run it.
const pnpm = process.env.npm_execpath ?? '';
const viaPnpm = /pnpm/.test(pnpm);
const bundle = mkdtempSync(join(tmpdir(), 'cobridge-bundle-'));
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(COBRIDGE_|SLACK_|DISCORD_|NODE_PATH$|npm_)/.test(name)),
);

beforeAll(() => {
  if (!viaPnpm) return;
  const command = /\.[cm]?js$/.test(pnpm) ? [process.execPath, pnpm] : [pnpm];
  const result = spawnSync(
    command[0]!,
    [...command.slice(1), '--filter', '@cobridge/server', 'deploy', '--prod', '--offline', join(bundle, 'app')],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 300_000,
    },
  );
  if (result.status !== 0) throw new Error(`pnpm deploy failed:\n${result.stdout}\n${result.stderr}`);
}, 320_000);
afterAll(() => rmSync(bundle, { recursive: true, force: true }));

/** Runs the bundle's entry point from its own folder, with nothing from this repository on the module path. */
function runBundle(args: string[], input = '') {
  return spawnSync(process.execPath, ['dist/main.js', ...args], {
    cwd: join(bundle, 'app'),
    input,
    encoding: 'utf8',
    timeout: 60_000,
    env: cleanEnv,
  });
}

describe.runIf(viaPnpm)('the production bundle (pnpm deploy --prod)', () => {
  it('holds no development dependency', () => {
    const store = readdirSync(join(bundle, 'app', 'node_modules', '.pnpm'));
    for (const dev of ['typescript@', 'vitest@', 'turbo@', '@cobridge+testkit', '@nlpjs+']) {
      expect(
        store.filter((name) => name.startsWith(dev)),
        dev,
      ).toEqual([]);
    }
    expect(store.some((name) => name.startsWith('better-sqlite3@'))).toBe(true);
  });

  it('answers a question with plain node', () => {
    const result = runBundle(['ask', 'do I keep my pension if I leave to start a company?']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/social insurance/i);
  });

  it('starts (the console without tokens), logs to its data folder and validates its knowledge', () => {
    const started = spawnSync(process.execPath, ['dist/main.js', 'start'], {
      cwd: join(bundle, 'app'),
      input: 'how long can I keep my personnel relationship?\n',
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...cleanEnv, COBRIDGE_DB: './data/cobridge.db' },
    });
    expect(started.status).toBe(0);
    expect(started.stdout).toMatch(/three years/i);
    expect(existsSync(join(bundle, 'app', 'data', 'cobridge.db'))).toBe(true);
    expect(runBundle(['kb', 'validate']).status).toBe(0);
  });
});

describe('the Dockerfile and the systemd unit', () => {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

  it('copies only paths that exist in the repository', () => {
    const sources = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap(([, list]) => list!.split(/\s+/));
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) expect(existsSync(join(ROOT, source)), source).toBe(true);
  });

  it('deploys the production entry point, runs it as a non-root user with a data volume and a health check', () => {
    expect(dockerfile).toMatch(/pnpm --filter @cobridge\/server deploy --prod \/app/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^VOLUME \["\/data"\]$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*"dist\/main\.js", "healthcheck"\]$/m);
    expect(dockerfile).toMatch(/^CMD \[.*"dist\/main\.js", "start"\]$/m);
    expect(JSON.parse(readFileSync(join(ROOT, 'apps/server/package.json'), 'utf8')).bin.cobridge).toBe('dist/main.js');
  });

  it('has a systemd example that runs the same entry point and keeps its data in its state folder', () => {
    const unit = readFileSync(join(ROOT, 'deploy/cobridge.service'), 'utf8');
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node .*\/opt\/cobridge\/dist\/main\.js start$/m);
    expect(unit).toMatch(/^StateDirectory=cobridge$/m);
    expect(unit).toMatch(/^Environment=COBRIDGE_DB=\/var\/lib\/cobridge\/cobridge\.db$/m);
  });
});
