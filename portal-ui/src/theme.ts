import type { JSX } from 'solid-js';
import type { ThemeToken } from 'portal-contract';

export type Theme = Partial<Record<ThemeToken, string>>;

/** Every themable token (README: Theming). */
export const THEME_TOKENS: readonly ThemeToken[] = [
  'color-primary',
  'color-text',
  'color-muted',
  'color-bg',
  'color-surface',
  'color-error',
  'color-success',
  'radius',
  'font',
];

/** The documented custom properties of a theme, as a style for the root element (`--sa-<token>`). */
export function themeStyle(theme: Theme | undefined): JSX.CSSProperties {
  const style: JSX.CSSProperties = {};
  for (const token of THEME_TOKENS) {
    const value = theme?.[token];
    if (typeof value === 'string' && value) style[`--sa-${token}`] = value;
  }
  return style;
}
