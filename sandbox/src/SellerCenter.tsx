// Seller Center stand-in: header, left navigation (Arco Menu, pop mode), home and "My apps and incidents".
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  Alert, Avatar, Badge, Button, Card, Dropdown, Empty, Grid, Input, Layout, List, Menu, Message, Notification, Popconfirm, Radio, Space, Statistic, Table, Link, Tabs, Tag,
  Typography,
} from '@arco-design/web-react';
import type { ColumnProps } from '@arco-design/web-react/es/Table';
import {
  IconApps, IconDashboard, IconFile, IconGift, IconHome, IconMore, IconNotification, IconQuestionCircle, IconSearch, IconSettings,
  IconStorage, IconTrophy,
} from '@arco-design/web-react/icon';
import { appRows, INCIDENTS, type AppRow } from './data';
import { HOSTILE_INCIDENT, HOSTILE_NOTICE } from './hostile';
import { RenewDialog } from './RenewDialog';
import { scenarioParams, ui, type Scenario, type Settings } from './scenario';
import { navigate } from './site';
import { useLocation } from './useLocation';
import { AppStorePage, M4bNav } from './M4bNav';
import { DivTable } from './DivTable';

const MY_APPS_PATH = '/services/authorizations';

interface NavEntry { key: string; label: string; path: string }
const NAV: { key: string; label: string; icon: ReactNode; path?: string; children?: NavEntry[] }[] = [
  { key: 'home', label: 'Home', icon: <IconHome />, path: '/homepage' },
  { key: 'orders', label: 'Orders', icon: <IconFile />, children: [
    { key: 'manage-orders', label: 'Manage orders', path: '/order' },
    { key: 'returns', label: 'Returns & refunds', path: '/order/return' },
  ] },
  { key: 'products', label: 'Products', icon: <IconStorage />, children: [
    { key: 'manage-products', label: 'Manage products', path: '/product/manage' },
    { key: 'add-product', label: 'Add new product', path: '/product/create' },
  ] },
  { key: 'marketing', label: 'Marketing', icon: <IconGift />, children: [
    { key: 'promotions', label: 'Promotions', path: '/promotion' },
    { key: 'campaigns', label: 'Campaigns', path: '/campaign' },
  ] },
  { key: 'growth', label: 'Growth', icon: <IconTrophy />, children: [
    { key: 'app-store', label: 'App store', path: '/services/market' },
    { key: 'my-apps', label: 'My Apps & Services', path: `${MY_APPS_PATH}?tab=apps` },
    { key: 'creator-affiliates', label: 'Creator affiliates', path: '/affiliate/creators' },
    { key: 'seller-university', label: 'Seller University', path: '/university' },
  ] },
  { key: 'finance', label: 'Finance', icon: <IconDashboard />, children: [
    { key: 'statements', label: 'Statements', path: '/finance/statements' },
    { key: 'payments', label: 'Payments', path: '/finance/payments' },
  ] },
  { key: 'account', label: 'Account', icon: <IconSettings />, children: [
    { key: 'account-settings', label: 'Account settings', path: '/account/settings' },
    { key: 'user-accounts', label: 'User accounts', path: '/account/users' },
  ] },
];
const ENTRIES: NavEntry[] = NAV.flatMap((n) => (n.children ?? [{ key: n.key, label: n.label, path: n.path! }]));

/** `rename=growth,myapps`: the same menu under other words, so the guide's finders miss it. */
const RENAMED: Record<string, [key: string, label: string]> = { growth: ['growth', 'Grow your business'], myapps: ['my-apps', 'App hub'] };
function labelOf(key: string, label: string, settings: Settings): string {
  for (const r of settings.rename) if (RENAMED[r]?.[0] === key) return RENAMED[r]![1];
  return ui(label);
}

export function SellerCenter({ scenario, settings }: { scenario: Scenario; settings: Settings }) {
  const { pathname } = useLocation();
  const m4b = settings.nav === 'm4b' || settings.nav === 'm4b-store' || settings.nav === 'm4b-kept';
  const nav = settings.nav === 'm4b-store' ? NAV.map((g) => (g.key === 'growth' ? { ...g, children: g.children!.filter((c) => c.key !== 'my-apps') } : g)) : NAV;
  const page =
    pathname === '/' || pathname === '/homepage' ? <HomePage settings={settings} />
    : pathname === MY_APPS_PATH ? <MyAppsPage scenario={scenario} settings={settings} />
    : m4b && pathname === '/services/market' ? <AppStorePage />
    : <PlaceholderPage title={ENTRIES.find((e) => e.path.split('?')[0] === pathname)?.label ?? 'Page not found'} />;
  const selected = pathname === '/' ? 'home' : ENTRIES.find((e) => e.path.split('?')[0] === pathname)?.key;

  return (
    <Layout className="theme-m4b-layout sc-root">
      <Layout.Header className="theme-m4b-layout-header sc-header">
        <div className="sc-logo" onClick={() => navigate('/homepage')}>
          <span className="sc-logo-mark">♪</span>
          <span className="sc-logo-text">TikTok Shop</span>
          <span className="sc-logo-sub">Seller Center</span>
        </div>
        <Space size={20} className="sc-header-right">
          <IconNotification className="sc-header-icon" />
          <IconQuestionCircle className="sc-header-icon" />
          <div className="sc-shop" data-sandbox="shop-name">
            <Avatar size={28} style={{ backgroundColor: '#165dff' }}>A</Avatar>
            <div>
              <div className="sc-shop-name">{settings.currentShop}</div>
              {settings.role ? (
                // `role=…`: OUR OWN GUESS at placement. No public source shows Seller Center's header naming the
                // account's role; drawn here, as its own element beside the name where an account menu would be, so the
                // guide's reader (src/content/finders/accountRole.ts) has something to find or to refuse.
                <div className="sc-account-name">
                  Dana Whitfield <span className="sc-account-role" data-sandbox="account-role">{ui(settings.role)}</span>
                </div>
              ) : (
                <div className="sc-account-name">
                  Dana Whitfield · {settings.owner ? 'Account owner' : 'Member'}
                </div>
              )}
            </div>
          </div>
        </Space>
      </Layout.Header>
      <Layout className="sc-body">
        {/* `nav=collapsed`: the navigation folded to its icons (the owner collapsed it); Arco keeps the labels, hidden. */}
        <Layout.Sider width={220} collapsed={settings.nav === 'collapsed'} collapsedWidth={56} className="theme-m4b-layout-sider sc-sider">
          {m4b ? <M4bNav groups={nav} pathname={pathname} label={(key, text) => labelOf(key, text, settings)} kept={settings.nav === 'm4b-kept'} /> : <Menu
            mode={settings.nav === 'inline' ? 'vertical' : 'pop'}
            collapse={settings.nav === 'collapsed'}
            className="theme-m4b-menu sc-menu"
            selectedKeys={selected ? [selected] : []}
            onClickMenuItem={(key) => {
              const entry = ENTRIES.find((e) => e.key === key);
              if (entry) navigate(entry.path);
            }}
          >
            {NAV.map((n) =>
              n.children ? (
                <Menu.SubMenu key={n.key} title={<>{n.icon}{labelOf(n.key, n.label, settings)}</>}>
                  {n.children.map((c) => <Menu.Item key={c.key}>{labelOf(c.key, c.label, settings)}</Menu.Item>)}
                </Menu.SubMenu>
              ) : (
                <Menu.Item key={n.key}>{n.icon}{ui(n.label)}</Menu.Item>
              ),
            )}
          </Menu>}
        </Layout.Sider>
        {/* The content area scrolls on its own, not the window, like Seller Center. */}
        <Layout.Content className="theme-m4b-layout-content sc-content">{page}</Layout.Content>
      </Layout>
    </Layout>
  );
}

function HomePage({ settings }: { settings: Settings }) {
  const { Row, Col } = Grid;
  const stats: [string, number, string?][] = [
    ["Today's GMV", 12840.52, '$'], ['Orders', 318], ['Visitors', 9412], ['Conversion rate', 3.38],
  ];
  return (
    <div className="sc-page">
      <Typography.Title heading={4} className="sc-page-title">Welcome back, {settings.currentShop}</Typography.Title>
      <Row gutter={16}>
        {stats.map(([title, value, prefix]) => (
          <Col span={6} key={title}>
            <Card className="sc-card">
              <Statistic title={title} value={value} precision={title === 'Orders' || title === 'Visitors' ? 0 : 2}
                prefix={prefix} suffix={title === 'Conversion rate' ? '%' : undefined} groupSeparator />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col span={14}>
          <Card title="To do" className="sc-card">
            <List
              dataSource={[
                ['Orders to ship', 27], ['Return requests', 4], ['Products with low stock', 11], ['Messages awaiting reply', 6],
              ]}
              render={([label, n]) => (
                <List.Item key={label} extra={<Button type="text" size="mini">View</Button>}>
                  {label} <Tag color="arcoblue" size="small">{n}</Tag>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col span={10}>
          <Card title="Announcements" className="sc-card">
            <List
              dataSource={[
                'Holiday shipping cut-off dates are now available',
                'New fee structure for Fulfilled by TikTok from next month',
                'Seller University: growing with LIVE shopping',
                'Updated policy on prohibited products',
              ]}
              render={(text) => <List.Item key={text}><Typography.Text>{text}</Typography.Text></List.Item>}
            />
          </Card>
        </Col>
      </Row>
      <Card title="Shop health" className="sc-card" style={{ marginTop: 16 }}>
        <Space size={48}>
          <Statistic title="Shop rating" value={4.8} precision={1} />
          <Statistic title="On-time dispatch" value={97.2} precision={1} suffix="%" />
          <Statistic title="Response rate" value={91} suffix="%" />
        </Space>
      </Card>
    </div>
  );
}

function PlaceholderPage({ title }: { title: string }) {
  return (
    <div className="sc-page">
      <Typography.Title heading={4} className="sc-page-title">{title}</Typography.Title>
      <Card className="sc-card"><Empty description="Nothing to show in the sandbox" /></Card>
    </div>
  );
}

const STATUS_COLOR: Record<string, string> = { Active: 'green', 'Expiring soon': 'orange', Expired: 'red' };

/**
 * A row's action: an Arco Link (`table=links`) or a text button. A component of its own, not one made in each render:
 * that would be a new type every time, and React would replace the buttons instead of updating them.
 */
function Action(p: { links: boolean; onClick?: () => void; disabled?: boolean; children: ReactNode }) {
  return p.links
    ? <Link className="sc-action" disabled={p.disabled} onClick={p.onClick}>{p.children}</Link>
    : <Button type="text" size="small" disabled={p.disabled} onClick={p.onClick}>{p.children}</Button>;
}

function MyAppsPage({ scenario, settings }: { scenario: Scenario; settings: Settings }) {
  const { search } = useLocation();
  const tab = search.get('tab') === 'incidents' ? 'incidents' : 'apps';

  useEffect(() => {
    if (!settings.hostile) return;
    // A notification (a portal at the end of <body>) about Pipe17, with its own Authorize button.
    Notification.warning({
      id: 'hostile-notice',
      title: 'Pipe17',
      content: HOSTILE_NOTICE,
      duration: 0,
      btn: <Button type="primary" size="mini">Authorize</Button>,
    });
    return () => Notification.remove('hostile-notice');
  }, [settings]);

  const appsPanel = settings.iframe ? (
      // `iframe=1`: the apps list is another document; the guide runs in the top frame only.
      <iframe
        className="sc-apps-frame"
        title="Apps"
        src={frameSrc(scenario)}
        style={{ width: '100%', height: 640, border: 0 }}
      />
    ) : (
      <AppsPanel scenario={scenario} settings={settings} />
    );
  const incidentsTable = (
    <Table
      className="theme-m4b-table"
      rowKey="key"
      data={INCIDENTS}
      pagination={false}
      columns={[
        { title: ui('Incident'), dataIndex: 'title' },
        { title: ui('App'), dataIndex: 'app', width: 220 },
        { title: ui('Level'), dataIndex: 'level', width: 120, render: (l: string) => <Tag color={l === 'Critical' ? 'red' : l === 'Warning' ? 'orange' : 'gray'}>{l}</Tag> },
        { title: ui('Opened'), dataIndex: 'opened', width: 140 },
        { title: ui('State'), dataIndex: 'state', width: 120 },
      ]}
    />
  );

  return (
    <div className="sc-page">
      <Typography.Title heading={4} className="sc-page-title">{ui('My apps and incidents')}</Typography.Title>
      <Card className="sc-card">
        {settings.table.has('segmented') ? (
          // `table=segmented`: Apps and Incidents as a segmented control (Radio buttons), one panel rendered at a time.
          <>
            <Radio.Group
              type="button"
              className="sc-segmented"
              value={tab}
              onChange={(key: string) => navigate(`${MY_APPS_PATH}?tab=${key}`)}
              options={[{ label: ui('Apps'), value: 'apps' }, { label: ui('Incidents'), value: 'incidents' }]}
            />
            <div className="sc-segmented-panel">{tab === 'apps' ? appsPanel : incidentsTable}</div>
          </>
        ) : (
        <Tabs activeTab={tab} onChange={(key) => navigate(`${MY_APPS_PATH}?tab=${key}`)}>
          <Tabs.TabPane key="apps" title={settings.table.has('counts') ? `${ui('Apps')} (${appRows(settings).length})` : ui('Apps')}>
            {appsPanel}
          </Tabs.TabPane>
          <Tabs.TabPane
            key="incidents"
            title={settings.table.has('counts') ? <>{ui('Incidents')} <Badge count={INCIDENTS.length} /></> : ui('Incidents')}
          >
            {incidentsTable}
          </Tabs.TabPane>
        </Tabs>
        )}
      </Card>
    </div>
  );
}

function frameSrc(scenario: Scenario): string {
  const params = scenarioParams(scenario);
  params.set('frame', 'apps');
  return `${MY_APPS_PATH}?${params}`;
}

/** The Apps tab's content: notice, search, the apps table, the Renew dialog. Also the whole document of `?frame=apps`. */
export function AppsPanel({ scenario, settings }: { scenario: Scenario; settings: Settings }) {
  const [rows, setRows] = useState<AppRow[] | null>(() => (settings.delayMs || settings.rowsHeld ? null : appRows(settings)));
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [renewing, setRenewing] = useState<AppRow | null>(null);
  const [renewOpen, setRenewOpen] = useState(false);
  // `dupdialog=1`: a duplicate Renew dialog that closes while the real one opens.
  const [ghost, setGhost] = useState<{ app: AppRow; open: boolean } | null>(null);

  useEffect(() => {
    const arrive = () => setRows(appRows(settings));
    if (settings.rowsHeld) {
      addEventListener('standin:rows', arrive, { once: true });
      return () => removeEventListener('standin:rows', arrive);
    }
    if (!settings.delayMs) return;
    const timer = setTimeout(arrive, settings.delayMs);
    return () => clearTimeout(timer);
  }, [settings]);

  useEffect(() => {
    if (!ghost?.open) return;
    const timer = setTimeout(() => setGhost((g) => (g ? { ...g, open: false } : g)), 150);
    return () => clearTimeout(timer);
  }, [ghost]);

  const shown = useMemo(
    () => (rows ?? []).filter((r) => r.name.toLowerCase().includes(query.trim().toLowerCase())),
    [rows, query],
  );

  const variant = settings.table;
  // `table=later`: the rows' Authorize shown disabled at first (permissions still loading), enabled 1.5 s after the
  // rows arrive by the page's own timer: nothing but the button's attributes change.
  const [actionsReady, setActionsReady] = useState(!variant.has('later'));
  useEffect(() => {
    if (actionsReady || !rows) return;
    const timer = setTimeout(() => setActionsReady(true), 1500);
    return () => clearTimeout(timer);
  }, [actionsReady, rows]);
  const links = variant.has('links');
  const columns: ColumnProps<AppRow>[] = [
    {
      title: ui('App name'), dataIndex: 'name', width: 320,
      ...(variant.has('fixed') ? { fixed: 'left' as const } : {}),
      render: (_, row) => (
        <Space size={12}>
          <Avatar shape="square" size={32} style={{ backgroundColor: row.key === 'pipe17' ? '#0f6fff' : '#86909c' }}>
            {row.name.slice(0, 1)}
          </Avatar>
          <div className="sc-app-cell">
            <div className="sc-app-name">{row.name}</div>
            <div className="sc-app-dev">{row.developer}</div>
          </div>
        </Space>
      ),
    },
    {
      title: ui('Status'), dataIndex: 'status', width: 160,
      render: (s: string) => {
        const label = s in STATUS_COLOR ? ui(s) : s;
        return variant.has('badge')
          ? <Badge className="sc-status" color={STATUS_COLOR[s] ?? 'gray'} text={label} />
          : <Tag color={STATUS_COLOR[s] ?? 'gray'} className="sc-status">{label}</Tag>;
      },
    },
    { title: ui('Authorization expiry date'), dataIndex: 'expiry', width: 220 },
    ...(variant.has('fixed')
      ? [{ title: ui('Developer'), dataIndex: 'developer', width: 260 }, { title: ui('Category'), key: 'category', width: 260, render: () => 'Order management' }]
      : []),
    {
      title: ui('Action'), key: 'action',
      ...(variant.has('fixed') ? { fixed: 'right' as const, width: 300 } : {}),
      render: (_, row) => variant.has('more') || variant.has('moreonly') ? (
        // `table=more`: one action shown, the rest (Authorize among them) in a "More" (⋯) menu that opens on hover;
        // `table=moreonly`: every action in that menu, the ⋯ button alone on the row.
        <Space size={variant.has('links') ? 12 : 0} className="sc-actions">
          {!variant.has('moreonly') && <Action links={links} onClick={() => Message.info(`${row.name}: no details in the sandbox`)}>{ui('View details')}</Action>}
          <Dropdown
            position="br"
            droplist={
              <Menu
                onClickMenuItem={(key) => {
                  if (key === 'authorize') {
                    setRenewing(row);
                    setRenewOpen(true);
                  } else Message.info(`${row.name}: not in the sandbox`);
                }}
              >
                {variant.has('moreonly') && <Menu.Item key="details">{ui('View details')}</Menu.Item>}
                {row.renewable && <Menu.Item key="authorize">{ui('Authorize')}</Menu.Item>}
                <Menu.Item key="contact">{ui('Contact developer')}</Menu.Item>
                {settings.owner && <Menu.Item key="uninstall">{ui('Uninstall')}</Menu.Item>}
              </Menu>
            }
          >
            <Button type="text" size="small" icon={<IconMore />} aria-label={ui('More actions')} className="sc-more" />
          </Dropdown>
        </Space>
      ) : (
        <Space size={variant.has('links') ? 12 : 0} className="sc-actions">
          {row.renewable && (
            <Action
              links={links}
              disabled={!actionsReady}
              onClick={() => {
                setRenewing(row);
                setRenewOpen(true);
                if (settings.dupDialog) setGhost({ app: row, open: true });
              }}
            >
              {ui('Authorize')}
            </Action>
          )}
          <Action links={links} onClick={() => Message.info(`${row.name}: no details in the sandbox`)}>{ui('View details')}</Action>
          {settings.owner && (
            <Popconfirm title={`${ui('Uninstall')} ${row.name}?`} onOk={() => { Message.info('Not in the sandbox'); }}>
              <Action links={links}>{ui('Uninstall')}</Action>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];
  // `columns=moved`: same columns, another order.
  if (settings.columns === 'moved') columns.reverse();

  return (
    <>
      <Alert
        type="warning"
        className="sc-alert"
        content={settings.hostile ? HOSTILE_NOTICE : ui('Some apps need to be re-authorized every 365 days. Pipe17 and other order apps stop syncing when their authorization expires.')}
        action={settings.hostile ? <Button size="mini" type="primary">Authorize</Button> : undefined}
      />
      {settings.hostile && (
        // An incident about Pipe17 above the apps table: a row that names Pipe17 but is not its app row.
        <Table
          className="theme-m4b-table sc-incidents-mini"
          rowKey="key"
          pagination={false}
          data={[{ key: 'hi1', title: HOSTILE_INCIDENT, app: 'Pipe17', level: 'Warning' }]}
          columns={[
            { title: 'Open incident', dataIndex: 'title' },
            { title: 'App', dataIndex: 'app', width: 160 },
            { title: 'Level', dataIndex: 'level', width: 120 },
            { title: 'Action', key: 'a', width: 120, render: () => <Button type="text" size="small">View</Button> },
          ]}
        />
      )}
      <div className="sc-toolbar">
        <Input
          className="sc-search"
          allowClear
          prefix={<IconSearch />}
          placeholder={ui('Search by app name')}
          value={query}
          onChange={(v) => { setQuery(v); setPage(1); }}
        />
        <Button type="primary" onClick={() => navigate('/services/market')}>
          <IconApps /> {ui('Browse App store')}
        </Button>
      </div>
      {variant.has('divs') ? (
        // `table=divs`: the list drawn with bare divs, nothing saying table, row or cell.
        <DivTable rows={rows} shown={shown} columns={columns} />
      ) : (
      <Table<AppRow>
        className="theme-m4b-table"
        rowKey="key"
        // `table=virtual`: Arco's virtualized body, only the rows on screen in the DOM (divs: `-table-tr`, `-table-td`).
        virtualized={variant.has('virtual')}
        loading={rows === null}
        columns={columns}
        data={shown}
        {...(variant.has('fixed') ? { scroll: { x: 1600 } } : variant.has('virtual') ? { scroll: { y: 360 } } : {})}
        pagination={{
          pageSize: settings.rows || (settings.below || settings.hostile ? 50 : 10),
          current: page,
          onChange: setPage,
          showTotal: true,
        }}
      />
      )}
      {renewing && (
        <RenewDialog
          // `form=kept`: one dialog per app, kept in the page once closed and shown again by the next Authorize.
          key={renewing.name}
          app={renewing}
          visible={renewOpen}
          scenario={scenario}
          settings={settings}
          onClose={() => setRenewOpen(false)}
          afterClose={() => { if (!settings.form.has('kept')) setRenewing(null); }}
        />
      )}
      {ghost && (
        <RenewDialog
          app={ghost.app}
          visible={ghost.open}
          ghost
          scenario={scenario}
          settings={settings}
          onClose={() => setGhost((g) => (g ? { ...g, open: false } : g))}
          afterClose={() => setGhost(null)}
        />
      )}
    </>
  );
}
