import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/extension/background';

export default defineBackground(() => startBackground());
