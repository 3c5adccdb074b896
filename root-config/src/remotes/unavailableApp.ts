import type { LifeCycles } from 'single-spa';

export interface UnavailableOptions {
  title: string;
  error: unknown;
  onRetry: () => void;
}

/** Stands in for a micro-frontend that could not load: says so, offers Retry, unmounts cleanly. */
export function unavailableApp({ title, error, onRetry }: UnavailableOptions): LifeCycles {
  let node: HTMLElement | null = null;
  console.error(`[portal] ${title}:`, error);
  return {
    bootstrap: async () => undefined,
    async mount(props) {
      const host = (props as { domElement?: HTMLElement }).domElement;
      node = document.createElement('section');
      node.className = 'portal-unavailable';
      node.setAttribute('role', 'alert');
      const heading = document.createElement('h2');
      heading.textContent = title;
      const text = document.createElement('p');
      text.textContent = 'The rest of the portal still works. Try again in a moment.';
      const retry = document.createElement('button');
      retry.type = 'button';
      retry.textContent = 'Retry';
      retry.addEventListener('click', onRetry);
      node.append(heading, text, retry);
      (host ?? document.getElementById('portal-region-shell'))?.append(node);
    },
    async unmount() {
      node?.remove();
      node = null;
    },
  };
}
