import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer: served from the app:// protocol (or file://) in Electron, so every path is relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, target: 'chrome130' },
  // pdf.js's worker (the signed-PDF preview) is an ES module: bundled as one, started as a module worker from 'self'.
  worker: { format: 'es' },
});
