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
        {pathname === '/integrations/tiktok-shop' ? <Connector status={tiktok} shop={settings.hostile ? settings.currentShop : 'Acme Outdoors US'} shape={settings.p17} />
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

/** The connector's title in the shape `p17=` asks for: an h1, an h5, or a div that only looks like a title. */
function Title({ shape }: { shape: ReadonlySet<string> }) {
  const name = shape.has('us') ? 'TikTok Shop (US)' : shape.has('tiktok') ? 'TikTok' : 'TikTok Shop';
  if (shape.has('div')) return <div style={{ fontSize: 28, fontWeight: 600, margin: '0 0 12px' }}>{name}</div>;
  return shape.has('h5') ? <h5 style={{ fontSize: 24, margin: '0 0 12px' }}>{name}</h5> : <h1>{name}</h1>;
}

/** The enabled toggle in the page's upper right, and the spinning wheel beside it (Pipe17's "ReAuthorize an Integration"). */
function Toggle({ on, wheel }: { on: boolean; wheel: boolean }) {
  return (
    <div style={{ position: 'absolute', top: 0, right: 0, display: 'flex', alignItems: 'center', gap: 8 }}>
      {wheel && (
        <span role="progressbar" aria-label="Connecting"
          style={{ width: 16, height: 16, border: '2px solid #ccc', borderTopColor: '#2e7d32', borderRadius: '50%', animation: 'p17-spin 1s linear infinite' }} />
      )}
      <button type="button" role="switch" aria-checked={on} aria-label="Enabled"
        style={{ width: 40, height: 22, borderRadius: 11, border: 0, background: on ? '#2e7d32' : '#bbb', position: 'relative' }}>
        <span style={{ position: 'absolute', top: 3, left: on ? 21 : 3, width: 16, height: 16, borderRadius: '50%', background: '#fff' }} />
      </button>
      <style>{'@keyframes p17-spin { to { transform: rotate(360deg) } }'}</style>
    </div>
  );
}

function Connector({ status, shop, shape }: { status: Status; shop: string; shape: ReadonlySet<string> }) {
  const failed = status === 'error' || status === 'disconnected'
    ? ['Order #TT-58211: shop authorization expired', 'Order #TT-58207: shop authorization expired', 'Inventory sync: 401 Unauthorized']
    : [];
  const disabled = shape.has('disabled');
  // The toggle shape shows no status word for the states a toggle can show; Error and Not Configured keep theirs.
  const toggleOnly = shape.has('toggle') && ['connected', 'connecting', 'disconnected'].includes(status);
  const word = shape.has('nostatus') || toggleOnly ? null
    : disabled ? <span className="p17-badge p17-badge--disconnected">Disabled</span> : <Badge status={status} />;
  return (
    <section style={{ position: 'relative' }}>
      <Title shape={shape} />
      {(shape.has('toggle') || disabled) && <Toggle on={!disabled && status !== 'disconnected'} wheel={status === 'connecting'} />}
      <p className="p17-shop">Shop: {shop}</p>
      {word && <div className="p17-status">Status: {word}</div>}
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
      {shape.size > 0 && (
        // Other connectors' words on the same page, in a list: never the TikTok connector's.
        <>
          <h2>Other integrations</h2>
          <ul className="p17-list">
            <li className="p17-list-item">Shopify <Badge status="connected" /></li>
            <li className="p17-list-item">Amazon <Badge status="error" /></li>
          </ul>
        </>
      )}
    </section>
  );
}
