import { render } from 'preact';
import { t } from '../i18n';
import { App } from './App';

document.documentElement.lang = t('locale_lang');
document.documentElement.dir = t('locale_dir');
document.title = t('ext_name');
render(<App />, document.getElementById('app')!);
