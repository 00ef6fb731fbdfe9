// Plain Vite for the renderer alone: `npm run build:renderer` for browser mode, and
// `vite --config desktop/renderer/vite.config.ts` as a dev server when no Electron binary
// exists. electron.vite.config.ts reuses `rendererPlugins` so both builds are the same.
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type PluginOption } from 'vite';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The dev server injects inline scripts (React refresh), inline styles and an HMR socket, all
 * of which the page's strict policy forbids. Relax it for `serve` only; builds keep it strict.
 */
function relaxCspForDevServer(): PluginOption {
  return {
    name: 'hspos:relax-csp-for-dev-server',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://127.0.0.1:*"),
  };
}

export function rendererPlugins(): PluginOption[] {
  return [react(), tailwindcss(), relaxCspForDevServer()];
}

export default defineConfig({
  root: rendererRoot,
  // Relative asset URLs work from file:// (Electron) and from the console's HTTP server.
  base: './',
  plugins: rendererPlugins(),
  build: {
    outDir: `${projectRoot}/out/renderer`,
    emptyOutDir: true,
    // The polyfill would be an inline script, which the policy forbids.
    modulePreload: { polyfill: false },
  },
  server: {
    host: '127.0.0.1',
    // Browser mode in development: the console's HTTP server answers tRPC.
    proxy: { '/trpc': process.env['HSPOS_CONSOLE_HTTP'] ?? 'http://127.0.0.1:4200' },
  },
});
