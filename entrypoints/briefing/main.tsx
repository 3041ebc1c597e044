import { render } from 'preact';
import { BriefingPage } from '../../components/pages/BriefingPage';
import '../../components/shared/base.css';
import '../../components/pages/pages.css';

render(<BriefingPage />, document.getElementById('app')!);
