import { render } from 'preact';
import { WelcomePage } from '../../components/pages/WelcomePage';
import '../../components/shared/base.css';
import '../../components/pages/pages.css';

render(<WelcomePage />, document.getElementById('app')!);
