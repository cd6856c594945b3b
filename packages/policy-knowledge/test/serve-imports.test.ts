import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** Every package a module imports for its values, directly or through the package's own modules (types left out). */
function packagesImportedBy(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [statement, specifier] of source.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)';/gms)) {
      if (/^(?:import|export)\s+type\s/.test(statement)) continue;
      if (specifier!.startsWith('.')) visit(resolve(dirname(file), specifier!.replace(/\.js$/, '.ts')));
      else if (!specifier!.startsWith('node:')) packages.add(specifier!);
    }
  };
  visit(resolve(SRC, entry));
  return packages;
}

describe('the serving entry point', () => {
  it('answers from the compiled snapshot without loading the YAML parser or the schemas (zod)', () => {
    const packages = [...packagesImportedBy('serve.ts')];
    expect(packages.filter((name) => name === 'yaml' || name === 'zod')).toEqual([]);
    expect(packages.some((name) => name.startsWith('natural/'))).toBe(true);
  });
});
