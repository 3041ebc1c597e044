// The floor for a live page: what a content script pays to read every text the page shows, once,
// and nothing more. The page's text when the script runs, by a bare TreeWalker pass (the floor the
// benchmark uses for a page that is loaded whole), then the text of whatever the page adds, read in
// the observer's own callback: no timer, no test of the text, no mark.
let chars = 0;
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += n.data.length;
new MutationObserver((records) => {
  for (const record of records) {
    if (record.type === 'characterData') chars += record.target.data.length;
    else for (const node of record.addedNodes) chars += node.textContent.length;
  }
}).observe(document, { childList: true, characterData: true, subtree: true });
