import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { accountRoutes } from './account-routes.ts';
import { emailTokenRoutes } from './email-tokens.ts';
import { sessionRoutes } from './sessions-routes.ts';
import { signUpInRoutes } from './sign-up-in.ts';

/** The auth endpoints under /_api/rest/v1 (docs/wire-contract.md §4). */
export function authRoutes(app: FastifyInstance, ctx: AppContext): void {
  signUpInRoutes(app, ctx);
  sessionRoutes(app, ctx);
  accountRoutes(app, ctx);
  emailTokenRoutes(app, ctx);
}

export { emailLinkRoutes } from './email-links.ts';
