// The conditions page with its final "Authorize": on an authorization host (services.tiktokshop.com/open/authorize), or
// on Seller Center itself at /services/market/custom-authorize/<service_id> (`conditions=seller`).
import { useEffect, useState } from 'react';
import { Button, Card, Checkbox, Divider, Result, Space, Typography } from '@arco-design/web-react';
import { IconCheckCircleFill } from '@arco-design/web-react/icon';
import { SHARED_DATA } from './data';
import { PIPE17_SERVICE_ID } from './RenewDialog';
import { scenarioParams, ui, type Scenario, type Settings } from './scenario';
import { isConditionsPath, SELLER_CENTER_HOSTS } from '../../src/shared/hosts';

/** Only hand back to Seller Center (or the local dev server), never to an arbitrary URL. */
function safeRedirect(raw: string | null): URL | null {
  try {
    const url = new URL(raw ?? '');
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    return local || (url.protocol === 'https:' && SELLER_CENTER_HOSTS.includes(url.hostname)) ? url : null;
  } catch {
    return null;
  }
}

export function AuthorizePage({ scenario, settings }: { scenario: Scenario; settings: Settings }) {
  const q = new URLSearchParams(location.search);
  const serviceId = q.get('service_id') ?? location.pathname.split('/')[4] ?? '';
  const app = q.get('service_name') ?? (serviceId === PIPE17_SERVICE_ID ? 'Pipe17' : 'This app');
  const shop = q.get('shop') ?? '';
  const redirect = safeRedirect(q.get('redirect_uri'));
  const [countdown, setCountdown] = useState<number | null>(null);
  const [agreed, setAgreed] = useState(false);

  const back = (renewed: boolean) => {
    if (!redirect) return;
    scenarioParams(scenario, ['renewed', 'panel']).forEach((v, k) => redirect.searchParams.set(k, v));
    if (renewed && serviceId === PIPE17_SERVICE_ID) redirect.searchParams.set('renewed', '1');
    location.href = redirect.toString();
  };

  useEffect(() => {
    if (countdown === null) return;
    if (countdown <= 0) { back(true); return; }
    const timer = setTimeout(() => setCountdown(countdown - 1), settings.fast ? 500 : 1000);
    return () => clearTimeout(timer);
  }, [countdown]);

  if (location.pathname !== '/open/authorize' && !isConditionsPath(location.pathname)) {
    return <div className="auth-root"><Result status="404" title="Page not found" /></div>;
  }

  return (
    <div className="auth-root">
      <div className="auth-brand"><span className="sc-logo-mark">♪</span> TikTok Shop <span className="sc-logo-sub">Partner services</span></div>
      <Card className="auth-card">
        {countdown === null ? (
          <>
            <Typography.Title heading={4}>{app} {ui('is requesting access to your TikTok Shop')}</Typography.Title>
            <Typography.Paragraph type="secondary">
              Target shop: <Typography.Text bold className="auth-shop">{shop || 'No shop selected'}</Typography.Text>
            </Typography.Paragraph>
            <Divider />
            <Typography.Text bold>{app} will be able to:</Typography.Text>
            <ul className="auth-permissions">
              {SHARED_DATA.map(([name, what]) => (
                <li key={name}><IconCheckCircleFill className="auth-check" /> <b>{name}</b>: {what}</li>
              ))}
            </ul>
            <Typography.Paragraph type="secondary" className="auth-terms">
              By authorizing, you allow {app} to use this data under the TikTok Shop Partner Terms and its own privacy policy.
              You can revoke access at any time in Seller Center under My apps and incidents.
            </Typography.Paragraph>
            {settings.conditionsCheckbox && (
              // As some apps' help describes the page: "check the checkbox, and click Authorize".
              <Checkbox className="auth-agree" checked={agreed} onChange={setAgreed}>
                {ui('I have read and agree to the conditions above')}
              </Checkbox>
            )}
            <Space className="auth-actions">
              <Button className="theme-m4b-button" onClick={() => back(false)}>{ui('Cancel')}</Button>
              <Button
                className="theme-m4b-button"
                type="primary"
                disabled={settings.conditionsCheckbox && !agreed}
                onClick={() => setCountdown(3)}
              >
                {/* `rename=consent`: the final button under other words, so the guide's finder misses it. */}
                {settings.rename.has('consent') ? 'Allow access' : ui('Authorize')}
              </Button>
            </Space>
          </>
        ) : (
          <Result
            status="success"
            title="Authorization complete"
            subTitle={`Returning to Seller Center in ${countdown}…`}
          />
        )}
      </Card>
    </div>
  );
}
