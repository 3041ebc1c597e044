/**
 * Puts text on the clipboard, only ever from a reader's click. The Clipboard API first; where a page
 * is not a secure context (plain http), it is missing, and a selected text area with the `copy`
 * command, which a click still allows, does the same. The text area goes into `within` (the card's
 * shadow root), so the page's own copy listeners and styles never see it. True when it worked.
 */
export async function copyText(doc: Document, text: string, within: Node = doc.body): Promise<boolean> {
  try {
    await doc.defaultView!.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithCommand(doc, text, within);
  }
}

function copyWithCommand(doc: Document, text: string, within: Node): boolean {
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position: fixed; top: 0; left: 0; opacity: 0; pointer-events: none;';
  within.appendChild(area);
  const focused = (within.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null;
  try {
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    focused?.focus({ preventScroll: true });
  }
}
