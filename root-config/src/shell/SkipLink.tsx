import { useShellText } from '../i18n/catalogs';

/**
 * The page's first stop for the keyboard, shown when it has focus: moves focus to the main region, past the
 * header. Focus moves by script (the address keeps no #fragment, which the routers would take for a move).
 */
export function SkipLink(props: { target: string }) {
  const { t } = useShellText();
  return (
    <div class="pui-root">
      <a
        class="pui-button portal-skip-link"
        href={`#${props.target}`}
        onClick={(event) => {
          event.preventDefault();
          const main = document.getElementById(props.target);
          main?.focus();
          main?.scrollIntoView();
        }}
      >
        {t('header.skip')}
      </a>
    </div>
  );
}
