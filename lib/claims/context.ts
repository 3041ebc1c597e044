import { modelById } from '../../data/models';
import type { ModelId } from '../../data/types';
import { isElement } from '../reader/node-types';
import type { Matcher } from '../text/matcher';

/** How many elements before a block are looked at for the heading that speaks for it. */
const HEADING_REACH = 12;
const HEADING = /^H[1-6]$/;

/**
 * The model a block of text is about when its own sentences do not say: named alone by the nearest
 * heading before it in its section ("Muse Spark" over "Leads with 42.8 on HealthBench Hard"), or, for a
 * list item, by what introduces its list ("Muse Spark's results:"). A figure owned this way is only a
 * guess: it may confirm the chart, never contradict it (lib/claims/prose.ts).
 */
export function subjectOf(block: Node, matcher: Matcher): ModelId | null {
  let el: Element | null = isElement(block) ? block : block.parentElement;
  const item = el?.closest('li');
  if (item?.parentElement) {
    const intro = item.parentElement.previousElementSibling;
    const fromIntro = intro ? modelNamedAlone(intro.textContent ?? '', matcher) : null;
    if (fromIntro) return fromIntro;
    el = item.parentElement;
  }
  for (; el && el.localName !== 'body'; el = el.parentElement) {
    let reach = HEADING_REACH;
    for (
      let sibling = el.previousElementSibling;
      sibling && reach > 0;
      sibling = sibling.previousElementSibling, reach--
    ) {
      // The nearest heading decides, whether or not it names a model: it starts the section the block is in.
      if (HEADING.test(sibling.tagName)) return modelNamedAlone(sibling.textContent ?? '', matcher);
    }
    if (el.localName === 'section' || el.localName === 'article') break;
  }
  return null;
}

/** The one model a short text names (a heading, a list's introduction), or null for none or several. */
function modelNamedAlone(text: string, matcher: Matcher): ModelId | null {
  const ids = new Set(
    matcher.findMatches(text.slice(0, 300)).flatMap((m) => (modelById.has(m.termId as ModelId) ? [m.termId] : [])),
  );
  return ids.size === 1 ? ([...ids][0] as ModelId) : null;
}
