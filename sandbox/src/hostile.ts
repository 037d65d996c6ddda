// Hostile page text for `hostile=1`: what anyone who can name a shop, an app or an email can put on the page.
// Every executable payload sets `window.__pwned` (the page-side canary) or calls alert() (a dialog the e2e
// listens for). The stand-in renders all of it as React text; only an extension that parsed page text as
// HTML could make one fire. Pure data, imported by the e2e specs for the figures in SECURITY.md.

/** 10 kB, to stretch every text path (storage limits, tooltip layout). */
export const LONG = 'W'.repeat(10 * 1024);

const pwn = (tag: string) => `window.__pwned=${JSON.stringify(tag)}`;

/** Markup and script payloads. */
export const PAYLOADS = {
  img: `<img src=x onerror="${pwn('img')}">`,
  svg: `"><svg onload="${pwn('svg')}">`,
  script: `<script>${pwn('script')}</script>`,
  jsUrl: `javascript:${pwn('js-url')}//`,
  anchor: `<a href="javascript:${pwn('anchor')}">details</a>`,
  iframe: `<iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe>`,
  alert: `<img src=y onerror=alert('pwned')>`,
  style: `<style>:host,*{display:none!important}</style>`,
  template: `{{constructor.constructor('${pwn('template')}')()}}`,
  attr: `' onmouseover='${pwn('attr')}' x='`,
} as const;

/** Bidi and zero-width text: looks like something it is not. */
export const TRICKS = {
  /** Renders as "Pipe17" but is not (zero-width space inside). */
  zeroWidthPipe17: 'Pipe\u200b17',
  /** Right-to-left override: renders as "Pipe17". */
  bidiPipe17: '\u202e71epiP\u202c',
  /** Bidi isolate + override around a shop name. */
  bidiShop: 'Acme \u2067\u202eSU sroodtuO\u202c\u2069',
  /** Zero-width joiner/non-joiner/BOM sprinkled in. */
  zeroWidthShop: 'Acme\u200d Outdoors\u200c US\ufeff',
} as const;

/** The shop the seller is in (header, Target shop, Pipe17 connector): markup, script and bidi in under 300 characters. */
export const HOSTILE_SHOP = `Acme ${PAYLOADS.img} ${PAYLOADS.svg} \u202eSU\u202c`;

/** Contact email prefilled in the Renew dialog: markup and 10 kB, never a valid address. */
export const HOSTILE_EMAIL = `${PAYLOADS.svg}${PAYLOADS.alert}@${LONG}.com`;

/** Target shop options. */
export const HOSTILE_SHOPS = [HOSTILE_SHOP, TRICKS.bidiShop, TRICKS.zeroWidthShop, `${PAYLOADS.script}${LONG}`, 'Acme Outdoors US'];

/** Status texts of other apps' rows. */
export const HOSTILE_STATUSES = [PAYLOADS.img, `Active ${PAYLOADS.svg}`, TRICKS.bidiPipe17, LONG];

/**
 * Other apps, listed before Pipe17 so a careless finder meets them first: [name, developer/description].
 * Decoys name Pipe17 in their description or look like "Pipe17" without being it.
 */
export const HOSTILE_APPS: [string, string][] = [
  [TRICKS.zeroWidthPipe17, 'Pipe17, Inc.'],
  [TRICKS.bidiPipe17, 'Looks like Pipe17'],
  ['Pipe17 Helper', 'Unofficial'],
  ['OrderBridge', `Syncs your orders with Pipe17 ${PAYLOADS.anchor}`],
  [PAYLOADS.img, PAYLOADS.svg],
  [PAYLOADS.script, PAYLOADS.iframe],
  [PAYLOADS.jsUrl, PAYLOADS.alert],
  [PAYLOADS.template, PAYLOADS.attr],
  [PAYLOADS.style, TRICKS.zeroWidthShop],
  [LONG, LONG],
];

/** A notification and an alert that mention Pipe17 (and carry an Authorize button) outside the apps table. */
export const HOSTILE_NOTICE = `Pipe17 needs to be re-authorized ${PAYLOADS.img}`;
/** An incident about Pipe17, shown on the Apps tab above the table. */
export const HOSTILE_INCIDENT = `Order sync delayed ${PAYLOADS.svg}`;

/** Every distinct hostile string the stand-in puts on a page under `hostile=1`. */
export const ALL_HOSTILE_STRINGS: string[] = [
  ...new Set([
    ...Object.values(PAYLOADS),
    ...Object.values(TRICKS),
    LONG,
    HOSTILE_SHOP,
    HOSTILE_EMAIL,
    ...HOSTILE_SHOPS,
    ...HOSTILE_STATUSES,
    ...HOSTILE_APPS.flat(),
    HOSTILE_NOTICE,
    HOSTILE_INCIDENT,
  ]),
];
