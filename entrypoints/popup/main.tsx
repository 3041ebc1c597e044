import { App } from './App';
import { mountPage } from '../../components/shared/mount';
import { t } from '../../lib/i18n/messages';
import '../../components/shared/base.css';
import './style.css';

// Until the language is known, the first frame built into this file (in its language) stays on screen.
void mountPage(
  document,
  () => <App />,
  () => t('ext.name'),
);
