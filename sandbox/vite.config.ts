import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Seller Center runs Arco under `<ConfigProvider prefixCls="theme-arco">`, so its class names are
 * `theme-arco-*`. Arco ships CSS for the `arco-` prefix only; rewrite it (classes and keyframes).
 */
function arcoThemePrefix(): Plugin {
  const id = 'virtual:arco-theme.css';
  const resolved = '\0arco-theme.css';
  return {
    name: 'sandbox:arco-theme-prefix',
    enforce: 'pre',
    resolveId: (source) => (source === id ? resolved : null),
    load(source) {
      if (source !== resolved) return null;
      const file = fileURLToPath(import.meta.resolve('@arco-design/web-react/dist/css/arco.css'));
      return readFileSync(file, 'utf8').replace(/(?<![\w-])arco-/g, 'theme-arco-');
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [arcoThemePrefix(), react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
  },
  server: { port: 5180, strictPort: false },
  preview: { port: 5180 },
});
