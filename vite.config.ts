import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifestJson from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

// Firefox build: `vite build --mode firefox` writes dist-firefox/ with gecko settings.
// Firefox MV3 has no background service worker: it runs `background.scripts` as an event
// page (type module is fine). AMO wants `data_collection_permissions`, which Firefox
// supports from 140 (desktop, an ESR) and 142 (Android); older minimums make
// `web-ext lint` warn that the key is unsupported there.
function firefoxManifest(base: typeof manifestJson) {
  const { minimum_chrome_version: _chromeOnly, ...rest } = base;
  return {
    ...rest,
    background: { scripts: [base.background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'reauth-guide@pipe17.com',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const manifest = {
    ...(firefox ? firefoxManifest(manifestJson) : manifestJson),
    version: pkg.version.replace(/[^\d.]/g, ''),
  } as unknown as ManifestV3Export;
  return {
    plugins: [crx({ manifest, browser: firefox ? 'firefox' : 'chrome' })],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Off: Vite's preload helper would add <link rel=modulepreload> to the Seller Center page when the content
      // script imports its UI chunk, and nothing of the extension may live in the page's DOM but its host element.
      modulePreload: false,
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
