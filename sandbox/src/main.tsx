// One bundle for every stand-in host; what it renders depends on location.hostname (see site.ts).
import { createRoot } from 'react-dom/client';
import { ConfigProvider } from '@arco-design/web-react';
import enUS from '@arco-design/web-react/es/locale/en-US';
import esES from '@arco-design/web-react/es/locale/es-ES';
import zhCN from '@arco-design/web-react/es/locale/zh-CN';
import 'virtual:arco-theme.css';
import './styles.css';
import { AuthorizePage } from './AuthorizePage';
import { Pipe17App } from './Pipe17App';
import { readScenario, setLanguage, settingsOf } from './scenario';
import { ScenarioPanel } from './ScenarioPanel';
import { AppsPanel, SellerCenter } from './SellerCenter';
import { PAYLOADS } from './hostile';
import { currentSite } from './site';
import { isConditionsPath } from '../../src/shared/hosts';

const site = currentSite();
const scenario = readScenario(site);
const settings = settingsOf(scenario);
setLanguage(settings);
// Arco's own strings (pagination, empty states) in the page's language too; es-ES lacks newer components' keys.
const arcoLocale = settings.language === 'es' ? { ...enUS, ...esES } : settings.language === 'zh-CN' ? zhCN : enUS;
document.title = { seller: 'TikTok Shop Seller Center', auth: 'TikTok Shop Partner Services', pipe17: 'Pipe17', unknown: 'Not found' }[site];
document.body.dataset.site = site;
// `hostile=1`: even the title carries markup (the guide reports it as where it saw a shop).
if (settings.hostile) document.title = `${document.title} ${PAYLOADS.img}`;
// `iframe=1`: the Apps tab embeds this same bundle with `frame=apps`, rendering the apps list alone.
const frame = site === 'seller' && new URLSearchParams(location.search).get('frame') === 'apps';
// `arco=core`: the same components under `prefixCls="core"`, with Arco's CSS rewritten for it.
if (settings.prefix === 'core') void import('virtual:arco-core.css');

const page =
  frame ? <div className="sc-frame-page"><AppsPanel scenario={scenario} settings={settings} /></div>
  : site === 'auth' || (site === 'seller' && isConditionsPath(location.pathname)) ? <AuthorizePage scenario={scenario} settings={settings} />
  : site === 'seller' ? <SellerCenter scenario={scenario} settings={settings} />
  : site === 'pipe17' ? <Pipe17App settings={settings} />
  : <p>Unknown host</p>;

createRoot(document.getElementById('root')!).render(
  <ConfigProvider prefixCls={settings.prefix} locale={arcoLocale}>
    {page}
    {settings.panel && <ScenarioPanel scenario={scenario} />}
  </ConfigProvider>,
);
