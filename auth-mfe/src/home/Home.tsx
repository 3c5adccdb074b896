import { ROUTES } from 'shared-auth';
import { Heading } from '../frame/Heading';
import { ScreenLink } from '../navigation/ScreenLink';
import { links, text } from '../text';

/** The three ways in. */
export function Home() {
  return (
    <>
      <Heading>{text.home.heading}</Heading>
      <p class="pui-text pui-muted">{text.home.intro}</p>
      <ul class="auth-ways" aria-label={text.home.waysLabel}>
        <li>
          <ScreenLink to={ROUTES.login} class="pui-button">
            {links.login}
          </ScreenLink>
        </li>
        <li>
          <ScreenLink to={ROUTES.register} class="pui-button" variant="secondary">
            {links.register}
          </ScreenLink>
        </li>
        <li>
          <ScreenLink to={ROUTES.magicLink} class="pui-button" variant="secondary">
            {links.magicLink}
          </ScreenLink>
        </li>
      </ul>
    </>
  );
}
