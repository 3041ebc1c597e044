import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The project's own shape, checked like its behaviour (as Refined GitHub checks its features): the
// folders show the architecture, no layer reaches up, and every unit stays small enough to read.

const root = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const code = ['lib', 'components', 'entrypoints', 'modules', 'data'].flatMap(sourceFiles);

/**
 * Lowest first: a module may import from its own layer or any layer below it, never above. The
 * extension layer is the browser plumbing that wires the parts below it together; the UI and the entry
 * points sit on top, and the build steps above them all.
 */
const LAYERS = [
  'data',
  // Every word shown, the reader's language and its decimal sign: below everything that writes words.
  'lib/i18n',
  'lib/text',
  'lib/scores',
  'lib/reader',
  'lib/claims',
  'lib/marker',
  'lib/card',
  'lib/extension',
  'components',
  'entrypoints',
  // Build steps (WXT local modules) run at build time and may read anything below them.
  'modules',
] as const;

const layerOf = (path: string) => LAYERS.findIndex((layer) => path === layer || path.startsWith(`${layer}/`));

function relativeImports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"?]+)/g)].map((m) => m[1]!);
  return specs.map((spec) => relative(root, resolve(root, dirname(file), spec)));
}

describe('the project is laid out as docs/architecture.md describes', () => {
  it('the top level holds only what the architecture names', () => {
    const allowed = new Set([
      'entrypoints',
      'components',
      'data',
      'public',
      'lib',
      'modules',
      'docs',
      'tests',
      '.ci',
      'wxt.config.ts',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'README.md',
      'CONTRIBUTING.md',
      // Every word the extension shows, one file per language (WXT's i18n module reads them from here).
      'locales',
      // Tool settings, named in docs/architecture.md.
      'vitest.config.ts',
      '.oxlintrc.json',
      '.prettierrc.json',
      '.prettierignore',
      '.gitignore',
      '.git',
      // Made by npm, WXT and the tests, never committed (.gitignore).
      'node_modules',
      '.output',
      '.wxt',
      '.cache',
    ]);
    const extra = readdirSync(root).filter((name) => !allowed.has(name));
    expect(extra).toEqual([]);
  });

  it('every source module sits in a layer, and none imports from a layer above it', () => {
    const upward: string[] = [];
    for (const file of code) {
      const own = layerOf(file);
      expect(own, `${file} is in no layer`).toBeGreaterThanOrEqual(0);
      for (const target of relativeImports(file)) {
        const theirs = layerOf(target);
        if (theirs > own) upward.push(`${file} imports ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('entry points stay thin: wiring only', () => {
    for (const file of code.filter((f) => f.startsWith('entrypoints/') && f.endsWith('.ts'))) {
      const lines = readFileSync(join(root, file), 'utf8').split('\n').length;
      expect(lines, file).toBeLessThanOrEqual(40);
    }
  });
});

/** A file may run longer than the limit only if it says why, in a comment on one of its first lines. */
const SAYS_WHY = /^\/\/ Over (300|80) lines: /m;

describe('every unit fits in a reader’s head', () => {
  it('no source file is over 300 lines, unless it says why at the top', () => {
    const long = code.filter((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      return text.split('\n').length > 300 && !SAYS_WHY.test(text.split('\n').slice(0, 5).join('\n'));
    });
    expect(long).toEqual([]);
  });

  it('no function is over 80 lines', () => {
    const long: string[] = [];
    for (const file of code) {
      const text = readFileSync(join(root, file), 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (ts.isFunctionLike(node) && 'body' in node && node.body) {
          const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
          const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
          if (end - start + 1 > 80) long.push(`${file}:${start + 1} (${end - start + 1} lines)`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(long).toEqual([]);
  });

  it('node types are named, never raw numbers', () => {
    const raw = code.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (/nodeType\s*[!=]==?\s*\d/.test(line) ? [`${file}:${i + 1}`] : [])),
    );
    expect(raw).toEqual([]);
  });
});
