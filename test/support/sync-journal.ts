/**
 * Preloaded into a broker child process by the crash test (`node --import tsx --import <this file>`, with
 * $EDGELOG_SYNC_JOURNAL naming a file): after every fdatasync that succeeds, and before the broker's
 * callback runs, it appends `inode <TAB> size <TAB> path` of the synced file to the journal with a
 * synchronous write. So when the broker acknowledges anything, the journal already says how much of each
 * file is on stable storage, and after a SIGKILL the test can cut every file back to that, as a power loss
 * would (a SIGKILL alone keeps unsynced bytes in the page cache and could never catch an early ack).
 * Writes issued before the fdatasync call are the ones it covers, so the size is taken at the call.
 */
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";

const journalPath = process.env.EDGELOG_SYNC_JOURNAL;
if (journalPath) {
  const journal = fs.openSync(journalPath, "a");
  const fdatasync = fs.fdatasync;
  const patched = (fd: number, callback: (err: NodeJS.ErrnoException | null) => void): void => {
    let entry: string | null = null;
    try {
      const st = fs.fstatSync(fd);
      entry = `${st.ino}\t${st.size}\t${fs.readlinkSync(`/proc/self/fd/${fd}`)}\n`;
    } catch {
      // Not a file we can name (it was unlinked): nothing to record.
    }
    fdatasync(fd, (err) => {
      if (!err && entry) fs.writeSync(journal, entry);
      callback(err);
    });
  };
  fs.fdatasync = patched as typeof fs.fdatasync;
  // `import * as fs from "node:fs"` in the broker sees the patched function only after this.
  syncBuiltinESMExports();
}
