/** The tag of the extension's only element in a page: the host of the card's closed shadow root. */
export const UI_HOST_TAG = 'muse-spark-context-ui';

export const isOwnUi = (el: Element): boolean => el.localName === UI_HOST_TAG;
