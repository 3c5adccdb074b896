import { For, Show } from 'solid-js';
import type { OverrideOutcome } from '../config/overrides';
// portal-ui's hook with the shell's types: importing catalogs.ts would split it into a chunk of its own.
import { useTranslator } from 'portal-ui';
import type { ShellMessages } from '../i18n/catalogs';
import { withElements } from '../i18n/withElements';

/** Visible while a developer override is active (or was refused), with a way out. */
export function OverridesBanner(props: { outcome: OverrideOutcome; onClear: () => void }) {
  const { t, say } = useTranslator<ShellMessages>();
  return (
    <Show when={props.outcome.applied.length + props.outcome.refused.length > 0}>
      <div class="portal-overrides" role="status">
        <For each={props.outcome.applied}>
          {(item) => <p>{withElements(t('overrides.active'), { remote: <strong>{item.remote}</strong>, url: item.url })}</p>}
        </For>
        <For each={props.outcome.refused}>
          {(item) => <p>{withElements(t('overrides.refused'), { remote: <strong>{item.remote}</strong>, why: say(item.why) })}</p>}
        </For>
        <button type="button" class="portal-button" onClick={() => props.onClear()}>
          {t('overrides.clear')}
        </button>
      </div>
    </Show>
  );
}
