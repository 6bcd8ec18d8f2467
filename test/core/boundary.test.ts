import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const COMPOSITION_ROOT = 'src/main.ts';

async function sources(folder: string): Promise<string[]> {
  const entries = await readdir(join(root, folder), { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

const imports = (source: string) =>
  [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1] ?? '');

describe('the dependency rule', () => {
  it('keeps the core free of platform SDKs, adapters and commands', async () => {
    const offending: string[] = [];
    for (const file of await sources('src')) {
      if (file === COMPOSITION_ROOT) continue;
      for (const specifier of imports(await readFile(join(root, file), 'utf8'))) {
        if (
          /^(@slack\/|discord\.js|@discordjs\/|ws$|express)/.test(specifier) ||
          /\/(adapters|commands)\//.test(specifier)
        ) {
          offending.push(`${file} imports ${specifier}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('keeps platform SDKs out of commands', async () => {
    const offending: string[] = [];
    for (const file of await sources('commands')) {
      for (const specifier of imports(await readFile(join(root, file), 'utf8'))) {
        if (/^(@slack\/|discord\.js|@discordjs\/)|\/adapters\//.test(specifier))
          offending.push(`${file} imports ${specifier}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('loads platform SDKs lazily in the composition root', async () => {
    const main = await readFile(join(root, COMPOSITION_ROOT), 'utf8');
    expect(main).not.toMatch(/^import .*adapters\/(slack|discord)/m);
    expect(main).toMatch(/await import\('\.\.\/adapters\/slack\/index\.js'\)/);
  });

  it('would notice a violation: the import scanner sees static and dynamic imports', () => {
    expect(imports("import { App } from '@slack/bolt';\nconst d = await import('discord.js');")).toEqual([
      '@slack/bolt',
      'discord.js',
    ]);
  });
});
