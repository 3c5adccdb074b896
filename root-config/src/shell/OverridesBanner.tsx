import { For, Show } from 'solid-js';
import type { OverrideOutcome } from '../config/overrides';

/** Visible while a developer override is active (or was refused), with a way out. */
export function OverridesBanner(props: { outcome: OverrideOutcome; onClear: () => void }) {
  return (
    <Show when={props.outcome.applied.length + props.outcome.refused.length > 0}>
      <div class="portal-overrides" role="status">
        <For each={props.outcome.applied}>
          {(item) => (
            <p>
              Developer override active: <strong>{item.remote}</strong> from {item.url}
            </p>
          )}
        </For>
        <For each={props.outcome.refused}>
          {(item) => (
            <p>
              Override of <strong>{item.remote}</strong> refused: {item.why}.
            </p>
          )}
        </For>
        <button type="button" class="portal-button" onClick={() => props.onClear()}>
          Clear overrides
        </button>
      </div>
    </Show>
  );
}
