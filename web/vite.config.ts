// Vite builds the UI into web/dist, which `parallax serve` serves. Preact's JSX runtime through
// Oxc (Vite 8's transformer; the older `esbuild` option is deprecated), so no plugin is needed.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The server's CSP forbids inline code: keep every asset a file, never a data: script.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
  },
  server: { proxy: { '/api': 'http://127.0.0.1:4173' } },
});
