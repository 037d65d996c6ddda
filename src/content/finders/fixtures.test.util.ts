// Arco markup as @arco-design/web-react renders it (captured from real renders), under any class prefix.
export type Prefix = string;

/**
 * The prefixes Seller Center's pages give Arco (`theme-arco-`, `core-`; `arco-` on affiliate pages: public automation
 * scripts), and one not seen anywhere: finders read Arco by its component stems, whatever comes before them.
 */
export const PREFIXES: readonly Prefix[] = ['theme-arco', 'core', 'arco', 'ecom-ui'];

/** Test fixtures are our own markup, not page text. */
export function html(markup: string): void {
  document.body.innerHTML = markup;
}

export const nav = (p: Prefix, open = false) => `
<aside><div role="menu" class="${p}-menu ${p}-menu-light ${p}-menu-vertical ${p}-menu-pop"><div class="${p}-menu-inner">
  <div tabindex="0" role="menuitem" class="${p}-menu-item">Home</div>
  <div tabindex="0" role="menuitem" class="${p}-menu-item">Orders</div>
  <div tabindex="0" aria-haspopup="true" aria-expanded="${open}" class="${p}-menu-pop ${p}-menu-pop-header" aria-controls="${p}-menu-0-submenu-pop-0">Growth<span class="${p}-menu-icon-suffix"><svg aria-hidden="true"></svg></span></div>
</div></div></aside>
${open ? `<div><span class="${p}-trigger"><div id="${p}-menu-0-submenu-pop-0" role="menu" class="${p}-menu ${p}-menu-pop-button"><div tabindex="0" role="menuitem" class="${p}-menu-item">App store</div><div tabindex="0" role="menuitem" class="${p}-menu-item">My Apps &amp; Services</div></div></span></div>` : ''}`;

export interface Row {
  name: string;
  status?: string;
  expiry?: string;
  actions?: string[];
  description?: string;
  /** A "More" (⋯) icon button after the actions (Arco Dropdown's trigger), closed or open. */
  more?: 'closed' | 'open';
}

const moreButton = (p: Prefix, open: boolean) =>
  `<button aria-label="More actions" class="${p}-btn ${p}-btn-text ${p}-btn-size-small ${p}-btn-icon-only${open ? ` ${p}-dropdown-popup-visible ${p}-dropdown-open` : ''}" type="button"><svg aria-hidden="true" focusable="false" class="${p}-icon ${p}-icon-more"><path d="M38 25v-2h2v2h-2Z"></path></svg></button>`;

/** An open Arco Dropdown's menu, as it is drawn at the end of <body>. */
export const dropdownMenu = (p: Prefix, items: string[]) => `
<div style="width: 100%; position: absolute; top: 0px; left: 0px;"><span class="${p}-trigger ${p}-dropdown ${p}-trigger-position-br" style="position: absolute;"><div role="menu" class="${p}-dropdown-menu ${p}-dropdown-menu-light ${p}-dropdown-menu-vertical ${p}-dropdown-menu-pop"><div class="${p}-dropdown-menu-inner">
  ${items.map((i) => `<div tabindex="0" role="menuitem" class="${p}-dropdown-menu-item">${i}</div>`).join('')}
</div></div></span></div>`;

export const row = (p: Prefix, r: Row) => `
<tr class="${p}-table-tr">
  <td class="${p}-table-td"><div class="${p}-table-cell"><span class="${p}-table-cell-wrap-value"><div class="app"><img alt=""><div><span class="name">${r.name}</span><p class="desc">${r.description ?? 'Sync orders'}</p></div></div></span></div></td>
  <td class="${p}-table-td"><div class="${p}-table-cell"><span class="${p}-table-cell-wrap-value"><div class="${p}-tag"><span class="${p}-tag-content">${r.status ?? 'Active'}</span></div></span></div></td>
  <td class="${p}-table-td"><div class="${p}-table-cell"><span class="${p}-table-cell-wrap-value">${r.expiry ?? '2027-01-01'}</span></div></td>
  <td class="${p}-table-td"><div class="${p}-table-cell"><span class="${p}-table-cell-wrap-value">${(r.actions ?? ['Authorize', 'View details'])
    .map((a) => `<button class="${p}-btn ${p}-btn-text ${p}-btn-size-default" type="button"><span>${a}</span></button>`)
    .join('')}${r.more ? moreButton(p, r.more === 'open') : ''}</span></div></td>
</tr>`;

export const appsPage = (p: Prefix, opts: { rows: Row[]; tab?: 'apps' | 'incidents'; heading?: boolean; incidents?: string; loading?: boolean }) => `
<main class="theme-m4b-layout-content">
  ${opts.heading === false ? '' : '<div class="page-header"><h1>My apps and incidents</h1></div>'}
  <div class="${p}-tabs"><div class="${p}-tabs-header">
    <div class="${p}-tabs-header-title ${opts.tab !== 'incidents' ? `${p}-tabs-header-title-active` : ''}" role="tab" aria-selected="${opts.tab !== 'incidents'}" tabindex="0"><span class="${p}-tabs-header-title-text">Apps</span></div>
    <div class="${p}-tabs-header-title ${opts.tab === 'incidents' ? `${p}-tabs-header-title-active` : ''}" role="tab" aria-selected="${opts.tab === 'incidents'}" tabindex="0"><span class="${p}-tabs-header-title-text">Incidents</span></div>
  </div>
  <div class="${p}-tabs-content">
    <div class="${p}-tabs-content-item" role="tabpanel" ${opts.tab === 'incidents' ? 'aria-hidden="true"' : ''}>
      <span class="${p}-input-inner-wrapper"><input class="${p}-input" placeholder="Search by app name" value=""></span>
      <div class="${p}-table"><div class="${p}-spin ${opts.loading ? `${p}-spin-loading` : ''}"><table>
        <thead><tr class="${p}-table-tr"><th>App name</th><th>Status</th><th>Authorization expiry date</th><th>Action</th></tr></thead>
        <tbody>${opts.rows.map((r) => row(p, r)).join('')}</tbody>
      </table></div></div>
      <div class="${p}-pagination"><ul class="${p}-pagination-list"><li class="${p}-pagination-item ${p}-pagination-item-active" aria-label="page 1">1</li><li class="${p}-pagination-item" aria-label="page 2">2</li></ul></div>
    </div>
    <div class="${p}-tabs-content-item" role="tabpanel" ${opts.tab === 'incidents' ? '' : 'aria-hidden="true"'}>
      <table><tbody><tr><td>${opts.incidents ?? 'Pipe17 order sync delayed'}</td><td>Pipe17</td><td><button>View</button></td></tr></tbody></table>
    </div>
  </div></div>
</main>`;

export interface DialogOpts {
  title?: string;
  app?: string;
  shop?: string;
  option?: string;
  options?: string[] | null;
  email?: string;
  consent?: boolean;
  leaving?: boolean;
  /** An authorization period field: a select (its list mounted when `options`), or radio buttons. */
  duration?: { value?: string; options?: string[] | null; radio?: boolean; label?: string };
}

const durationItem = (p: Prefix, d: NonNullable<DialogOpts['duration']>): string => {
  const label = `<div class="${p}-form-label-item"><label for="dur_input"> ${d.label ?? 'Authorization duration'}</label></div>`;
  const control = d.radio
    ? `<div role="radiogroup" id="dur_input" class="${p}-radio-group">${(d.options ?? []).map((o) => `<label class="${p}-radio${o === d.value ? ` ${p}-radio-checked` : ''}"><input type="radio" value="${o}"${o === d.value ? ' checked' : ''}><span class="${p}-radio-text">${o}</span></label>`).join('')}</div>`
    : select(p, 'dur', d.value, 'Select a period', d.options);
  return `<div class="${p}-form-item">${label}<div class="${p}-form-item-wrapper">${control}</div></div>`;
};

const select = (p: Prefix, id: string, value: string | undefined, placeholder: string, options?: string[] | null) => `
<div role="combobox" aria-haspopup="listbox" aria-expanded="false" tabindex="0" id="${id}_input" class="${p}-select ${p}-select-single" ${options ? `aria-controls="${p}-select-popup-${id}"` : ''}>
  <div title="${value ?? ''}" class="${p}-select-view"><span class="${p}-select-view-selector">
  ${value
    ? `<input aria-hidden="true" class="${p}-select-view-input ${p}-select-hidden" value=""><span class="${p}-select-view-value">${value}</span>`
    : `<input class="${p}-select-view-input" placeholder="${placeholder}" value=""><span class="${p}-select-view-value-mirror">${placeholder}</span><span style="display: none;" class="${p}-select-view-value">${placeholder}</span>`}
  </span></div>
</div>`;

const popup = (p: Prefix, id: string, options: string[]) => `
<div style="position:absolute"><span class="${p}-trigger"><div class="${p}-select-popup"><div class="${p}-select-popup-inner" role="listbox" id="${p}-select-popup-${id}">
  ${options.map((o) => `<li role="option" aria-selected="false" class="${p}-select-option">${o}</li>`).join('')}
</div></div></span></div>`;

export const dialog = (p: Prefix, o: DialogOpts = {}) => {
  const options = o.options === undefined ? ['Re-authorize only', 'Re-authorize and update permissions'] : o.options;
  return `
<div class="${p}-modal-wrapper" style="display: block;"><div role="dialog" aria-modal="true" aria-labelledby="arco-dialog-1" class="${p}-modal ${o.leaving ? 'zoomModal-exit zoomModal-exit-active' : ''}">
  <div class="${p}-modal-header"><div class="${p}-modal-title" id="arco-dialog-1">${o.title ?? 'Renew'}</div></div>
  <div class="${p}-modal-content">
    <p>Renew the authorization of ${o.app ?? 'Pipe17'}.</p>
    <form class="${p}-form ${p}-form-vertical">
      <div class="${p}-form-item"><div class="${p}-form-label-item"><label for="shop_input"> Target shop</label></div><div class="${p}-form-item-wrapper">${select(p, 'shop', o.shop, 'Select a shop', ['Acme Outdoors US', 'Acme Outdoors Outlet'])}</div></div>
      <div class="${p}-form-item"><div class="${p}-form-label-item"><label for="opt_input"> Renew options</label></div><div class="${p}-form-item-wrapper">${select(p, 'opt', o.option, 'Select', options)}</div></div>
      ${o.duration ? durationItem(p, o.duration) : ''}
      <div class="${p}-form-item"><div class="${p}-form-label-item"><label for="email_input"> Contact email</label></div><div class="${p}-form-item-wrapper"><input id="email_input" class="${p}-input" value="${o.email ?? 'owner@acme-outdoors.com'}"></div></div>
      <div class="${p}-form-item"><div class="${p}-form-label-item"><label for="phone_input"> Contact phone number</label></div><div class="${p}-form-item-wrapper"><input id="phone_input" class="${p}-input" value=""></div></div>
      <ul><li>Orders</li><li>Products</li></ul>
      <label class="${p}-checkbox ${o.consent ? `${p}-checkbox-checked` : ''}"><input type="checkbox" ${o.consent ? 'checked' : ''}><span class="${p}-checkbox-text">I agree to share the above data with ${o.app ?? 'Pipe17'}</span></label>
    </form>
    ${options ? popup(p, 'opt', options) : ''}
    ${o.duration?.options && !o.duration.radio ? popup(p, 'dur', o.duration.options) : ''}
    ${popup(p, 'shop', ['Acme Outdoors US', 'Acme Outdoors Outlet'])}
  </div>
  <div class="${p}-modal-footer"><button class="${p}-btn ${p}-btn-secondary" type="button"><span>Cancel</span></button><button class="${p}-btn ${p}-btn-primary" type="button"><span>Confirm to install</span></button></div>
</div></div>`;
};

/**
 * m4b's left navigation as public Selenium scripts of Seller Center walk it: a title `div.theme-m4b-menu-title-txt`
 * clicked to expand, sub-items `a#menu_item_<n>` whose first `div` holds the label.
 */
export const m4bNav = (o: { open?: boolean; items?: [label: string, href: string][] } = {}) => {
  const items = o.items ?? [
    ['App store', '/services/market?shop_region=US'],
    ['My Apps &amp; Services', '/services/authorizations?shop_region=US&tab=apps'],
  ];
  const group = (title: string, subs: [string, string][], open: boolean, n: number) => `
  <div class="theme-m4b-menu-group">
    <div class="theme-m4b-menu-title"><div class="theme-m4b-menu-title-txt">${title}</div><span class="theme-m4b-menu-title-arrow"></span></div>
    <div class="theme-m4b-menu-sub" style="display: ${open ? 'block' : 'none'}">${subs
      .map(([label, href], i) => `<a id="menu_item_${n + i}" href="${href}"><div>${label}</div><span class="theme-m4b-badge"></span></a>`)
      .join('')}</div>
  </div>`;
  return `<div class="theme-m4b-layout-sider"><img id="top_nav_seller_center_logo" alt=""><div class="theme-m4b-menu">
  ${group('Orders', [['Manage orders', '/order']], false, 1)}
  ${group('Growth', items, !!o.open, 10)}
  </div></div>`;
};

/**
 * The apps list drawn with divs: `arco`, Arco's virtualized body (`<prefix>-table-tr` / `-table-td` divs); `aria`,
 * `role=row` / `role=cell`; `bare`, neither (classes that say nothing).
 */
export const divTable = (p: Prefix, kind: 'arco' | 'aria' | 'bare', rows: Row[]) => {
  const tr = kind === 'arco' ? `class="${p}-table-tr"` : kind === 'aria' ? 'role="row" class="r8x"' : 'class="r8x"';
  const td = kind === 'arco' ? `class="${p}-table-td"` : kind === 'aria' ? 'role="cell" class="c2q"' : 'class="c2q"';
  const head = `<div ${kind === 'aria' ? 'role="row"' : ''} class="h5k"><div ${kind === 'aria' ? 'role="columnheader"' : ''}>App name</div><div ${kind === 'aria' ? 'role="columnheader"' : ''}>Status</div><div>Authorization expiry date</div><div>Action</div></div>`;
  const body = rows
    .map(
      (r) => `<div ${tr}><div ${td}><div class="n1"><img alt=""><div><div class="name">${r.name}</div><div class="desc">${r.description ?? 'Sync orders'}</div></div></div></div>` +
        `<div ${td}><div class="${p}-tag"><span>${r.status ?? 'Active'}</span></div></div><div ${td}>${r.expiry ?? '2027-01-01'}</div>` +
        `<div ${td}>${(r.actions ?? ['Authorize', 'View details']).map((a) => `<button class="${p}-btn ${p}-btn-text" type="button"><span>${a}</span></button>`).join('')}</div></div>`,
    )
    .join('');
  return `<main><h1>My apps and incidents</h1><div ${kind === 'aria' ? 'role="table"' : ''} class="${p}-table ${p}-table-virtualized">${head}<div class="${p}-table-body" style="height: 400px; overflow: auto">${body}</div></div></main>`;
};
