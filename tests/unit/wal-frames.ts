import fs from 'node:fs';

/** One frame of a SQLite WAL file: the page it replaces and, for a commit frame, the database size after it. */
export type WalFrame = { page: number; commitSize: number; data: Buffer };

/**
 * The valid frames of a WAL file, in order (format: sqlite.org/fileformat2.html#walformat): a
 * 32-byte header with the page size and two salts, then frames of a 24-byte header and one page.
 * Frames whose salts differ from the header's belong to an earlier generation and are skipped.
 */
export function walFrames(file: string): { pageSize: number; frames: WalFrame[] } {
  const wal = fs.readFileSync(file);
  if (wal.length < 32) return { pageSize: 0, frames: [] };
  const pageSize = wal.readUInt32BE(8);
  const [salt1, salt2] = [wal.readUInt32BE(16), wal.readUInt32BE(20)];
  const frames: WalFrame[] = [];
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    if (wal.readUInt32BE(at + 8) !== salt1 || wal.readUInt32BE(at + 12) !== salt2) continue;
    frames.push({ page: wal.readUInt32BE(at), commitSize: wal.readUInt32BE(at + 4), data: wal.subarray(at + 24, at + 24 + pageSize) });
  }
  return { pageSize, frames };
}

/**
 * Replays the WAL onto the database file commit by commit, as an attacker with read access to the
 * files would: yields the whole database image after each committed transaction, marked as a
 * rollback-journal database (header bytes 18–19) so it opens on its own.
 */
export function* replayCommits(dbFile: string, walFile: string): Generator<Buffer> {
  const { pageSize, frames } = walFrames(walFile);
  let image = Buffer.from(fs.readFileSync(dbFile));
  for (const frame of frames) {
    const offset = (frame.page - 1) * pageSize;
    if (image.length < offset + pageSize) image = Buffer.concat([image, Buffer.alloc(offset + pageSize - image.length)]);
    frame.data.copy(image, offset);
    if (frame.commitSize > 0) {
      const snapshot = Buffer.from(image.subarray(0, frame.commitSize * pageSize));
      snapshot[18] = 1;
      snapshot[19] = 1;
      yield snapshot;
    }
  }
}
