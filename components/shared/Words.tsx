import type { ComponentChildren } from 'preact';

/**
 * A message with elements inside it ("Off on <strong>example.com</strong>: …"): each `{name}` is replaced
 * by its element, wherever the language puts it. Get the message with `t(key, holes('name'))`, which
 * leaves the placeholders in.
 */
export function Words({ text, parts }: { text: string; parts: Record<string, ComponentChildren> }) {
  const pieces = text.split(/\{(\w+)\}/);
  return <>{pieces.map((piece, i) => (i % 2 === 1 ? (parts[piece] ?? piece) : piece))}</>;
}

/** Named substitutions that leave the placeholders in place, for `Words` to fill with elements. */
export const holes = <N extends string>(...names: N[]) =>
  Object.fromEntries(names.map((n) => [n, `{${n}}`])) as Record<N, string>;
