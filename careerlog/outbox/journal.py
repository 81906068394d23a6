"""The send journal: a record, outside the database, that a server accepted a mail.

Right after the server's 250 the database may refuse the write that records it:
another program holds its lock past the busy timeout, or the disk is full. Sending
the mail again on the next pass would put it in the user's inbox twice, so the
acceptance is first written where neither fault can stop it: ``<db>.sent-journal``.

Each mail handed to a transport first gets a record ``\\n? <Message-ID>`` appended and
fsynced; that reserves its bytes on disk while there is still room to write. After the
250 the ``?`` is overwritten with ``+`` and fsynced, before the database is touched.
Overwriting bytes that are already allocated needs no free space (on ext4, xfs and
tmpfs; not on copy-on-write filesystems such as btrfs or ZFS), so a full disk cannot
stop it. The next delivery pass reads the ``+`` records and marks those mails sent.

Each record starts with its newline, so a record cut short by a failed write cannot
merge with the next one. The file only grows, by about 60 bytes a mail.
"""

from __future__ import annotations

import os
from pathlib import Path

HANDED = b"?"
ACCEPTED = b"+"


def journal_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".sent-journal")


class SendJournal:
    def __init__(self, path: Path) -> None:
        self.path = path

    def handed_over(self, message_id: str) -> int:
        """Append the record for a mail about to be sent; return where its mark byte is."""
        record = b"\n" + HANDED + b" " + message_id.encode("ascii", "replace")
        created = not self.path.exists()
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            written = os.write(fd, record)
            if written != len(record):
                raise OSError(f"only {written} of {len(record)} bytes written")
            # With O_APPEND the write and the offset move are one step, so this is our
            # record's end even when another process appends at the same time.
            end = os.lseek(fd, 0, os.SEEK_CUR)
            os.fsync(fd)
        finally:
            os.close(fd)
        if created:
            _fsync_dir(self.path.parent)
        return end - len(record) + 1

    def accepted(self, mark_offset: int) -> None:
        """Turn the record at ``mark_offset`` into "accepted"; needs no free disk space."""
        fd = os.open(self.path, os.O_WRONLY)
        try:
            os.pwrite(fd, ACCEPTED, mark_offset)
            os.fsync(fd)
        finally:
            os.close(fd)

    def accepted_ids(self) -> set[str]:
        """Message-IDs of every mail the journal says a server accepted."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return set()
        prefix = ACCEPTED + b" "
        return {
            line[len(prefix) :].decode("ascii", "replace")
            for line in data.split(b"\n")
            if line.startswith(prefix)
        }


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
