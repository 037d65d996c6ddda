import { HOSTILE_APPS, HOSTILE_STATUSES } from './hostile';
import type { Settings } from './scenario';

export type AppStatus = 'Active' | 'Expiring soon' | 'Expired';

export interface AppRow {
  key: string;
  name: string;
  developer: string;
  /** Hostile rows (`hostile=1`) carry arbitrary status text. */
  status: AppStatus | string;
  expiry: string;
  /** Whether the app's authorization can be renewed from this list (owners only). */
  renewable: boolean;
}

const DAY = 24 * 60 * 60 * 1000;
export const isoDate = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const daysFromNow = (n: number): string => isoDate(new Date(Date.now() + n * DAY));
export const oneYearAhead = (): string => {
  const d = new Date();
  d.setFullYear(d.getFullYear() + 1);
  return isoDate(d);
};

const statusOf = (days: number): AppStatus => (days < 0 ? 'Expired' : days <= 30 ? 'Expiring soon' : 'Active');

// [name, developer, days until the authorization expires]
const OTHER_APPS: [string, string, number][] = [
  ['ShipHero Sync', 'ShipHero', 142],
  ['Klaviyo for TikTok Shop', 'Klaviyo', 12],
  ['Inventory Planner', 'Sage', 301],
  ['Gorgias Helpdesk', 'Gorgias', -3],
  ['Feedonomics', 'Feedonomics', 88],
  ['ShipStation Connect', 'ShipStation', 210],
  ['Linnworks', 'Linnworks', 27],
  ['Zendesk for Sellers', 'Zendesk', 190],
  ['Sellbrite', 'GoDaddy', -40],
  ['Yotpo Reviews', 'Yotpo', 330],
  ['Extensiv Order Manager', 'Extensiv', 64],
  ['QuickBooks Commerce Bridge', 'Intuit', 17],
  ['CedCommerce Multichannel', 'CedCommerce', 245],
  ['Veeqo', 'Amazon', 120],
];

const FILLER = ['Aftership Tracking', 'Omnisend', 'Printful', 'Route Package Protection', 'Skubana', 'Brightpearl',
  'Rithum', 'Zentail', 'ChannelAdvisor Lite', 'Ordoro', 'Shippo', 'Easyship', 'Returnly', 'Loop Returns', 'Recharge',
  'Tidio Chat', 'Privy', 'Judge.me', 'Stamped', 'Okendo', 'Attentive', 'Postscript', 'Triple Whale', 'Northbeam',
  'Daasity', 'Glew', 'Stocky', 'Katana MRP'];

export function pipe17Row(settings: Settings): AppRow {
  if (settings.renewed) {
    return { key: 'pipe17', name: 'Pipe17', developer: 'Pipe17, Inc.', status: 'Active', expiry: oneYearAhead(), renewable: settings.owner };
  }
  const days = settings.app === 'active' ? 200 : settings.app === 'expiring' ? 5 : -10;
  return { key: 'pipe17', name: 'Pipe17', developer: 'Pipe17, Inc.', status: statusOf(days), expiry: daysFromNow(days), renewable: settings.owner };
}

/** The apps list, with Pipe17 where the scenario wants it (page 1 row 6, page 2, or below the fold). */
export function appRows(settings: Settings): AppRow[] {
  const others: AppRow[] = OTHER_APPS.map(([name, developer, days]) => ({
    key: name.toLowerCase().replace(/\W+/g, '-'),
    name,
    developer,
    status: statusOf(days),
    expiry: daysFromNow(days),
    renewable: settings.owner && days < 60,
  }));
  if (settings.below) {
    FILLER.forEach((name, i) =>
      others.push({ key: name.toLowerCase().replace(/\W+/g, '-'), name, developer: name.split(' ')[0]!, status: 'Active', expiry: daysFromNow(90 + i * 7), renewable: false }),
    );
  }
  if (settings.rows) {
    // A huge shop: `rows` apps on one page, Pipe17 ten rows from the end.
    const many: AppRow[] = Array.from({ length: settings.rows - 1 }, (_, i) => {
      const n = String(i + 1).padStart(5, '0');
      return { key: `bulk-${n}`, name: `Bulk App ${n}`, developer: `Vendor ${n}`, status: 'Active', expiry: daysFromNow(30 + (i % 300)), renewable: settings.owner && i % 7 === 0 };
    });
    many.splice(Math.max(0, many.length - 9), 0, pipe17Row(settings));
    return many;
  }
  if (settings.hostile) {
    // Decoys and payloads first, so a careless finder meets them before the real Pipe17 row.
    const hostile: AppRow[] = HOSTILE_APPS.map(([name, developer], i) => ({
      key: `hostile-${i}`,
      name,
      developer,
      status: i < HOSTILE_STATUSES.length ? HOSTILE_STATUSES[i]! : 'Expired',
      expiry: daysFromNow(-5 - i),
      renewable: settings.owner,
    }));
    others.unshift(...hostile);
  }
  const at = settings.hostile ? HOSTILE_APPS.length + 2 : settings.below ? others.length - 2 : settings.page2 ? 12 : 5;
  others.splice(at, 0, pipe17Row(settings));
  return others;
}

export const INCIDENTS = [
  { key: 'i1', title: 'Pipe17 order sync delayed', app: 'Pipe17', level: 'Warning', opened: daysFromNow(-1), state: 'Open' },
  { key: 'i2', title: 'Webhook deliveries failing for Klaviyo for TikTok Shop', app: 'Klaviyo for TikTok Shop', level: 'Critical', opened: daysFromNow(-4), state: 'Open' },
  { key: 'i3', title: 'Inventory updates rate-limited', app: 'Inventory Planner', level: 'Info', opened: daysFromNow(-9), state: 'Resolved' },
];

export const SHARED_DATA = [
  ['Orders', 'Read order details and update order status'],
  ['Products', 'Read and update product listings'],
  ['Inventory', 'Read and update stock levels'],
  ['Fulfillment', 'Create shipments and upload tracking numbers'],
  ['Returns & refunds', 'Read return and refund requests'],
  ['Shop information', 'Read shop name, region and warehouses'],
] as const;
