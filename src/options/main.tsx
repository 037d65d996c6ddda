import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { Options } from './Options';
import '../shared/theme.css';
import './options.css';

document.documentElement.lang = browser.i18n.getUILanguage() || 'en';
document.title = t('options_title');
render(<Options />, document.getElementById('app')!);
