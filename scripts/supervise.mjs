/**
 * Keeps one child process running: when it exits on its own it is started again after a delay that doubles with
 * each crash in a row (a run that lasted `stableAfterMs` starts the count again). After `maxRestarts` restarts in a
 * row that all crashed again (a port in use, a broken build), or at once on an exit code of `fatalExitCodes` (2: a
 * usage or configuration error, which a restart cannot fix), it gives up and calls `onGiveUp`.
 */
export function supervise({
  name,
  start,
  log = (line) => console.error(line),
  onGiveUp = () => {},
  firstDelayMs = 500,
  maxDelayMs = 30_000,
  stableAfterMs = 30_000,
  maxRestarts = 5,
  fatalExitCodes = [2],
}) {
  let child = null;
  let crashes = 0;
  let stopped = false;
  let timer = null;

  function run() {
    const startedAt = Date.now();
    child = start();
    child.on('exit', (code, signal) => {
      child = null;
      if (stopped) return;
      crashes = Date.now() - startedAt >= stableAfterMs ? 1 : crashes + 1;
      if (fatalExitCodes.includes(code)) {
        log(`[portal] ${name} stopped (${code}): its configuration is wrong; giving up.`);
        onGiveUp();
        return;
      }
      if (crashes > maxRestarts) {
        log(`[portal] ${name} stopped (${signal ?? code}) after ${maxRestarts} restarts in a row; giving up.`);
        onGiveUp();
        return;
      }
      const delay = Math.min(maxDelayMs, firstDelayMs * 2 ** (crashes - 1));
      log(`[portal] ${name} stopped (${signal ?? code}); restarting in ${delay} ms (restart ${crashes} of ${maxRestarts} in a row).`);
      timer = setTimeout(run, delay);
    });
  }

  run();
  return {
    /** Stops supervising and sends SIGTERM to the running child, if any. */
    stop() {
      stopped = true;
      clearTimeout(timer);
      child?.kill('SIGTERM');
    },
  };
}
