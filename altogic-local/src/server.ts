// Assembly: configuration → database, services, Fastify with its plugins and the route modules.
import type { Server } from 'node:http';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import { resolveConfig, type ServerConfig } from './config.ts';
import { JSON_BODY_LIMIT } from './http/body-limits.ts';
import { corsHook } from './http/cors.ts';
import { limitConnectionsPerAddress } from './http/connection-limits.ts';
import { clientErrorHandler, frameworkErrors } from './http/framework-errors.ts';
import type { AppContext } from './context.ts';
import { ApiError, ErrorCode, notImplemented, toApiError, tooManyRequests } from './errors.ts';
import { Mailer } from './mail/mailer.ts';
import { authRoutes, emailLinkRoutes } from './routes/auth/index.ts';
import { dbRoutes } from './routes/db/objects.ts';
import { emulatorAccountRoutes } from './routes/emulator/accounts.ts';
import { outboxEnabled as outboxEnabledFor } from './routes/outbox/local-only.ts';
import { outboxRoutes } from './routes/outbox/outbox.ts';
import { statusRoutes } from './routes/outbox/status.ts';
import { publicFileRoutes, storageRoutes } from './routes/storage/files.ts';
import { PasswordHasher } from './security/password-hashing.ts';
import { databaseRateLimitStore, Throttles } from './security/rate-limits.ts';
import { openStore, type Store } from './store/database.ts';
import { isStorageFull } from './store/space-reserve.ts';
import { pruneExpiredRows } from './store/pruning.ts';

export const API_PREFIX = '/_api/rest/v1';
/** what every API path starts with (the query comes after it) */
const API_PATHS = `${API_PREFIX}/`;
const HEADERS_TIMEOUT_MS = 10_000;
/** The emulator endpoints apps may call from a browser: status only (the badge reads `info`). */
const CORS_EMULATOR_PATHS = new Set(['/_emulator/v1/health', '/_emulator/v1/info']);
const CLIENT_HEADERS = ['X-Client', 'X-Client-Key', 'Session', 'Content-Type', 'Authorization'];

export interface RunningServer {
  /** Base URL of the API, e.g. http://localhost:4000 — the `envUrl` for createClient */
  url: string;
  outboxUrl: string | null;
  config: ServerConfig;
  /** The database, for tests and tools that inspect state. */
  store: Store;
  /** The listening HTTP server (its limits and timeouts). */
  httpServer: Server;
  close(): Promise<void>;
}

function decodeComponent(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Query strings without form decoding: `+` stays `+`. The client pastes emails and tokens unencoded into auth
 * queries (docs/wire-contract.md §1.5) and percent-encodes everything else, so this reads both correctly. Repeated keys
 * become arrays, which the schemas then refuse.
 */
export function parseRawQuery(query: string): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = decodeComponent(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decodeComponent(pair.slice(eq + 1));
    const previous = result[key];
    result[key] = previous === undefined ? value : ([] as string[]).concat(previous, value);
  }
  return result;
}

function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}

/**
 * Log lines to stdout, written together once per turn of the event loop: under load one write per request
 * line was a system call per request (the request log is one line per request).
 */
let pendingLines: string[] = [];
function flushLines(): void {
  if (pendingLines.length === 0) return;
  const lines = pendingLines;
  pendingLines = [];
  process.stdout.write(lines.join(''));
}
function batchedStdout(): (line: string) => void {
  if (process.listeners('exit').indexOf(flushLines) < 0) process.once('exit', flushLines);
  return (line) => {
    if (pendingLines.push(`${line}\n`) === 1) setImmediate(flushLines);
  };
}

/** The path as the router matches it: percent-decoded (`/_emulator/v1/%6futbox` is the outbox). */
function routedPath(url: string): string {
  const path = pathOf(url);
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** True for a URL the router sends to the REST API, whether or not its path is percent-encoded. */
function isApiPath(url: string): boolean {
  if (url.startsWith(API_PATHS)) return true;
  const path = pathOf(url);
  return path.includes('%') && routedPath(path).startsWith(API_PATHS);
}

export async function startServer(partial: Partial<ServerConfig> = {}): Promise<RunningServer> {
  const config = resolveConfig(partial);
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  const log = config.log === true ? batchedStdout() : config.log === false ? () => {} : config.log;
  let baseUrl = config.publicUrl ?? `http://localhost:${config.port}`;
  const outboxEnabled = outboxEnabledFor(config, process.env['NODE_ENV']);

  const securityEvent: AppContext['securityEvent'] = (event, fields) => {
    const parts = Object.entries(fields)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    log(`security ${event} ${parts.join(' ')}`.trimEnd());
  };
  const ctx: AppContext = {
    config,
    store,
    db: store.db,
    hasher: new PasswordHasher(config.passwordHashing),
    throttles: new Throttles(store.db, config.now, config.rateLimits, securityEvent),
    mailer: new Mailer(store.db, { keepOutbox: outboxEnabled, smtpUrl: config.smtpUrl, from: config.mailFrom, now: config.now, log }),
    outboxEnabled,
    shuttingDown: false,
    now: config.now,
    baseUrl: () => baseUrl,
    log,
    securityEvent,
  };

  let app: FastifyInstance;
  try {
    app = await buildApp(ctx);
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await store.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  baseUrl = config.publicUrl ?? `http://localhost:${port}`;

  const pruner = setInterval(() => {
    pruneExpiredRows(store.db, config.now()).catch(() => {});
  }, 10 * 60_000);
  pruner.unref();

  let closing: Promise<void> | null = null;
  return {
    url: baseUrl,
    outboxUrl: outboxEnabled ? `${baseUrl}/_emulator/outbox` : null,
    config,
    store,
    httpServer: app.server,
    close: () => {
      closing ??= (async () => {
        clearInterval(pruner);
        ctx.shuttingDown = true;
        await app.close();
        await ctx.mailer.flush();
        ctx.mailer.close();
        await store.close();
      })();
      return closing;
    },
  };
}

export async function buildApp(ctx: AppContext): Promise<FastifyInstance> {
  const { config } = ctx;
  const app = Fastify({
    logger: false,
    bodyLimit: JSON_BODY_LIMIT,
    // Fastify's defaults are 0 (no limit): bound request time and idle keep-alive (S13)
    requestTimeout: 30_000,
    keepAliveTimeout: 5_000,
    forceCloseConnections: 'idle',
    // our own 503 during shutdown, in the Altogic error shape (Fastify's own body is not)
    return503OnClosing: false,
    trustProxy: false,
    frameworkErrors,
    clientErrorHandler,
    // Node checks header and request timeouts every 30 s by default: a 10 s header limit then holds for up to 40 s (S13)
    http: { headersTimeout: HEADERS_TIMEOUT_MS, connectionsCheckingInterval: 1_000 },
    routerOptions: { maxParamLength: 200, ignoreDuplicateSlashes: false, querystringParser: parseRawQuery },
    // envUrl may carry a path prefix (e.g. https://host/e:<envId>): route on the suffix (docs/wire-contract.md §1.1)
    rewriteUrl: (request) => {
      const url = request.url ?? '/';
      const at = url.indexOf(`${API_PREFIX}/`);
      return at > 0 ? url.slice(at) : url;
    },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false, allErrors: false } },
  });
  app.server.maxConnections = config.maxConnections;
  limitConnectionsPerAddress(app.server, config.maxConnectionsPerIp);

  // JSON only: text/plain bodies (a CORS-simple request) are refused with 415 (SEC-G2)
  app.removeContentTypeParser('text/plain');

  const staticRoutes = new Map<string, Set<string>>();
  app.addHook('onRoute', (route) => {
    if (route.url.includes(':') || route.url.includes('*')) return;
    const methods = staticRoutes.get(route.url) ?? new Set<string>();
    for (const method of ([] as string[]).concat(route.method)) methods.add(method);
    staticRoutes.set(route.url, methods);
  });

  app.setErrorHandler((error, request, reply) => {
    // a full disk: free the reserve so that deletes (and everything but uploads) have room again
    if (isStorageFull(error) && ctx.store.reserve?.release()) ctx.log('storage: the disk is full; the space reserve was released');
    const apiError = toApiError(error);
    if (apiError.statusCode >= 500 && !(error instanceof ApiError)) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      ctx.log(`error ${request.method} ${pathOf(request.url)}: ${message}`);
    }
    for (const [name, value] of Object.entries(apiError.headers)) reply.header(name, value);
    reply.code(apiError.statusCode).type('application/json; charset=utf-8').send(apiError.toBody());
  });

  app.setNotFoundHandler((request, reply) => {
    const path = pathOf(request.url);
    const methods = staticRoutes.get(path);
    let error: ApiError;
    if (methods && !methods.has(request.method)) {
      reply.header('allow', [...methods].join(', '));
      error = new ApiError(405, ErrorCode.methodNotAllowed, 'This method is not allowed here.');
    } else if (path.startsWith(`${API_PREFIX}/`) || path.startsWith('/_auth/')) {
      error = notImplemented();
    } else {
      error = new ApiError(404, ErrorCode.notFound, 'There is nothing here.');
    }
    reply.code(error.statusCode).type('application/json; charset=utf-8').send(error.toBody());
  });

  corsHook(app, {
    allowedOrigins: config.allowedOrigins,
    allowedHeaders: CLIENT_HEADERS,
    // the outbox holds live sign-in links, the test accounts and resets change data: no CORS grant (SEC-G7);
    // only the status endpoints are readable by the apps
    closed: (request) => {
      const path = routedPath(request.url);
      return path.includes('/_emulator/') && !CORS_EMULATOR_PATHS.has(path.slice(path.indexOf('/_emulator/')));
    },
  });

  if (config.rateLimits) {
    await app.register(rateLimit, {
      global: false,
      store: databaseRateLimitStore(ctx.db, ctx.now),
      skipOnError: false,
      addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
      addHeaders: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false, 'retry-after': true },
      errorResponseBuilder: (request: FastifyRequest, context: { ttl: number }) => {
        ctx.securityEvent('rate_limited', { ip: request.ip, path: pathOf(request.url) });
        return tooManyRequests(context.ttl / 1000);
      },
    });
  }

  await app.register(multipart, {
    throwFileSizeLimit: true,
    limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 10, parts: 20, fieldSize: 64 * 1024, headerPairs: 100 },
  });

  const clientKeys = config.clientKeys === null ? null : new Set(config.clientKeys);
  // Callback hooks, not async ones: they run on every request, and a promise per hook costs (issue 15's profile).
  app.addHook('onRequest', (request, reply, done) => {
    if (ctx.shuttingDown) {
      reply.header('connection', 'close');
      done(
        new ApiError(503, ErrorCode.serverBusy, 'The server is restarting. Please try again in a moment.', {
          headers: { 'retry-after': '1' },
        }),
      );
      return;
    }
    // X-Client-Key on every API call: any non-empty key, or one of the configured keys. The router matches the
    // percent-decoded path (`/%5Fapi/…` is the API), so an encoded path is checked by its decoded form.
    if (request.method === 'OPTIONS' || !isApiPath(request.url)) return done();
    const key = request.headers['x-client-key'];
    if (typeof key !== 'string' || key.trim() === '' || (clientKeys !== null && !clientKeys.has(key))) {
      return done(new ApiError(401, ErrorCode.invalidClientKey, 'The client key is missing or not valid for this app.'));
    }
    done();
  });

  app.addHook('onSend', (_request, reply, payload, done) => {
    reply.header('x-content-type-options', 'nosniff');
    if (!reply.hasHeader('referrer-policy')) reply.header('referrer-policy', 'no-referrer');
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
    done(null, payload);
  });

  if (config.log !== false) {
    // one line per request; the path only: queries may hold tokens or addresses (SEC-G6)
    app.addHook('onResponse', (request, reply, done) => {
      ctx.log(`${request.method} ${pathOf(request.url)} ${reply.statusCode} ${Math.round(reply.elapsedTime)}ms`);
      done();
    });
  }

  await app.register(
    async (api) => {
      authRoutes(api, ctx);
      dbRoutes(api, ctx);
      await api.register(async (storage) => storageRoutes(storage, ctx));
    },
    { prefix: API_PREFIX },
  );
  emailLinkRoutes(app, ctx);
  publicFileRoutes(app, ctx);
  outboxRoutes(app, ctx);
  emulatorAccountRoutes(app, ctx);
  statusRoutes(app, ctx);
  return app;
}
