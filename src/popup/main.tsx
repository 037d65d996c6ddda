import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { App } from './App';
import { createPopupStore } from './store';
import '../shared/theme.css';
import './popup.css';

const lang = browser.i18n.getUILanguage() || 'en';
document.documentElement.lang = lang;
document.title = t('popup_title');

const store = createPopupStore();
store.start();
render(<App store={store} lang={lang} />, document.getElementById('app')!);
