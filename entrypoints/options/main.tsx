import { render } from 'preact';
import { OptionsPage } from '../../components/pages/OptionsPage';
import '../../components/shared/base.css';
import '../../components/pages/pages.css';

render(<OptionsPage />, document.getElementById('app')!);
