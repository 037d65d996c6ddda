// Pipe17 app stand-in (app.pipe17.com): the integrations list and the TikTok Shop connector page. Plain React.
import type { Settings } from './scenario';
import { navigate } from './site';
import { useLocation } from './useLocation';

const LABEL = {
  connected: 'Connected', connecting: 'Connecting', 'not-configured': 'Not Configured', error: 'Error', disconnected: 'Disconnected',
} as const;
type Status = keyof typeof LABEL;

const Badge = ({ status }: { status: Status }) => <span className={`p17-badge p17-badge--${status}`}>{LABEL[status]}</span>;

export function Pipe17App({ settings }: { settings: Settings }) {
  const { pathname } = useLocation();
  if (settings.connector === 'errorpage') {
    return (
      <div className="p17-error">
        <h1>Something went wrong</h1>
        <p>500 Internal Server Error. Please try again later.</p>
      </div>
    );
  }
  const tiktok: Status = settings.connector;
  return (
    <div className="p17-root">
      <aside className="p17-nav">
        <div className="p17-brand">pipe17</div>
        {['Dashboard', 'Orders', 'Inventory', 'Products', 'Integrations'].map((item) => (
          <a key={item} href={`/${item.toLowerCase()}`}
            className={pathname.startsWith(`/${item.toLowerCase()}`) ? 'p17-nav-item p17-nav-item--active' : 'p17-nav-item'}
            onClick={(e) => { e.preventDefault(); navigate(`/${item.toLowerCase()}`); }}>
            {item}
          </a>
        ))}
      </aside>
      <main className="p17-main">
        {pathname === '/integrations/tiktok-shop' ? <Connector status={tiktok} shop={settings.hostile ? settings.currentShop : 'Acme Outdoors US'} />
          : pathname.startsWith('/integrations') ? <Integrations tiktok={tiktok} />
          : <section><h1>{pathname.slice(1) || 'Dashboard'}</h1><p className="p17-muted">Nothing here in the sandbox.</p></section>}
      </main>
    </div>
  );
}

function Integrations({ tiktok }: { tiktok: Status }) {
  const rows: [string, string, Status][] = [
    ['TikTok Shop', '/integrations/tiktok-shop', tiktok],
    ['Shopify', '/integrations/shopify', 'connected'],
    ['ShipStation', '/integrations/shipstation', 'connected'],
  ];
  return (
    <section>
      <h1>Integrations</h1>
      <ul className="p17-list">
        {rows.map(([name, path, status]) => (
          <li key={name} className="p17-list-item">
            <a href={path} onClick={(e) => { e.preventDefault(); navigate(path); }}>{name}</a>
            <Badge status={status} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Connector({ status, shop }: { status: Status; shop: string }) {
  const failed = status === 'error' || status === 'disconnected'
    ? ['Order #TT-58211: shop authorization expired', 'Order #TT-58207: shop authorization expired', 'Inventory sync: 401 Unauthorized']
    : [];
  return (
    <section>
      <h1>TikTok Shop</h1>
      <p className="p17-shop">Shop: {shop}</p>
      <div className="p17-status">Status: <Badge status={status} /></div>
      <div className="p17-actions">
        <button type="button" className="p17-button p17-button--primary">Connect to TikTok</button>
        <button type="button" className="p17-button">Sync now</button>
      </div>
      <h2>Failed records</h2>
      {failed.length ? (
        <ul className="p17-failed">{failed.map((f) => <li key={f}>{f}</li>)}</ul>
      ) : (
        <p className="p17-muted">No failed records.</p>
      )}
    </section>
  );
}
