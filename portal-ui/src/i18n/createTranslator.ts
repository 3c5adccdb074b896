/**
 * Message catalogs per locale, each its own lazily loaded chunk, and a reactive `t(key, params)` over the one
 * the app should show. Until the wanted catalog arrives, `t` keeps answering from the one shown before (no
 * flash of another language or of raw keys after a switch); before the first one arrives, `ready()` is false
 * and an app root renders nothing. Catalogs are cached per loaders object, so a second mount or a switch back
 * is synchronous.
 */
import { createContext, createMemo, createSignal, useContext, type Accessor, type JSX } from 'solid-js';

export type Catalog = Readonly<Record<string, string>>;
/** `{name}` placeholders in a message get these values. */
export type Params = Readonly<Record<string, string | number>>;
export type Translate<M extends Catalog> = (key: keyof M & string, params?: Params) => string;
/** A message to show later, in whatever language is active then (errors and notices kept in signals). */
export interface Phrase<K extends string = string> {
  key: K;
  params?: Params;
}
/** One `() => import('./de')` per locale; `en` is the fallback. */
export type CatalogLoaders<M extends Catalog> = Readonly<Record<string, () => Promise<{ default: M }>>> & {
  en: () => Promise<{ default: M }>;
};

export interface Translator<M extends Catalog> {
  t: Translate<M>;
  /** A phrase in the active language, or null for none. */
  say: (phrase: Phrase<keyof M & string> | null | undefined) => string | null;
  /** The locale of the catalog in use: for `lang` attributes and `Intl` formats. */
  locale: Accessor<string>;
  /** False until a first catalog has arrived. */
  ready: Accessor<boolean>;
}

interface LoaderState {
  loaded: Map<string, Catalog>;
  loading: Map<string, Promise<Catalog>>;
  /** Locales whose chunk failed to load: English stands in (a failed module import stays failed until reload). */
  failed: Set<string>;
}
const states = new WeakMap<object, LoaderState>();

function stateOf(loaders: object): LoaderState {
  let state = states.get(loaders);
  if (!state) states.set(loaders, (state = { loaded: new Map(), loading: new Map(), failed: new Set() }));
  return state;
}

/** The locale of `loaders` a language tag names ('de-AT' → 'de'), or null if there is no catalog for it. */
export function catalogLocale(loaders: CatalogLoaders<Catalog>, tag: string | null | undefined): string | null {
  if (!tag) return null;
  if (Object.hasOwn(loaders, tag)) return tag;
  const primary = tag.split(/[-_]/)[0]!.toLowerCase();
  return Object.hasOwn(loaders, primary) ? primary : null;
}

/** The locale to load for a wanted one: its catalog if there is one that did not fail, else English. */
function available(loaders: CatalogLoaders<Catalog>, wanted: string): string {
  const locale = catalogLocale(loaders, wanted);
  return locale && !stateOf(loaders).failed.has(locale) ? locale : 'en';
}

/** Fetches a locale's catalog once (concurrent callers share the request). Tests and lifecycles preload with it. */
export function loadCatalog<M extends Catalog>(loaders: CatalogLoaders<M>, wanted: string): Promise<M> {
  const state = stateOf(loaders);
  const locale = available(loaders, wanted);
  const cached = state.loaded.get(locale);
  if (cached) return Promise.resolve(cached as M);
  let request = state.loading.get(locale);
  if (!request) {
    request = loaders[locale]!().then(
      (module) => {
        state.loaded.set(locale, module.default);
        state.loading.delete(locale);
        return module.default;
      },
      (error: unknown) => {
        state.loading.delete(locale);
        console.error(`[i18n] the "${locale}" messages could not be loaded:`, error);
        if (locale !== 'en') {
          state.failed.add(locale);
          return loadCatalog(loaders, 'en');
        }
        // Not even English: show the keys rather than nothing.
        state.loaded.set('en', {});
        return {};
      },
    );
    state.loading.set(locale, request);
  }
  return request as Promise<M>;
}

const fill = (text: string, params?: Params): string =>
  params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole)) : text;

/** Call inside a component (or another owner): `wanted` is tracked, e.g. `() => sharedAuth.state.locale`. */
export function createTranslator<M extends Catalog>(loaders: CatalogLoaders<M>, wanted: Accessor<string>): Translator<M> {
  const [arrivals, setArrivals] = createSignal(0);
  const active = createMemo<{ locale: string; messages: Catalog } | undefined>((previous) => {
    arrivals();
    const locale = available(loaders, wanted());
    const messages = stateOf(loaders).loaded.get(locale);
    if (messages) return { locale, messages };
    // Never rejects: a failed locale falls back to English, which falls back to the keys.
    void loadCatalog(loaders, locale).then(() => setArrivals((n) => n + 1));
    return previous;
  });
  const t: Translate<M> = (key, params) => fill(active()?.messages[key] ?? key, params);
  return {
    t,
    say: (phrase) => (phrase ? t(phrase.key, phrase.params) : null),
    locale: () => active()?.locale ?? available(loaders, wanted()),
    ready: () => active() !== undefined,
  };
}

/** The app's translator, for its own components and portal-ui's (an app catalog includes portal-ui's keys). */
const TranslatorContext = createContext<Translator<Catalog>>();

export const TranslatorProvider = TranslatorContext.Provider as <M extends Catalog>(props: {
  value: Translator<M>;
  children: JSX.Element;
}) => JSX.Element;

/** The translator of the nearest TranslatorProvider; without one, keys are shown as they are. */
export function useTranslator<M extends Catalog>(): Translator<M> {
  return (useContext(TranslatorContext) ?? keysOnly) as unknown as Translator<M>;
}

const keysOnly: Translator<Catalog> = {
  t: (key, params) => fill(key, params),
  say: (phrase) => (phrase ? fill(phrase.key, phrase.params) : null),
  locale: () => 'en',
  ready: () => true,
};
