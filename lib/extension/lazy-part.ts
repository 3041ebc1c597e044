/**
 * Parts of the content script are separate extension scripts, imported as modules: its work, as it
 * starts (lib/extension/parts.ts), and what most pages never need (the card's view, the claim check),
 * the first time a page needs it. A module import of an extension file runs in the content script's
 * own world; each part leaves what it exports there, under a symbol on that world's global object,
 * never the page's. The content script (entrypoints/content-start.ts) hands over the settings it asked
 * for the same way.
 */
const keyOf = (name: string) => Symbol.for(`muse-spark-context.${name}`);

type Holder = Record<symbol, unknown>;

/** Called by the part's own script when it runs. */
export function registerLazyPart(name: string, part: unknown): void {
  (globalThis as Holder)[keyOf(name)] = part;
}

/**
 * The part `name`, importing its script the first time. `importScript` is written at the call site
 * as `() => import(chrome.runtime.getURL('/file.js'))`: the form Firefox's add-on linter accepts as
 * an extension-owned module, where any other dynamic value is flagged.
 */
export async function loadLazyPart<T>(name: string, importScript: () => Promise<unknown>): Promise<T> {
  if (!registeredPart(name)) await importScript();
  const part = registeredPart<T>(name);
  // Only a broken build gets here, and the caller catches it; the name alone keeps the content scripts' bytes.
  if (!part) throw Error(name);
  return part;
}

/** The part `name` if its script has already run in this world (as one the manifest runs has). */
export function registeredPart<T>(name: string): T | undefined {
  return (globalThis as Holder)[keyOf(name)] as T | undefined;
}
