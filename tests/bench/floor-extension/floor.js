// The floor for every real page (tests/bench/bench.ts): the least a content script can do and still look
// for the names. It reads every text node once from its isolated world (the page's text when it runs, by a
// bare TreeWalker pass; then the text of whatever the page adds, in the observer's own callback) and tests
// one regex of the same names. No settings, no marks, no slicing. The benchmark writes the regex into
// names.js, which the manifest runs first.
/* global FLOOR_NAMES */
let found = 0;
const read = (root) => {
  if (root.nodeType === Node.TEXT_NODE) {
    if (FLOOR_NAMES.test(root.data)) found++;
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (FLOOR_NAMES.test(n.data)) found++;
};
read(document.body);
new MutationObserver((records) => {
  for (const record of records) {
    if (record.type === 'characterData') read(record.target);
    else for (const node of record.addedNodes) read(node);
  }
}).observe(document, { childList: true, characterData: true, subtree: true });
