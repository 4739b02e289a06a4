import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import rendererConfig from './vite.renderer.config';

/**
 * Electron build: main (ESM, dependencies stay in node_modules), preload (CommonJS with every
 * dependency bundled — a sandboxed preload can neither be ESM nor require packages) and the
 * renderer, built by the same config as browser mode (vite.renderer.config.ts) so both modes
 * ship identical pages. Output: out/main/index.js, out/preload/index.cjs, out/renderer/.
 *
 * NIANBAO_BUILD_SKIP_RENDERER=1 builds main and preload only (the build guard test).
 */
const root = import.meta.dirname;

export default defineConfig(() => ({
  main: {
    build: {
      rollupOptions: { input: { index: resolve(root, 'src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs' as const, entryFileNames: '[name].cjs' },
      },
    },
  },
  ...(process.env.NIANBAO_BUILD_SKIP_RENDERER === '1'
    ? {}
    : {
        renderer: {
          ...rendererConfig,
          build: {
            ...rendererConfig.build,
            // Let electron-vite place it (out/renderer, or under --outDir).
            outDir: undefined,
            rollupOptions: { input: { index: resolve(root, 'src/renderer/index.html') } },
          },
        },
      }),
}));
