import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
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

const POPUP = manifestJson.action.default_popup;

const SELLER_CENTER_SCRIPT = 'src/content/index.ts';
const sellerCenter = manifestJson.content_scripts.find((cs) => cs.js.includes(SELLER_CENTER_SCRIPT));
if (!sellerCenter) throw new Error(`manifest.json has no content script ${SELLER_CENTER_SCRIPT}`);

/**
 * The Seller Center content script built on its own, after the extension: in the one build with the background and
 * the pages, the modules they share went into a chunk that kept every export any of them uses, so each Seller Center
 * page carried code only the background runs (bench/README.md, bytes). Here the page gets its entry, tree-shaken for
 * it alone, plus its lazily imported UI. A classic-script loader imports the entry by its extension URL (content
 * scripts cannot be modules), as CRXJS's own loader does, and the manifest names both.
 */
function sellerCenterOnItsOwn(): Plugin {
  let outDir = '';
  return {
    name: 'pipe17:seller-center-on-its-own',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const output = await build({
        configFile: false,
        root: import.meta.dirname,
        logLevel: 'warn',
        plugins: [noPreloadHelper()],
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          sourcemap: false,
          modulePreload: false,
          write: true,
          rollupOptions: {
            input: { 'seller-center': resolve(import.meta.dirname, SELLER_CENTER_SCRIPT) },
            output: { entryFileNames: 'assets/[name]-[hash].js', chunkFileNames: 'assets/[name]-[hash].js' },
          },
        },
      });
      const files = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
      const entry = files.find((f) => f.type === 'chunk' && f.isEntry);
      if (!entry) throw new Error('seller-center-on-its-own: the build wrote no entry');
      const loader = entry.fileName.replace(/\.js$/, '-loader.js');
      await writeFile(
        resolve(outDir, loader),
        `(async()=>{await import(chrome.runtime.getURL(${JSON.stringify(entry.fileName)}))})().catch(console.error);\n`,
      );
      const path = resolve(outDir, 'manifest.json');
      const written = JSON.parse(await readFile(path, 'utf8'));
      const { js: _source, ...rest } = sellerCenter!;
      written.content_scripts = [{ ...rest, js: [loader] }, ...(written.content_scripts ?? [])];
      const resources = files.map((f) => f.fileName).filter((f) => f.endsWith('.js'));
      written.web_accessible_resources = [
        { matches: sellerCenter!.matches, resources, use_dynamic_url: false },
        ...(written.web_accessible_resources ?? []),
      ];
      await writeFile(path, JSON.stringify(written, null, 2));
    },
  };
}

/**
 * The popup as one file, built after the extension: one self-contained module, its stylesheet inlined into the
 * page. Chrome shows an action popup only once its page has loaded, so every file the page fetches delays its first
 * frame: built with the other pages it would load a graph of seven shared chunks (Preact, the polyfill, valibot, …)
 * plus a stylesheet (bench/README.md, popup first render). Duplicated bytes on disk, none in any web page. Inline
 * styles are allowed by the extension pages' default CSP, which restricts scripts only.
 * crx builds without `action.default_popup`; this puts it back into the written manifest.
 */
function popupAsOneModule(): Plugin {
  let outDir = '';
  return {
    name: 'pipe17:popup-as-one-module',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await build({
        configFile: false,
        root: import.meta.dirname,
        logLevel: 'warn',
        plugins: [inlineStylesheets()],
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          sourcemap: false,
          modulePreload: false,
          rollupOptions: { input: resolve(import.meta.dirname, POPUP) },
        },
      });
      const path = resolve(outDir, 'manifest.json');
      const written = JSON.parse(await readFile(path, 'utf8'));
      written.action = { ...written.action, default_popup: POPUP };
      await writeFile(path, JSON.stringify(written, null, 2));
    },
  };
}

/**
 * Vite wraps every dynamic import in a helper that preloads the imported chunk's dependencies with <link> tags.
 * With `modulePreload: false` it has none to preload, yet the helper's 0.7 KiB still shipped in every Seller Center
 * page (the content script imports its UI lazily). This one only calls the import, which is all it did here.
 */
function noPreloadHelper(): Plugin {
  const id = '\0vite/preload-helper.js';
  return {
    name: 'pipe17:no-preload-helper',
    enforce: 'pre',
    apply: 'build',
    resolveId: (source) => (source === id ? id : null),
    load: (source) => (source === id ? 'export const __vitePreload = (load) => load();' : null),
  };
}

/** Each `<link rel="stylesheet">` of the built page becomes a `<style>` holding that file, which is not written. */
function inlineStylesheets(): Plugin {
  return {
    name: 'pipe17:inline-stylesheets',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        return html.replace(/<link rel="stylesheet"[^>]*? href="\/?([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const asset = bundle[file];
          if (asset?.type !== 'asset') throw new Error(`inline-stylesheets: ${file} is not in the bundle`);
          delete bundle[file];
          return `<style>${String(asset.source)}</style>`;
        });
      },
    },
  };
}

export default defineConfig(({ command, mode }) => {
  const firefox = mode === 'firefox';
  const base = firefox ? firefoxManifest(manifestJson) : manifestJson;
  // `vite build` leaves the popup to popupAsOneModule; the dev server keeps crx's (hot-reloaded) popup.
  const action = command === 'build' ? { ...base.action, default_popup: undefined } : base.action;
  // `vite build` leaves the Seller Center content script to sellerCenterOnItsOwn; the dev server keeps crx's.
  const contentScripts = command === 'build' ? base.content_scripts.filter((cs) => cs !== sellerCenter) : base.content_scripts;
  const manifest = {
    ...base,
    action,
    content_scripts: contentScripts,
    version: pkg.version.replace(/[^\d.]/g, ''),
  } as unknown as ManifestV3Export;
  return {
    plugins: [
      noPreloadHelper(),
      crx({ manifest, browser: firefox ? 'firefox' : 'chrome' }),
      popupAsOneModule(),
      sellerCenterOnItsOwn(),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Off: Vite's preload helper would add <link rel=modulepreload> to the Seller Center page when the content
      // script imports its UI chunk, and nothing of the extension may live in the page's DOM but its host element.
      modulePreload: false,
      // The welcome page is in no manifest key (the background opens it on install), so it is named here.
      rollupOptions: {
        input: { welcome: resolve(import.meta.dirname, 'src/welcome/index.html') },
      },
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
