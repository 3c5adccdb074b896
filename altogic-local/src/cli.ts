// Command line entry: flags → config → server; prints its URLs when ready, shuts down cleanly on SIGTERM.
import { ConfigError } from './config.ts';
import { parseArgs, usage } from './cli-options.ts';
import { startServer } from './server.ts';
import { StartupError } from './store/database.ts';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(usage());
    return;
  }
  let server;
  try {
    server = await startServer(parseArgs(argv, process.env));
  } catch (error) {
    if (error instanceof ConfigError || error instanceof StartupError) {
      process.stderr.write(`altogic-local: ${error.message}\n\n${error instanceof ConfigError ? usage() : ''}`);
      process.exit(2);
    }
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE') {
      process.stderr.write(`altogic-local: the port is already in use (${(error as Error).message})\n`);
      process.exit(1);
    }
    throw error;
  }
  const storage = server.config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : server.config.dataDir;
  process.stdout.write(
    `altogic-local ready: API ${server.url}  outbox ${server.outboxUrl ?? '(disabled)'}\n` +
      `  data: ${storage}  email verification: ${server.config.emailVerification ? 'on' : 'off'}  rate limits: ${server.config.rateLimits ? 'on' : 'off'}  redirect: ${server.config.redirectUrl}\n`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      process.exit(1);
    }
    stopping = true;
    process.stdout.write(`altogic-local: ${signal} received, shutting down\n`);
    const deadline = setTimeout(() => {
      process.stderr.write('altogic-local: shutdown took longer than 10 s, exiting\n');
      process.exit(1);
    }, 10_000);
    deadline.unref();
    server.close().then(
      () => process.exit(0),
      (error: Error) => {
        process.stderr.write(`altogic-local: error while shutting down: ${error.message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

// State is unknown after an unexpected failure: log and exit non-zero so a supervisor restarts (REL-10).
process.on('unhandledRejection', (reason) => {
  process.stderr.write(`altogic-local: unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}\n`);
  process.exit(1);
});

await main();
