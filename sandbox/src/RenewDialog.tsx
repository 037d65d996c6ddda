// The "Renew" dialog Authorize opens: an Arco Modal (portal at the end of <body>) with an Arco Form.
import { Avatar, Button, Cascader, Checkbox, Form, Input, Message, Modal, Radio, Select, Space, Typography } from '@arco-design/web-react';
import { SHARED_DATA, type AppRow } from './data';
import { scenarioParams, ui, type Scenario, type Settings } from './scenario';
import { siteUrl } from './site';

export const PIPE17_SERVICE_ID = '7100000000000000001';
const serviceIdOf = (app: AppRow) =>
  app.key === 'pipe17' ? PIPE17_SERVICE_ID : `71000000000000${String(app.name.length * 7919).padStart(5, '0')}`;

/** `form=cascader`: Target shop picked as region, then shop. */
const REGION = 'United States';

const RENEW_OPTIONS = ['Re-authorize only', 'Re-authorize and update permissions', 'Change target shop'];

interface Values { targetShop?: string | string[]; renewOption?: string; duration?: string; email?: string; phone?: string; consent?: boolean }

/** `form=duration`: an authorization period, as sellers choose one on install (the longest is one year). */
const DURATIONS = ['1 month', '3 months', '6 months', '1 year'];

export function RenewDialog(props: {
  app: AppRow; visible: boolean; scenario: Scenario; settings: Settings; onClose: () => void; afterClose: () => void;
  /** `dupdialog=1`: the duplicate that closes as the real one opens; its values differ so a test can tell them apart. */
  ghost?: boolean;
}) {
  const { app, settings } = props;
  const [form] = Form.useForm<Values>();
  const options = settings.noReauth ? RENEW_OPTIONS.slice(1) : RENEW_OPTIONS;
  const variant = settings.form;
  const search = variant.has('search');
  const shopOptions = variant.has('custom')
    ? settings.shops.map((shop) => (
        <Select.Option key={shop} value={shop}>
          <Space size={8} className="sc-shop-option">
            <Avatar size={20}>{shop.slice(0, 1)}</Avatar>
            <span className="sc-shop-name">{shop}</span>
            <span className="sc-app-dev">United States · Local shop</span>
          </Space>
        </Select.Option>
      ))
    : undefined;

  const confirm = async () => {
    const values = await form.validate().catch(() => null);
    if (!values) return;
    if (settings.refuse) {
      Message.error(ui('Installation failed. Please try again later.'));
      return;
    }
    const params = scenarioParams(props.scenario, ['renewed', 'panel', 'shop']);
    if (props.scenario.shop !== undefined) params.set('default_shop', props.scenario.shop);
    const back = new URL('/services/authorizations?tab=apps', location.origin);
    if (back.hostname === 'localhost' || back.hostname === '127.0.0.1') back.searchParams.set('site', 'seller');
    const query = new URLSearchParams({
      service_id: serviceIdOf(app),
      service_name: app.name,
      redirect_uri: back.toString(),
      // A Cascader's value is its path (region, shop): the shop is its last step.
      shop: variant.has('static') ? settings.defaultShop : ([values.targetShop ?? ''].flat().at(-1) ?? ''),
      renew_option: values.renewOption ?? '',
    });
    // Scenario parameters never override the hand-off's own (shop is the target shop here).
    params.forEach((v, k) => { if (!query.has(k)) query.set(k, v); });
    if (variant.has('duration')) query.set('duration', values.duration ?? '');
    // A full navigation, like Seller Center's hand-off to the authorization host; `conditions=seller`: to Seller
    // Center's own conditions page (`/services/market/custom-authorize/<service_id>`), `authhost=us`: the US host.
    if (settings.conditionsOnSeller) {
      const here = new URL(`/services/market/custom-authorize/${serviceIdOf(app)}`, location.origin);
      query.delete('service_id');
      query.set('shop_region', 'US');
      query.forEach((v, k) => here.searchParams.set(k, v));
      if (here.hostname === 'localhost' || here.hostname === '127.0.0.1') here.searchParams.set('site', 'seller');
      location.href = here.toString();
    } else if (settings.authHost) location.href = `https://${settings.authHost}/open/authorize?${query}`;
    else location.href = siteUrl('auth', '/open/authorize', query);
  };

  return (
    <Modal
      className={props.ghost ? 'theme-m4b-modal sc-renew sc-renew-ghost' : 'theme-m4b-modal sc-renew'}
      // `form=longtitle`: a title that says more than "Renew".
      title={variant.has('longtitle') ? `${ui('Renew')} ${app.name} ${ui('authorization')}` : ui('Renew')}
      visible={props.visible}
      onCancel={props.onClose}
      afterClose={props.afterClose}
      // `form=kept`: Arco's default, the dialog stays in the page after it closes (hidden by a style) and is shown again.
      unmountOnExit={!variant.has('kept')}
      style={{ width: 600 }}
      footer={
        <>
          <Button className="theme-m4b-button" onClick={props.onClose}>{ui('Cancel')}</Button>
          <Button className="theme-m4b-button" type="primary" onClick={confirm}>{ui('Confirm to install')}</Button>
        </>
      }
    >
      <Space size={12} className="sc-renew-app">
        <Avatar shape="square" size={40} style={{ backgroundColor: app.key === 'pipe17' ? '#0f6fff' : '#86909c' }}>
          {app.name.slice(0, 1)}
        </Avatar>
        <div>
          <Typography.Text bold className="sc-renew-app-name">{ui('Renew authorization for')} {app.name}</Typography.Text>
          <div className="sc-app-dev">by {app.developer} · expires {app.expiry}</div>
        </div>
      </Space>
      <Form<Values>
        form={form}
        layout={variant.has('horizontal') ? 'horizontal' : 'vertical'}
        {...(variant.has('horizontal') ? { labelCol: { span: 7 }, wrapperCol: { span: 17 } } : {})}
        colon={variant.has('colon')}
        className="sc-renew-form"
        initialValues={
          props.ghost
            ? { targetShop: undefined, email: 'ghost-dialog', phone: '' }
            : {
                targetShop: settings.defaultShop
                  ? variant.has('cascader') || variant.has('multiple') ? [...(variant.has('cascader') ? [REGION] : []), settings.defaultShop] : settings.defaultShop
                  : undefined,
                email: settings.email,
                phone: '',
                ...(variant.has('duration') ? { duration: '6 months' } : {}),
              }
        }
      >
{variant.has('static') ? (
          // The shop shown, not chosen: Seller Center renews the shop you are in.
          <Form.Item label={ui('Target shop')}>
            <Typography.Text className="sc-static-shop">{settings.defaultShop}</Typography.Text>
          </Form.Item>
        ) : (
                <Form.Item label={ui('Target shop')} field="targetShop" rules={[{ required: true, message: ui('Select the shop to authorize') }]}>
          {variant.has('cascader') ? (
            <Cascader
              placeholder={ui('Select a shop')}
              allowClear
              options={[{ value: REGION, label: REGION, children: settings.shops.map((shop) => ({ value: shop, label: shop })) }]}
            />
          ) : variant.has('multiple') ? (
            // `form=multiple`: several shops may be renewed at once, each chosen shop a tag.
            <Select mode="multiple" placeholder={ui('Select a shop')} options={settings.shops} allowClear showSearch={search} />
          ) : shopOptions ? (
            <Select placeholder={ui('Select a shop')} allowClear showSearch={search}>{shopOptions}</Select>
          ) : (
            <Select placeholder={ui('Select a shop')} options={settings.shops} allowClear showSearch={search} />
          )}
        </Form.Item>
        )}
        <Form.Item label={ui('Renew options')} field="renewOption" rules={[{ required: true, message: ui('Select a renew option') }]}>
          {variant.has('radio') ? (
            <Radio.Group direction="vertical" options={options.map((o) => ({ label: ui(o), value: o }))} />
          ) : (
            <Select placeholder={ui('Select an option')} options={options.map((o) => ({ label: ui(o), value: o }))} showSearch={search} />
          )}
        </Form.Item>
        {variant.has('duration') && (
          <Form.Item label={ui('Authorization duration')} field="duration" rules={[{ required: true, message: ui('Select a period') }]}>
            <Select placeholder={ui('Select a period')} options={DURATIONS.map((d) => ({ label: ui(d), value: d }))} />
          </Form.Item>
        )}
        <Form.Item label={ui('Contact email')} field="email" rules={[{ required: true, message: 'Enter a contact email' }, { type: 'email', message: 'Enter a valid email address' }]}>
          <Input placeholder="name@example.com" allowClear={variant.has('clear')} />
        </Form.Item>
        <Form.Item label={ui('Contact phone number')} field="phone">
          <Input
            placeholder="Optional"
            allowClear={variant.has('clear')}
            {...(variant.has('phone')
              ? { addBefore: <Select defaultValue="+1" style={{ width: 90 }} options={['+1', '+44', '+52', '+60', '+62', '+65', '+66', '+84']} /> }
              : {})}
          />
        </Form.Item>
        <div className="sc-shared-data">
          <Typography.Text bold>Data shared with {app.name}</Typography.Text>
          <ul>
            {SHARED_DATA.map(([name, what]) => (
              <li key={name}><span className="sc-shared-name">{name}</span> <span className="sc-app-dev">{what}</span></li>
            ))}
          </ul>
        </div>
        <Form.Item
          field="consent"
          triggerPropName="checked"
          rules={[{ validator: (v, cb) => (v ? cb() : cb('Please accept to continue')) }]}
        >
          <Checkbox>{ui('I agree to share the above data with')} {app.name} {ui('and accept the Terms of Service')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
