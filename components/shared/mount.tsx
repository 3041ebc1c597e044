import { render, type VNode } from 'preact';
import { loadSettings, watchSettings } from '../../lib/extension/settings';
import { speakReadersLanguage } from '../../lib/extension/ui-language';
import type { UiLanguage } from '../../lib/i18n/languages';

/**
 * Renders an extension page (the popup, settings, briefing, welcome) once its language is known, and
 * again in a new one when the reader changes it: until then the page shows what its HTML holds.
 */
export async function mountPage(doc: Document, page: () => VNode, title: () => string): Promise<void> {
  const paint = async (language: UiLanguage) => {
    await speakReadersLanguage(doc, language);
    doc.title = title();
    render(page(), doc.getElementById('app')!);
  };
  let { language } = await loadSettings();
  await paint(language);
  watchSettings((s) => {
    if (s.language === language) return;
    language = s.language;
    void paint(language);
  });
}
