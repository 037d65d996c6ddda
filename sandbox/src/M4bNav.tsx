// `nav=m4b`, `nav=m4b-store`: the left navigation as m4b draws it (public Selenium scripts of Seller Center): a group
// title `div.theme-m4b-menu-title-txt` that expands on click, sub-items as links `a#menu_item_<n>` whose first `div`
// holds the label. `m4b-store` has no My Apps item: Growth › App store, whose page links to My apps and incidents (the
// partner docs' path), as the App & Service Store page below does.
import { useState, type ReactNode } from 'react';
import { Card, Link, Typography } from '@arco-design/web-react';
import { ui } from './scenario';
import { navigate } from './site';

export interface M4bGroup { key: string; label: string; icon: ReactNode; path?: string; children?: { key: string; label: string; path: string }[] }

/** `kept` (`nav=m4b-kept`): a closed group keeps its links in the page, hidden, as the unit fixtures' m4b markup has them. */
export function M4bNav({ groups, pathname, label, kept = false }: { groups: M4bGroup[]; pathname: string; label: (key: string, text: string) => string; kept?: boolean }) {
  const current = groups.find((g) => g.children?.some((c) => c.path.split('?')[0] === pathname))?.key ?? null;
  const [open, setOpen] = useState<string | null>(current);
  let n = 0;
  return (
    <div className="theme-m4b-menu sc-m4b-menu">
      {groups.map((g) =>
        g.children ? (
          <div className="theme-m4b-menu-group" key={g.key}>
            <div className="theme-m4b-menu-title" title={ui('Click to expand')} onClick={() => setOpen(open === g.key ? null : g.key)}>
              {g.icon}
              <div className="theme-m4b-menu-title-txt">{label(g.key, g.label)}</div>
            </div>
            {(open === g.key || kept) && (
              <div className="theme-m4b-menu-sub" style={open === g.key ? undefined : { display: 'none' }}>
                {g.children.map((c) => (
                  <a key={c.key} id={`menu_item_${++n}`} href={c.path} onClick={go(c.path)} className="sc-m4b-item">
                    <div>{label(c.key, c.label)}</div>
                  </a>
                ))}
              </div>
            )}
          </div>
        ) : (
          <a key={g.key} id={`menu_item_${++n}`} href={g.path} onClick={go(g.path!)} className="sc-m4b-item sc-m4b-single">
            {g.icon}
            <div>{ui(g.label)}</div>
          </a>
        ),
      )}
    </div>
  );
}

/** The App & Service Store (`/services/market`) under the m4b navigation: a link on to My apps and incidents. */
export function AppStorePage() {
  return (
    <div className="sc-page">
      <Typography.Title heading={4} className="sc-page-title">{ui('App & Service Store')}</Typography.Title>
      <Card className="sc-card">
        <Typography.Paragraph>{ui('Find apps and services for your shop.')}</Typography.Paragraph>
        <Link href="/services/authorizations?tab=apps" onClick={go('/services/authorizations?tab=apps')} className="sc-store-my-apps">
          {ui('My apps and incidents')}
        </Link>
      </Card>
    </div>
  );
}

const go = (path: string) => (e: { preventDefault: () => void }) => {
  e.preventDefault();
  navigate(path);
};
