// Unit and DOM tests run without a browser, so the fake browser's i18n answers from locales/en.yml as the
// build ships it, with Chrome's rules for `$1` substitutions: `t` then takes the same path as in a browser
// whose language is English.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messagesOf } from './locales';

const english = await messagesOf('en');

Object.assign(fakeBrowser.i18n, {
  getMessage(name: string, substitutions?: string | string[]) {
    const list = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
    const message = english[name]?.message ?? '';
    return message.replace(/\$(\$|[1-9])/g, (_: string, d: string) => (d === '$' ? '$' : (list[Number(d) - 1] ?? '')));
  },
  getUILanguage: () => 'en',
});
