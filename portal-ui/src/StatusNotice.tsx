import type { JSX } from 'solid-js';

export interface StatusNoticeProps {
  children: JSX.Element;
  /** success: a completed action; info (default): something to know. */
  tone?: 'success' | 'info';
  id?: string;
}

/** A polite notice (role="status") for good news and information; errors belong in FormAlert. */
export function StatusNotice(props: StatusNoticeProps) {
  return (
    <div class="pui-status" role="status" id={props.id} data-tone={props.tone ?? 'info'}>
      {props.children}
    </div>
  );
}
