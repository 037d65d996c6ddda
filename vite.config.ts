import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifestJson from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

// Firefox build: `vite build --mode firefox` writes dist-firefox/ with gecko settings.
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const manifest = {
    ...manifestJson,
    version: pkg.version.replace(/[^\d.]/g, ''),
    ...(firefox
      ? {
          background: { scripts: ['src/background/index.ts'], type: 'module' },
          browser_specific_settings: {
            gecko: { id: 'reauth-guide@pipe17.com', strict_min_version: '121.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  } as unknown as ManifestV3Export;
  return {
    plugins: [crx({ manifest, browser: firefox ? 'firefox' : 'chrome' })],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      modulePreload: false,
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
