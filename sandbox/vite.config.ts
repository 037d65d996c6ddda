import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Seller Center runs Arco under `<ConfigProvider prefixCls="theme-arco">` on most pages and `prefixCls="core"` on
 * others (public automation scripts), so its class names are `theme-arco-*` or `core-*`. Arco ships CSS for the
 * `arco-` prefix only; rewrite it (classes and keyframes) for each: `virtual:arco-theme.css`, `virtual:arco-core.css`.
 */
function arcoPrefixes(): Plugin {
  const prefixes: Record<string, string> = { 'virtual:arco-theme.css': 'theme-arco-', 'virtual:arco-core.css': 'core-' };
  return {
    name: 'sandbox:arco-prefix',
    enforce: 'pre',
    resolveId: (source) => (source in prefixes ? `\0${source.slice('virtual:'.length)}` : null),
    load(source) {
      const id = Object.keys(prefixes).find((k) => source === `\0${k.slice('virtual:'.length)}`);
      if (!id) return null;
      const file = fileURLToPath(import.meta.resolve('@arco-design/web-react/dist/css/arco.css'));
      return readFileSync(file, 'utf8').replace(/(?<![\w-])arco-/g, prefixes[id]!);
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [arcoPrefixes(), react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
  },
  server: { port: 5180, strictPort: false },
  preview: { port: 5180 },
});
