import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { Welcome } from './Welcome';
import '../shared/theme.css';
import '../options/options.css';
import './welcome.css';

document.documentElement.lang = browser.i18n.getUILanguage() || 'en';
document.title = t('welcome_title');
render(<Welcome />, document.getElementById('app')!);
