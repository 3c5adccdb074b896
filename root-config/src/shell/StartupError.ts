/** Shown when the portal cannot start at all (no config, no shared-auth): plain DOM, no framework needed. */
export function showStartupError(error: unknown): void {
  const main = document.getElementById('portal-main') ?? document.body;
  const box = document.createElement('section');
  box.className = 'portal-unavailable';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('h1');
  heading.textContent = 'The portal could not start';
  const detail = document.createElement('p');
  detail.textContent = error instanceof Error ? error.message : String(error);
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = 'Retry';
  retry.addEventListener('click', () => window.location.reload());
  box.append(heading, detail, retry);
  main.replaceChildren(box);
}
