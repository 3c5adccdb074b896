import type { JSX } from 'solid-js';

/**
 * A message with its `{placeholders}` replaced by the given parts (a <strong>, a <code>, plain text), in the
 * word order of the language. Call it inside the reactive expression, so that each run makes its own elements.
 */
export function withElements(text: string, parts: Readonly<Record<string, JSX.Element>>): JSX.Element[] {
  return text.split(/(\{\w+\})/).map((piece) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    return name !== undefined && Object.hasOwn(parts, name) ? parts[name] : piece;
  });
}
