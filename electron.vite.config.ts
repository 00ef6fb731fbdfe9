// Builds the Electron app into out/: main (ESM, dependencies left in node_modules), preload
// (one CommonJS file, because a sandboxed preload can require nothing but 'electron'), and
// the renderer (React + Tailwind, same plugins as desktop/renderer/vite.config.ts).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererPlugins } from './desktop/renderer/vite.config.ts';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Native and server-side packages (better-sqlite3, socket.io, ...) load from
      // node_modules at run time; bundling them would break their native bindings.
      externalizeDeps: true,
      rolldownOptions: {
        input: { index: resolve(root, 'desktop/main/index.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'desktop/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'desktop/renderer'),
    plugins: rendererPlugins(),
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves the renderer unminified; the cashier's first paint wants it small.
      minify: true,
      rolldownOptions: {
        input: { index: resolve(root, 'desktop/renderer/index.html') },
      },
    },
  },
});
