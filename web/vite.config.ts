// Vite config for the web client. Run from the repo root: `npm run build:web` / `npm run dev:web`.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
// The Fastify server (server/) serves /api, /basemap and /tiles; in dev Vite forwards to it.
const apiTarget = process.env.ATLAS_API_TARGET ?? 'http://127.0.0.1:8080';

/**
 * The map (MapView and MapLibre) is a dynamic import, so the atlas shell renders without waiting for it; but the
 * first view always needs it. Tell the browser about its chunks in index.html (modulepreload), so they download
 * and compile from the start rather than once the main chunk has run.
 */
function preloadMapChunks(): Plugin {
  return {
    name: 'atlas-preload-map-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !/(^|\/)index\.html$/.test(ctx.path)) return html;
        const mapView = Object.values(ctx.bundle).find(
          (c) => c.type === 'chunk' && c.moduleIds.some((id) => /[\\/]components[\\/]map[\\/]MapView\.tsx$/.test(id)),
        );
        if (!mapView || mapView.type !== 'chunk') return html;
        const files = [mapView.fileName, ...mapView.imports].filter((f) => !html.includes(`/${f}"`));
        return {
          html,
          tags: files.map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${f}` }, injectTo: 'head' as const })),
        };
      },
    },
  };
}

/**
 * Writes `.br` (quality 11) and `.gz` (level 9) beside every compressible built file, so the server sends them as they
 * are (@fastify/static `preCompressed`) instead of compressing MapLibre's megabyte on every request at a lower
 * level. Source maps are left alone: they are fetched only by developer tools.
 */
function precompress(): Plugin {
  const COMPRESSIBLE = /\.(m?js|css|html|svg|json)$/;
  return {
    name: 'atlas-precompress',
    apply: 'build',
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const file = path.join(dir, name);
          return statSync(file).isDirectory() ? walk(file) : [file];
        });
      for (const file of walk(path.join(root, 'dist'))) {
        if (!COMPRESSIBLE.test(file)) continue;
        const body = readFileSync(file);
        if (body.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(body, {
            params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT },
          }),
        );
      }
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), preloadMapChunks(), precompress()],
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/basemap': { target: apiTarget, changeOrigin: false },
      '/tiles': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/basemap': { target: apiTarget, changeOrigin: false },
      '/tiles': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    // Every browser the atlas runs in (WebGL2, ES2020) preloads modules itself: no polyfill file in the first view.
    modulePreload: { polyfill: false },
    emptyOutDir: true,
    sourcemap: true,
    // Fonts stay files (woff2), never inlined as base64: MapLibre and the page fetch the same ones.
    assetsInlineLimit: 0,
    // MapLibre alone is ~1 MB minified and cannot be split further; everything else stays well below.
    chunkSizeWarningLimit: 1100,
    // deck.gl (sales flows, heat map) is loaded only when one of its layers is switched on (layers/deck-layers.ts).
    rolldownOptions: {
      // The atlas, and the bare base-map page `npm run bench:web` measures it against (web/bench/).
      input: {
        main: path.join(root, 'index.html'),
        bare: path.join(root, 'bench', 'bare.html'),
        // The one-page print layout of a view (web/src/briefing/), printed to PDF by GET /api/briefing.pdf.
        briefing: path.join(root, 'briefing.html'),
        // The import screen for editors (web/src/import/): a page of its own, nothing of it in the atlas's bundle.
        import: path.join(root, 'import.html'),
      },
      output: {
        codeSplitting: {
          groups: [
            // Vite's preload helper: deck.gl's own dynamic imports would otherwise pull it into the deck chunk,
            // and every chunk that lazy-loads anything would then load deck.gl (~230 kB gzipped) with it.
            { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 40 },
            { name: 'maplibre', test: /node_modules[\\/](maplibre-gl|@maplibre)[\\/]/, priority: 30 },
            {
              name: 'deck',
              test: /node_modules[\\/](@deck\.gl|@luma\.gl|@math\.gl|@loaders\.gl|@probe\.gl|mjolnir\.js|gl-matrix)[\\/]/,
              priority: 20,
            },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 10 },
            // One chunk per language with what the first view shows (web/src/i18n/index.ts): its main file and the
            // areas' first-view parts, not one small file each. The areas' other files stay chunks of their own.
            ...(['ky', 'ru', 'en'] as const).map((lang) => ({
              name: `i18n-${lang}`,
              test: new RegExp(`web[\\\\/]src[\\\\/]i18n[\\\\/]([\\w-]+[\\\\/]first-view[\\\\/])?${lang}\\.json`),
              priority: 5,
            })),
          ],
        },
      },
    },
  },
});
