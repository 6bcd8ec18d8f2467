// Bundles the compiled CLI (dist/adapters/cli/bin.js) into dist/sipbot.mjs, the `sipbot` command.
//
// The message detector is a third of the code, and loading it (compiling it, building its word
// tables) took a third of the CLI's start-up beyond Node's own; `sipbot 603` never runs it. So it goes to a file of its own, dist/sipbot-detector.cjs,
// which the CLI requires on first use: `sipbot scan` and pasted text pay for it, a code lookup does
// not. CommonJS because `require` loads synchronously, and the bot's `detect` is a plain function.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };

await build({
  ...common,
  entryPoints: ['dist/src/detect/index.js'],
  format: 'cjs',
  outfile: 'dist/sipbot-detector.cjs',
});

/** Stands in for the detector module in the CLI bundle; its only runtime export is createDetector. */
const lazyDetector = `
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
export function createDetector(catalogue) {
  return require('./sipbot-detector.cjs').createDetector(catalogue);
}
`;

await build({
  ...common,
  entryPoints: ['dist/adapters/cli/bin.js'],
  format: 'esm',
  outfile: 'dist/sipbot.mjs',
  plugins: [
    {
      name: 'lazy-detector',
      setup(esbuild) {
        esbuild.onResolve({ filter: /\/detect\/index\.js$/ }, () => ({
          path: 'lazy-detector',
          namespace: 'sipbot',
        }));
        esbuild.onLoad({ filter: /.*/, namespace: 'sipbot' }, () => ({
          contents: lazyDetector,
          loader: 'js',
        }));
      },
    },
  ],
});
