// The store release: `npm run release` builds both browsers, then this writes to release/
//   pipe17-reauth-guide-<version>-chrome.zip   (dist/, for the Chrome Web Store)
//   pipe17-reauth-guide-<version>-firefox.zip  (dist-firefox/, for Firefox Add-ons)
//   pipe17-reauth-guide-<version>-source.zip   (the sources, the lockfile and BUILD.md, for Firefox Add-ons' review)
// `node scripts/release.mjs firefox` writes the Firefox archive alone: what BUILD.md has a reviewer run.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { collectFiles, TARGETS, zipFiles } from './zip.mjs';

const NAME = 'pipe17-reauth-guide';

/** What `npm ci && npm run build:firefox` needs, and what a reviewer reads beside it; nothing built or installed. */
export const SOURCE_PATHS = [
  'manifest.json',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'vite.config.ts',
  'src/',
  'public/',
  'scripts/zip.mjs',
  'scripts/release.mjs',
  'README.md',
  'SECURITY.md',
  'docs/privacy.md',
];

/** Never in the source archive, whatever lists it: build output, installed packages, earlier releases. */
const NEVER = /^(node_modules|dist|dist-firefox|release|\.vite)(\/|$)|\/node_modules\//;

const inSource = (name) => !NEVER.test(name) && SOURCE_PATHS.some((p) => (p.endsWith('/') ? name.startsWith(p) : name === p));

/**
 * The source files: those git tracks when this is a clone (a scratch file in src/ is not a source), else every file
 * under SOURCE_PATHS (a tree unpacked from a source archive has no .git).
 * @param {string} root
 * @returns {string[]} sorted names relative to root, with "/"
 */
export function sourceNames(root) {
  let names = null;
  if (existsSync(join(root, '.git'))) {
    names = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter((n) => n && existsSync(join(root, n)));
  }
  names ??= SOURCE_PATHS.flatMap((p) =>
    p.endsWith('/') ? collectFiles(join(root, p)).map((f) => p + f.name) : existsSync(join(root, p)) ? [p] : [],
  );
  return names.filter(inSource).sort();
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/** The build instructions a Firefox Add-ons reviewer follows to get the submitted archive back, byte for byte. */
export function buildMd({ version, firefoxZip, firefoxSha256, node, npm }) {
  return `# Building ${firefoxZip} from these sources

The Firefox archive is built from these sources by Vite (with @crxjs/vite-plugin); nothing in it is minified by
hand or generated elsewhere. The archive writer (\`scripts/zip.mjs\`) sorts entries and dates them 1980-01-01, so
the same sources and the same packages give the same bytes.

## Environment

- Linux (built and rebuilt byte for byte on Debian 12; other systems are untested)
- Node.js ${node} and npm ${npm} (the versions this release was built with; Node ≥ 20.19 is required)
- No network access is needed beyond \`npm ci\`, which installs the exact versions pinned in \`package-lock.json\`

## Steps

\`\`\`sh
npm ci
npm run build:firefox                 # → dist-firefox/
node scripts/release.mjs firefox      # → release/${firefoxZip}
sha256sum release/${firefoxZip}
\`\`\`

The last line prints

\`\`\`
${firefoxSha256}  release/${firefoxZip}
\`\`\`

the SHA-256 of the archive submitted as version ${version}. \`dist-firefox/\` is the unpacked add-on, if you would
rather compare files than archives.
`;
}

/**
 * Packs the built extension(s) of <root> into <out>.
 * @param {{ root: string, out?: string, only?: 'firefox' }} opts
 * @returns {{ version: string, files: { file: string, bytes: number, sha256: string }[] }}
 */
export function release({ root, out = join(root, 'release'), only }) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const version = pkg.version;
  mkdirSync(out, { recursive: true });
  const files = [];
  const write = (suffix, entries) => {
    const zip = zipFiles(entries);
    const file = join(out, `${NAME}-${version}-${suffix}.zip`);
    writeFileSync(file, zip);
    files.push({ file, bytes: zip.length, sha256: sha256(zip) });
    return files.at(-1);
  };
  const pack = (target) => {
    const dir = join(root, TARGETS[target]);
    const manifestPath = join(dir, 'manifest.json');
    if (!existsSync(manifestPath)) throw new Error(`release: no ${TARGETS[target]}/manifest.json; build ${target} first`);
    const built = JSON.parse(readFileSync(manifestPath, 'utf8')).version;
    if (built !== version) {
      throw new Error(`release: ${TARGETS[target]}/manifest.json has version ${JSON.stringify(built)} but package.json has ${JSON.stringify(version)}; rebuild`);
    }
    return write(target, collectFiles(dir));
  };

  const firefox = pack('firefox');
  if (only === 'firefox') return { version, files };
  pack('chrome');
  const sources = sourceNames(root).map((name) => ({ name, data: readFileSync(join(root, name)) }));
  const doc = buildMd({
    version,
    firefoxZip: relative(out, firefox.file),
    firefoxSha256: firefox.sha256,
    node: process.versions.node,
    npm: npmVersion(),
  });
  const entries = [...sources, { name: 'BUILD.md', data: Buffer.from(doc) }].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  write('source', entries);
  return { version, files };
}

function npmVersion() {
  const agent = /npm\/(\S+)/.exec(process.env.npm_config_user_agent ?? '');
  if (agent) return agent[1];
  try {
    return execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'the one bundled with that Node.js';
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const arg = process.argv[2];
  try {
    if (arg && arg !== 'firefox') throw new Error(`release: unknown argument ${JSON.stringify(arg)} (only "firefox")`);
    const { files } = release({ root, only: arg });
    for (const f of files) console.log(`${relative(root, f.file)}  ${(f.bytes / 1024).toFixed(1)} kB  sha256 ${f.sha256}`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
