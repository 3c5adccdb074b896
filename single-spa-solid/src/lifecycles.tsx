/* eslint-disable solid/reactivity -- lifecycle functions receive plain single-spa props, not a component's reactive props */
/**
 * single-spa lifecycles for a Solid root component. State lives per instance (keyed by props.name), so one
 * config can back several parcels at once; unmount disposes exactly once; update() feeds reactive props.
 */
import { createSignal, ErrorBoundary, type JSX } from 'solid-js';
import { createComponent, render } from 'solid-js/web';

export interface LifecycleProps {
  name: string;
  domElement?: HTMLElement;
  [key: string]: unknown;
}

export interface SolidLifecycleOptions<P> {
  rootComponent: (props: P) => JSX.Element;
  /** Where to render when props carry no domElement. Defaults to a container created for the app. */
  domElementGetter?: (props: P & LifecycleProps) => HTMLElement | null;
  /** What to show when the root component throws while rendering. */
  errorFallback?: (error: unknown, reset: () => void) => JSX.Element;
}

export interface Lifecycles<P> {
  bootstrap: (props: P & LifecycleProps) => Promise<void>;
  mount: (props: P & LifecycleProps) => Promise<void>;
  unmount: (props: P & LifecycleProps) => Promise<void>;
  update: (props: P & LifecycleProps) => Promise<void>;
}

interface Instance<P> {
  dispose: () => void;
  setProps: (props: P & LifecycleProps) => void;
  createdContainer: HTMLElement | null;
  unmounting?: Promise<void>;
}

/**
 * Props whose every read takes the latest update(): the root component reads `props.x` inside its own
 * computations, as Solid props are read, and reruns them when an update brings new props.
 */
function reactiveProps<T extends object>(current: () => T): T {
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(current(), key),
    has: (_target, key) => key in current(),
    ownKeys: () => Reflect.ownKeys(current()),
    getOwnPropertyDescriptor: (_target, key) =>
      key in current() ? { configurable: true, enumerable: true, get: () => Reflect.get(current(), key) } : undefined,
  });
}

const defaultFallback = (error: unknown) => (
  <p role="alert">This part of the page failed to load{error instanceof Error ? `: ${error.message}` : ''}.</p>
);

export function singleSpaSolid<P extends object>(options: SolidLifecycleOptions<P>): Lifecycles<P> {
  const instances = new Map<string, Instance<P>>();
  const fallback = options.errorFallback ?? defaultFallback;

  function container(props: P & LifecycleProps): { element: HTMLElement; created: boolean } {
    if (props.domElement) return { element: props.domElement, created: false };
    const found = options.domElementGetter?.(props);
    if (found) return { element: found, created: false };
    const element = document.createElement('div');
    element.id = `single-spa-application:${props.name}`;
    document.body.appendChild(element);
    return { element, created: true };
  }

  return {
    bootstrap: async () => undefined,
    async mount(props) {
      if (instances.has(props.name)) throw new Error(`${props.name} is already mounted`);
      const { element, created } = container(props);
      const [current, setProps] = createSignal<P & LifecycleProps>({ ...props }, { equals: false });
      const rootProps = reactiveProps(current);
      const dispose = render(
        () => <ErrorBoundary fallback={fallback}>{createComponent(options.rootComponent, rootProps)}</ErrorBoundary>,
        element,
      );
      instances.set(props.name, { dispose, setProps, createdContainer: created ? element : null });
    },
    async unmount(props) {
      const instance = instances.get(props.name);
      if (!instance) return;
      instance.unmounting ??= Promise.resolve().then(() => {
        instance.dispose();
        instance.createdContainer?.remove();
        instances.delete(props.name);
      });
      return instance.unmounting;
    },
    async update(props) {
      instances.get(props.name)?.setProps({ ...props });
    },
  };
}
