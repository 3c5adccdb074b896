import { onMount, type JSX } from 'solid-js';

/**
 * The heading of a screen or of its next step. `focus` moves focus to it when it appears (after a step
 * changes), so keyboard and screen reader users continue from there.
 */
export function Heading(props: { children: JSX.Element; focus?: boolean }) {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => {
    if (props.focus) heading?.focus();
  });
  return (
    <h1 class="pui-heading" tabindex="-1" ref={heading}>
      {props.children}
    </h1>
  );
}
