import { createSignal, Show, type Accessor } from 'solid-js';
import type { Failure } from 'portal-contract';
import { createCountdown } from './countdown';
import { useTranslator } from './i18n/createTranslator';
import type { UiMessages } from './i18n/en';
import { errorCode, retryAfterOf } from './messages';

/** The wait a 429 imposes on a form: its submit button stays disabled while `blocked()`. */
export interface RetryWait {
  blocked: Accessor<boolean>;
  remaining: Accessor<number>;
  /** Starts the wait if the failure is a 429 with a delay; true if it did (the form then shows no alert). */
  startFrom: (failure: Failure) => boolean;
  /** 'started' at a 429, 'over' once it ran out: what the polite announcement says. */
  phase: Accessor<'idle' | 'started' | 'over'>;
  startedWith: Accessor<number>;
}

/** Call in a form component: the countdown is released with it. */
export function createRetryWait(): RetryWait {
  const countdown = createCountdown(() => setPhase('over'));
  const [phase, setPhase] = createSignal<'idle' | 'started' | 'over'>('idle');
  const [startedWith, setStartedWith] = createSignal(0);
  return {
    blocked: () => countdown.remaining() > 0,
    remaining: countdown.remaining,
    phase,
    startedWith,
    startFrom: (failure) => {
      const seconds = errorCode(failure) === 'too_many_requests' ? retryAfterOf(failure) : undefined;
      if (!seconds) return false;
      setStartedWith(seconds);
      setPhase('started');
      countdown.start(seconds);
      return true;
    },
  };
}

/**
 * "Too many attempts. Try again in N s", counting down where the user looks, and announced politely once at
 * the start and once when it is over (the ticking text is outside the live region, so it is not read every second).
 */
export function RetryNotice(props: { wait: RetryWait }) {
  const { t } = useTranslator<UiMessages>();
  const announcement = () => {
    const phase = props.wait.phase();
    if (phase === 'started') return t('error.too_many_requests_seconds', { seconds: props.wait.startedWith() });
    return phase === 'over' ? t('wait.over') : '';
  };
  return (
    <>
      <Show when={props.wait.blocked()}>
        <p class="pui-wait">{t('error.too_many_requests_seconds', { seconds: props.wait.remaining() })}</p>
      </Show>
      {/* A live region from the start (one added with its text is not reliably read), not a second role=status. */}
      <p class="pui-visually-hidden" aria-live="polite" data-testid="retry-announcement">
        {announcement()}
      </p>
    </>
  );
}
