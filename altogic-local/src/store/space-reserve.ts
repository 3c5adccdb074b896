// A reserve file next to the database: released when the disk is full, it gives deletes the room they need
// (SQLite writes to its journal even to delete), so that space can be freed without a shell on the server.
import fs from 'node:fs';
import path from 'node:path';

export const RESERVE_BYTES = 8 * 1024 * 1024;

export function reservePath(dataDir: string): string {
  return path.join(dataDir, 'altogic-local.reserve');
}

export class SpaceReserve {
  constructor(
    private readonly file: string,
    private readonly bytes = RESERVE_BYTES,
  ) {}

  /** True while the reserve is on disk, i.e. the disk has not run full since it was last made. */
  get held(): boolean {
    return fs.existsSync(this.file);
  }

  /** Makes the reserve if it is missing; false when the disk has no room for it (yet). */
  ensure(): boolean {
    if (this.held) return true;
    try {
      fs.writeFileSync(this.file, Buffer.alloc(this.bytes), { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as { code?: unknown }).code === 'EEXIST') return true;
      fs.rmSync(this.file, { force: true });
      return false;
    }
  }

  /** Frees the reserve's space; true when there was a reserve to free. */
  release(): boolean {
    if (!this.held) return false;
    fs.rmSync(this.file, { force: true });
    return true;
  }
}

/** True for the errors of a database whose disk (or PostgreSQL's) is full. */
export function isStorageFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === '53100';
}
