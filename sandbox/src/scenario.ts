// Scenario switches come in as query parameters and are remembered per origin (sessionStorage),
// so they survive in-app navigation; links to other origins carry them along.
import { HOSTILE_EMAIL, HOSTILE_SHOP, HOSTILE_SHOPS } from './hostile';
import { isSandboxLanguage, TRANSLATIONS, type SandboxLanguage } from './languages';
import { isConditionsPath } from '../../src/shared/hosts';

export const SCENARIO_KEYS = [
  'owner', 'app', 'delay', 'page2', 'below', 'shops', 'shop', 'current', 'noreauth', 'connector', 'fast', 'renewed', 'panel',
  'hostile', 'rows', 'iframe', 'dupdialog', 'rename', 'columns', 'lang', 'refuse', 'form', 'nav', 'table', 'conditions',
  'p17', 'arco', 'authhost', 'role',
] as const;
export type ScenarioKey = (typeof SCENARIO_KEYS)[number];
export type Scenario = Partial<Record<ScenarioKey, string>>;

const STORAGE_KEY = 'sandbox-scenario';

function stored(): Scenario {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}') as Scenario;
  } catch {
    return {};
  }
}

/**
 * Reads the scenario. A URL that names any scenario parameter defines the whole scenario (so a test's
 * `goto` gets exactly what it asks for); a URL without any keeps the one remembered for this tab.
 */
export function readScenario(site: string): Scenario {
  const params = new URLSearchParams(location.search);
  const fromUrl: Scenario = {};
  for (const key of SCENARIO_KEYS) {
    const value = params.get(key);
    if (value !== null) fromUrl[key] = value;
  }
  // On the conditions page (either host) `shop` is the chosen target shop, so the scenario's own `shop` travels as `default_shop`.
  if (site === 'auth' || isConditionsPath(location.pathname)) {
    delete fromUrl.shop;
    const defaultShop = params.get('default_shop');
    if (defaultShop !== null) fromUrl.shop = defaultShop;
  }
  const scenario = Object.keys(fromUrl).length ? fromUrl : stored();
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(scenario));
  return scenario;
}

export function saveScenario(scenario: Scenario): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(scenario));
}

/** The scenario as query parameters, to pass across origins. */
export function scenarioParams(scenario: Scenario, omit: ScenarioKey[] = []): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of SCENARIO_KEYS) {
    const value = scenario[key];
    if (value !== undefined && !omit.includes(key)) params.set(key, value);
  }
  return params;
}

export const SHOP_NAMES = [
  'Acme Outdoors US',
  'Acme Outdoors Outlet',
  'Acme Test Shop',
  'Acme Gear Wholesale',
  'Acme Outdoors Canada',
  'Acme Kids & Camp',
];

export interface Settings {
  owner: boolean;
  app: 'active' | 'expiring' | 'expired';
  delayMs: number;
  /** `delay=held`: the rows wait for a `standin:rows` event on the window, so a test sees the loading state for sure. */
  rowsHeld: boolean;
  page2: boolean;
  below: boolean;
  shops: string[];
  /** Renew dialog's initial Target shop; '' = nothing selected. */
  defaultShop: string;
  /** The shop the seller is logged into (header). */
  currentShop: string;
  noReauth: boolean;
  connector: 'connected' | 'connecting' | 'not-configured' | 'error' | 'disconnected' | 'errorpage';
  fast: boolean;
  renewed: boolean;
  panel: boolean;
  /** Hostile text everywhere anyone can set it (see hostile.ts), decoys that mention Pipe17. */
  hostile: boolean;
  /** Rows in the apps table (all on one page), Pipe17 near the end; 0 = the usual list. */
  rows: number;
  /** The apps tab's content (search, table, pager) lives in a same-origin iframe. */
  iframe: boolean;
  /** Authorize opens two Renew dialogs: one closing while the other opens. */
  dupDialog: boolean;
  /** Labels renamed so the guide's finders miss them: growth, myapps, consent (the conditions page's Authorize). */
  rename: ReadonlySet<string>;
  /** `moved`: the apps table's columns in another order (Action first, name last). */
  columns: 'normal' | 'moved';
  /** Contact email prefilled in the Renew dialog. */
  email: string;
  /** `lang=pseudo`: every label pseudo-localized (`qps-ploc`), as a Seller Center shown in a language the guide does not read. */
  pseudo: boolean;
  /** `lang=es` / `lang=zh-CN`: every label in that language (our own translations, `languages.ts`). */
  language: SandboxLanguage | null;
  /** `refuse=1`: Seller Center refuses every complete Confirm to install (an error message; the dialog stays open). */
  refuse: boolean;
  /**
   * `form=…` (comma-separated): the Renew dialog built with other Arco props a Seller Center release could use —
   * `search` (searchable selects), `colon` (labels end in a colon), `horizontal` (labels beside the fields),
   * `radio` (Renew options as radio buttons), `custom` (Target shop options drawn with an avatar and a region line),
   * `clear` (inputs with a clear button), `phone` (a country-code select before the phone number), `cascader`
   * (Target shop picked as region, then shop), `static` (Target shop shown as text, not chosen), `multiple` (Target
   * shop a multiple select: each chosen shop a tag), `longtitle` (the dialog titled "Renew Pipe17 authorization").
   */
  form: ReadonlySet<string>;
  /**
   * `nav=inline`: the left navigation's submenus open in place on a click (Arco Menu's vertical mode), not on hover;
   * `nav=collapsed`: the navigation folded to its icons (Arco's collapsed Sider and Menu).
   */
  nav: 'pop' | 'inline' | 'collapsed' | 'm4b' | 'm4b-store' | 'm4b-kept';
  /**
   * `table=…` (comma-separated): the apps table built with other Arco props — `links` (actions as Link, not text
   * buttons), `badge` (status as a Badge with text, not a Tag), `fixed` (name and Action columns fixed, the table
   * scrolling sideways), `counts` (the Apps and Incidents tabs with their counts: "Apps (14)", "Incidents" and a
   * count badge), `more` (one action on the row, the others, Authorize among them, in a "More" (⋯) menu), `moreonly`
   * (every action in that menu, View details too: the ⋯ button is the row's only action), `segmented`
   * (Apps and Incidents as a segmented control: Radio buttons, one panel rendered at a time).
   */
  table: ReadonlySet<string>;
  /** `conditions=checkbox`: the conditions page asks for a ticked "I agree" before its Authorize is enabled. */
  conditionsCheckbox: boolean;
  /**
   * `p17=…` (comma-separated): the Pipe17 connector page in other shapes — `div` (its title a large div, not a
   * heading), `h5`, `tiktok` / `us` (the connector named "TikTok" / "TikTok Shop (US)"), `disabled` (the status word
   * "Disabled", the toggle off), `toggle` (no status word: the enabled toggle, a spinning wheel beside it while
   * connecting, off when disconnected), `nostatus` (neither a word nor a toggle).
   */
  p17: ReadonlySet<string>;
  /**
   * `conditions=seller`: Confirm to install opens the conditions page on the Seller Center host itself, at
   * `/services/market/custom-authorize/<service_id>?shop_region=…` (where public projects see it).
   */
  conditionsOnSeller: boolean;
  /** `arco=core`: Arco under `prefixCls="core"` (`core-select-view`, `core-tabs-header-title-active`…), not `theme-arco`. */
  prefix: 'theme-arco' | 'core';
  /** `authhost=us`: the conditions page on the US authorization host, services.tiktokshops.us. */
  authHost: string | null;
  /**
   * `role=…`: the account's role drawn in the header beside its name, as Seller Center might show a sub-account's
   * (e.g. `role=Customer Service Agent`); null: "Account owner" or "Member" as before.
   */
  role: string | null;
}

const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

export function settingsOf(s: Scenario): Settings {
  const hostile = s.hostile === '1';
  const count = Math.min(Math.max(Number(s.shops ?? 3) || 3, 1), SHOP_NAMES.length);
  const shops = hostile ? HOSTILE_SHOPS : SHOP_NAMES.slice(0, count);
  const currentShop = s.current ?? (hostile ? HOSTILE_SHOP : shops[0]!);
  return {
    owner: s.owner !== '0',
    app: oneOf(s.app, ['active', 'expiring', 'expired'] as const, 'expired'),
    delayMs: Math.max(0, Number(s.delay ?? 0) || 0),
    rowsHeld: s.delay === 'held',
    page2: s.page2 === '1',
    below: s.below === '1',
    shops,
    defaultShop: s.shop ?? currentShop,
    currentShop,
    noReauth: s.noreauth === '1',
    connector: oneOf(s.connector, ['connected', 'connecting', 'not-configured', 'error', 'disconnected', 'errorpage'] as const, 'connected'),
    fast: s.fast === '1',
    renewed: s.renewed === '1',
    panel: s.panel === '1',
    hostile,
    rows: Math.min(Math.max(Math.floor(Number(s.rows ?? 0)) || 0, 0), 20_000),
    iframe: s.iframe === '1',
    dupDialog: s.dupdialog === '1',
    rename: new Set((s.rename ?? '').split(',').filter(Boolean)),
    columns: s.columns === 'moved' ? 'moved' : 'normal',
    email: hostile ? HOSTILE_EMAIL : 'owner@acme-outdoors.com',
    pseudo: s.lang === 'pseudo',
    language: isSandboxLanguage(s.lang) ? s.lang : null,
    refuse: s.refuse === '1',
    form: new Set((s.form ?? '').split(',').filter(Boolean)),
    nav: oneOf(s.nav, ['inline', 'collapsed', 'm4b', 'm4b-store', 'm4b-kept'] as const, 'pop'),
    table: new Set((s.table ?? '').split(',').filter(Boolean)),
    p17: new Set((s.p17 ?? '').split(',').filter(Boolean)),
    conditionsCheckbox: (s.conditions ?? '').split(',').includes('checkbox'),
    conditionsOnSeller: (s.conditions ?? '').split(',').includes('seller'),
    prefix: s.arco === 'core' ? 'core' : 'theme-arco',
    authHost: s.authhost === 'us' ? 'services.tiktokshops.us' : null,
    role: s.role?.trim().slice(0, 300) || null,
  };
}

// Pseudo-localization (`qps-ploc`, a private-use tag no real page declares): the same labels with accented letters
// in brackets. It stands for any language whose wording the guide's text table lacks, without pretending to be
// Seller Center's real wording in one.
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'][i]!]),
);
let pseudoOn = false;
let table: Record<string, string> | null = null;
/** Called once at start-up with the scenario's settings; sets `<html lang>` as a localized page would. */
export function setLanguage(settings: Settings): void {
  pseudoOn = settings.pseudo;
  table = settings.language ? TRANSLATIONS[settings.language] : null;
  document.documentElement.lang = pseudoOn ? 'qps-ploc' : (settings.language ?? 'en');
}
export const pseudo = (label: string): string => `[${[...label].map((c) => ACCENTED[c] ?? c).join('')}]`;
/**
 * A label as the page shows it: itself, its pseudo-localized form under `lang=pseudo`, or its translation under
 * `lang=es|zh-CN` (a label missing there shows pseudo-localized, so a gap cannot pass for English). Names and data
 * stay as they are.
 */
export const ui = (label: string): string => (pseudoOn ? pseudo(label) : table ? (table[label] ?? pseudo(label)) : label);
