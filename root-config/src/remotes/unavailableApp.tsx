import { render } from 'solid-js/web';
import { SubmitButton, TranslatorProvider } from 'portal-ui';
import { useShellText, type ShellKey, type ShellTranslator } from '../i18n/catalogs';
import { errorText } from '../shell/errorText';

export interface UnavailableOptions {
  /** Which app, for the console. */
  name: string;
  title: ShellKey;
  error: unknown;
  onRetry: () => void;
  i18n: ShellTranslator;
}

/**
 * The page's heading says, neutrally, that a part could not load; what it means for the user and Try again follow;
 * the technical line waits in a disclosure.
 */
function Unavailable(props: { title: ShellKey; detail: string; onRetry: () => void }) {
  const { t, locale } = useShellText();
  return (
    // A portal-ui card and button, as on the screens it stands in for.
    <section class="pui-root portal-unavailable" role="alert" lang={locale()}>
      <div class="pui-card">
        <h1 class="pui-heading">{t('unavailable.heading')}</h1>
        <p class="pui-text">{t(props.title)}</p>
        <p class="pui-text">{t('unavailable.text')}</p>
        <SubmitButton type="button" submitting={false} onClick={() => props.onRetry()}>
          {t('unavailable.retry')}
        </SubmitButton>
        <details>
          <summary>{t('unavailable.details')}</summary>
          <code>{props.detail}</code>
        </details>
      </div>
    </section>
  );
}

/** The fallback's lifecycles: single-spa's LifeCycles, with plain functions (not arrays) for its callers. */
export interface FallbackLifecycles {
  bootstrap: () => Promise<void>;
  mount: (props: { domElement?: HTMLElement | undefined }) => Promise<void>;
  unmount: () => Promise<void>;
}

/** Stands in for a micro-frontend that could not load: says so, offers Try again, unmounts cleanly. */
export function unavailableApp({ name, title, error, onRetry, i18n }: UnavailableOptions): FallbackLifecycles {
  let dispose: (() => void) | null = null;
  console.error(`[portal] ${name} could not be loaded:`, error);
  return {
    bootstrap: async () => undefined,
    async mount({ domElement }) {
      const host = domElement ?? document.getElementById('portal-region-shell');
      if (!host) return;
      // A container of its own: render() owns what it renders into, and the region may hold other content.
      const node = host.appendChild(document.createElement('div'));
      const disposeRender = render(
        () => (
          <TranslatorProvider value={i18n}>
            <Unavailable title={title} detail={`${name}: ${errorText(error)}`} onRetry={onRetry} />
          </TranslatorProvider>
        ),
        node,
      );
      dispose = () => (disposeRender(), node.remove());
    },
    async unmount() {
      dispose?.();
      dispose = null;
    },
  };
}
