export { startServer, buildApp, parseRawQuery, API_PREFIX, type RunningServer } from './server.ts';
export { resolveConfig, defaultConfig, PRODUCTION_PASSWORD_HASHING, DEFAULT_ALLOWED_ORIGINS, type ServerConfig } from './config.ts';
export { ErrorCode } from './errors.ts';
export { startServerProcess, CLI_PATH, type ServerProcess } from './process.ts';
