import { createUniqueId, Show } from 'solid-js';
import type { ConsentLinks } from 'portal-contract';
import { useText, type AuthKey } from '../i18n/catalogs';

/** A link target we render: http(s) or a path on this site; anything else (javascript:, data:) is dropped. */
export const safeLinkUrl = (url: string | undefined): string | undefined =>
  url && (/^https?:\/\//i.test(url) || /^\/(?![/\\])/.test(url)) ? url : undefined;

/** The links the checkbox names, if any survive `safeLinkUrl`; none means no checkbox. */
export function consentLinks(links: ConsentLinks | undefined): ConsentLinks | null {
  const termsUrl = safeLinkUrl(links?.termsUrl);
  const privacyUrl = safeLinkUrl(links?.privacyUrl);
  return termsUrl || privacyUrl ? { termsUrl, privacyUrl } : null;
}

/**
 * "I agree to the Terms of Service and the Privacy Policy", the documents opening in a new tab. Inline styles:
 * the only layout it needs, themed by the same custom properties as everything else.
 */
export function ConsentCheckbox(props: {
  links: ConsentLinks;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error: string | null;
  ref: (element: HTMLInputElement) => void;
}) {
  const { t } = useText();
  const id = `auth-consent-${createUniqueId()}`;
  const link = (url: string, key: AuthKey) => (
    <a class="pui-link" href={url} target="_blank" rel="noopener noreferrer">
      {t(key)} <span class="pui-visually-hidden">{t('register.newTab')}</span>
    </a>
  );
  // The sentence with each {placeholder} replaced by its link, in the word order of the language.
  const sentence = () => {
    const { termsUrl, privacyUrl } = props.links;
    const text = t(termsUrl && privacyUrl ? 'register.consentBoth' : termsUrl ? 'register.consentTerms' : 'register.consentPrivacy');
    return text
      .split(/(\{terms\}|\{privacy\})/)
      .map((part) =>
        part === '{terms}' && termsUrl
          ? link(termsUrl, 'register.termsLink')
          : part === '{privacy}' && privacyUrl
            ? link(privacyUrl, 'register.privacyLink')
            : part,
      );
  };
  return (
    <div style={{ display: 'grid', 'grid-template-columns': 'auto 1fr', gap: '0.25rem 0.625rem', 'align-items': 'start' }}>
      <input
        ref={props.ref}
        id={id}
        type="checkbox"
        required
        checked={props.checked}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        style={{ width: '1.25rem', height: '1.25rem', margin: '0.125rem 0 0', 'accent-color': 'var(--pui-primary)' }}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label for={id}>{sentence()}</label>
      <Show when={props.error}>
        <p class="pui-field-error" id={`${id}-error`} role="alert" style={{ 'grid-column': '2' }}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}
