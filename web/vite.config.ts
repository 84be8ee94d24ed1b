// Vite config for the web client. Run from the repo root: `npm run build:web` / `npm run dev:web`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
// The Fastify server (server/) serves /api, /basemap and /tiles; in dev Vite forwards to it.
const apiTarget = process.env.ATLAS_API_TARGET ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
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
    emptyOutDir: true,
    sourcemap: true,
    // Fonts stay files (woff2), never inlined as base64: MapLibre and the page fetch the same ones.
    assetsInlineLimit: 0,
    // MapLibre alone is ~1 MB minified and cannot be split further; everything else stays well below.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      // The atlas, and the bare base-map page `npm run bench:web` measures it against (web/bench/).
      input: { main: path.join(root, 'index.html'), bare: path.join(root, 'bench', 'bare.html') },
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/](maplibre-gl|@maplibre)[\\/]/, priority: 30 },
            {
              name: 'deck',
              test: /node_modules[\\/](@deck\.gl|@luma\.gl|@math\.gl|@loaders\.gl|@probe\.gl|mjolnir\.js|gl-matrix)[\\/]/,
              priority: 20,
            },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
