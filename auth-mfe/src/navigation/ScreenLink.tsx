import type { JSX } from 'solid-js';
import { useScreenNavigation } from './ScreenNavigation';

/** A link to a portal path: soft navigation when the host offers it, a plain link otherwise. */
export function ScreenLink(props: { to: string; children: JSX.Element; class?: string; variant?: 'primary' | 'secondary' }) {
  const navigation = useScreenNavigation();
  return (
    <a
      class={props.class ?? 'pui-link'}
      data-variant={props.variant}
      href={navigation.href(props.to)}
      onClick={(event) => {
        if (!navigation.soft || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigation.go(navigation.href(props.to));
      }}
    >
      {props.children}
    </a>
  );
}
