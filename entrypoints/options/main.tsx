import { OptionsPage } from '../../components/pages/OptionsPage';
import { mountPage } from '../../components/shared/mount';
import { t } from '../../lib/i18n/messages';
import '../../components/shared/base.css';
import '../../components/pages/pages.css';

void mountPage(
  document,
  () => <OptionsPage />,
  () => t('options.pageTitle'),
);
