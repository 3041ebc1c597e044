import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerCardView } from '../lib/extension/parts';
import { createCardView } from '../components/card/CardView';

// Loaded by the content script the first time a card opens (see lib/card/view-contract.ts).
export default defineUnlistedScript(() => registerCardView(createCardView));
