/**
 * The in-page probe (an init script, installed before any of the page's scripts): a MutationObserver that
 * records, in performance.now() time (milliseconds since navigation start), the first moment each condition
 * holds in the DOM. The same probe runs in the composed portal and in the monolith.
 *   loginEmail    an input labelled "Email", visible and enabled
 *   sessionsList  the profile's Sessions region with a loaded (not aria-busy) list item, or "End all other sessions"
 *   profilePath   location.pathname is /profile (history changes are observed)
 *   loginPath     location.pathname is /login (likewise)
 *   headerName    [data-testid="header-user-name"] reads __bench.want
 *   profileName   an element of <main> other than an input reads __bench.want
 *   click:<text>  a click on a button with that text (capture phase)
 * and the page's cumulative layout shift (`__bench.cls()`): the Layout Instability API's shifts without recent
 * input, grouped in session windows (gaps under 1 s, at most 5 s long), the largest window's sum.
 */
export function installProbe(): void {
  type Marks = Record<string, number>;
  const marks: Marks = {};
  const state = { want: '' };
  const textOf = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;
  const accessibleName = (el: Element) => {
    const parts: string[] = [];
    const labels = (el as HTMLInputElement).labels;
    if (labels) for (const label of Array.from(labels)) parts.push(textOf(label));
    const aria = el.getAttribute('aria-label');
    if (aria) parts.push(aria);
    for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean))
      parts.push(textOf(document.getElementById(id)));
    return parts.join(' ').trim();
  };
  const checks: Record<string, () => boolean> = {
    loginEmail: () =>
      Array.from(document.querySelectorAll('input')).some(
        (input) =>
          input.type !== 'hidden' &&
          /^email\b/i.test(accessibleName(input)) &&
          !input.matches(':disabled') &&
          !input.readOnly &&
          visible(input),
      ),
    sessionsList: () => {
      const button = Array.from(document.querySelectorAll('button')).find((b) => /^end all other sessions$/i.test(textOf(b)));
      if (button && visible(button)) return true;
      for (const region of Array.from(document.querySelectorAll('section, [role="region"]'))) {
        if (!/\bsessions\b/i.test(accessibleName(region))) continue;
        for (const list of Array.from(region.querySelectorAll('ul, ol, [role="list"]'))) {
          if (list.closest('[aria-busy="true"]')) continue;
          const item = list.querySelector('li, [role="listitem"]');
          if (item && textOf(item) && visible(item)) return true;
        }
      }
      return false;
    },
    profilePath: () => location.pathname === '/profile',
    loginPath: () => location.pathname === '/login',
    headerName: () => state.want !== '' && textOf(document.querySelector('[data-testid="header-user-name"]')) === state.want,
    profileName: () =>
      state.want !== '' &&
      Array.from(document.querySelectorAll('main *')).some(
        (el) => el.childElementCount === 0 && el.tagName !== 'INPUT' && textOf(el) === state.want,
      ),
  };
  const run = () => {
    const now = performance.now();
    for (const [name, check] of Object.entries(checks)) {
      if (marks[name] !== undefined) continue;
      try {
        if (check()) marks[name] = now;
      } catch {
        // the DOM is mid-change: the next mutation checks again
      }
    }
  };
  new MutationObserver(run).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      run();
      return result;
    };
  }
  addEventListener('popstate', run);
  document.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element | null)?.closest?.('button');
      if (button) marks[`click:${textOf(button)}`] ??= performance.now();
    },
    true,
  );
  const shifts: { time: number; value: number; nodes: string }[] = [];
  const describe = (node: Node | null) => {
    const el = node instanceof Element ? node : node?.parentElement;
    if (!el) return '?';
    const id = el.id ? `#${el.id}` : '';
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `${el.tagName.toLowerCase()}${id}${cls}`;
  };
  type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node: Node | null }[] };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[])
        if (!entry.hadRecentInput)
          shifts.push({
            time: entry.startTime,
            value: entry.value,
            nodes: (entry.sources ?? []).map((source) => describe(source.node)).join(' + '),
          });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // no Layout Instability API: cls() stays 0
  }
  const cls = () => {
    let largest = 0;
    let sum = 0;
    let first = 0;
    let previous = 0;
    for (const shift of shifts) {
      if (sum > 0 && (shift.time - previous >= 1000 || shift.time - first >= 5000)) sum = 0;
      if (sum === 0) first = shift.time;
      sum += shift.value;
      previous = shift.time;
      largest = Math.max(largest, sum);
    }
    return largest;
  };
  (window as unknown as { __bench: unknown }).__bench = {
    marks,
    cls,
    /** every shift: when, how much, which elements moved (to find what to reserve space for) */
    shifts: () => shifts.map((shift) => `${Math.round(shift.time)} ms ${shift.value.toFixed(3)} ${shift.nodes}`),
    /** Forget marks (and set the awaited name) before measuring the next action on the same page. */
    reset(names: string[], want = '') {
      for (const name of names) delete marks[name];
      state.want = want;
      run();
    },
  };
}
