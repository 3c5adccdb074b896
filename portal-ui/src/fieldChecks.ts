import { createSignal } from 'solid-js';

/**
 * A form's checks before it asks the server: each field's problem (shown under it), and focus on the first bad
 * field in the form's order so keyboard and screen reader users land where the fix is.
 */
export interface FieldChecks<F extends string, P> {
  /** The problem shown under `field`, or null. */
  problem(field: F): P | null;
  /** The input's ref: the field to focus when it is the first bad one. */
  ref(field: F): (element: HTMLElement) => void;
  /** Both for a field component, its problem in words: `<TextField {...checks.bind('email', say)} … />`. */
  bind<T>(field: F, say: (problem: P | null) => T): { readonly error: T; ref: (element: HTMLElement) => void };
  /** Shows these problems (a field not named is fine) and focuses the first bad field; true when there is none. */
  passes(problems: Partial<Record<F, P | null>>): boolean;
  /** Takes a field's problem away (e.g. once a required box is ticked). */
  clear(field: F): void;
  /**
   * For the form's onInput (input events bubble): the field the user edits loses its problem, which was about what
   * it held before. Forms clear their submission's alert there too, so no alert outlives the input it was about.
   */
  edited(target: EventTarget | null): void;
}

/** `order`: the fields as they stand in the form, top to bottom. */
export function createFieldChecks<F extends string, P>(order: readonly F[]): FieldChecks<F, P> {
  const [problems, setProblems] = createSignal<Partial<Record<F, P | null>>>({});
  const elements: Partial<Record<F, HTMLElement>> = {};
  const problem = (field: F): P | null => problems()[field] ?? null;
  const ref = (field: F) => (element: HTMLElement) => void (elements[field] = element);
  return {
    problem,
    ref,
    bind: (field, say) => ({
      get error() {
        return say(problem(field));
      },
      ref: ref(field),
    }),
    passes(found) {
      setProblems(() => found);
      const first = order.find((field) => found[field]);
      if (first) elements[first]?.focus();
      return first === undefined;
    },
    clear: (field) => setProblems((shown) => ({ ...shown, [field]: null })),
    edited(target) {
      const field = (Object.keys(elements) as F[]).find((name) => elements[name] === target);
      if (field && problems()[field]) setProblems((shown) => ({ ...shown, [field]: null }));
    },
  };
}
