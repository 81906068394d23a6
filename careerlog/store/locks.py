"""One service per store: an advisory lock on a lock file beside the database.

The lock is ``flock`` on ``<database>.lock``, never a lock on the database file
itself: SQLite owns the database's (POSIX) locks, and a second descriptor on
the database closed by us would drop them (see :mod:`careerlog.store.db`).
``flock`` locks belong to one open file description, so nothing else in the
process can release them by accident, and the kernel releases them when the
process dies, even by SIGKILL: a stale lock file is harmless.

The file holds the owner's pid and role (``service`` or ``once``), so a refused
second service can name it, and ``run --once`` can wait for another ``--once``
but step aside for the service.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from careerlog.config.model import Config
from careerlog.config.paths import make_private_dir
from careerlog.errors import UserError

# How long ``run --once`` (or a starting service) waits for a ``--once`` pass to end.
ONCE_WAIT = 120.0


def lock_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".lock")


def mailbox_lock_path(data_dir: Path, mailbox: str) -> Path:
    """A lock per mailbox, so two stores cannot both consume one inbox.

    It lives in the data folder (one per user, writable under the systemd unit's
    ``ProtectSystem=strict``), not beside one store, so two configs of the same
    user with different stores still meet on it.
    """
    digest = hashlib.sha256(mailbox.encode()).hexdigest()[:16]
    return data_dir / "locks" / f"mailbox-{digest}.lock"


_REASONS = {
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "this user may not write there",
    errno.EPERM: "this user may not write there",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
}


def lock_file_error(path: Path, exc: OSError) -> UserError:
    """One line naming the lock file, why it cannot be written, and what to do."""
    reason = _REASONS.get(exc.errno or 0, exc.strerror or str(exc))
    return UserError(
        f"cannot write the lock file {path}: {reason}; careerlog needs to write there "
        "(and beside the database): free some disk space, run careerlog as the user who "
        "owns the folder, or move [store] path to a writable place"
    )


class ServiceLock:
    """Held for the service's lifetime (and by ``run --once`` for its pass)."""

    def __init__(self, path: Path, what: str, role: str = "service") -> None:
        self.path = path
        self.what = what
        self.role = role
        self.fd: int | None = None

    def acquire(self, wait: float = 0.0) -> bool:
        """Take the lock; False when another process holds it after ``wait`` seconds.

        :class:`UserError` when the lock file cannot be created or written (a
        read-only folder or file system, a full disk): careerlog could not write
        the database beside it either, so this is the first place to say so.
        """
        try:
            make_private_dir(self.path.parent)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise lock_file_error(self.path, exc) from None
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    return False
                time.sleep(0.2)
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()} {self.role}\n".encode())
        except OSError as exc:
            os.close(fd)
            raise lock_file_error(self.path, exc) from None
        self.fd = fd
        return True

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing the descriptor releases the flock
            self.fd = None

    def holder(self) -> tuple[int, str] | None:
        return holder_of(self.path)


def holder_of(path: Path) -> tuple[int, str] | None:
    """(pid, role) of the process holding ``path``'s lock; None when nobody holds it.

    The pid is -1 when the holder has not written it yet.
    """
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            words = os.read(fd, 64).decode(errors="replace").split()
            pid = int(words[0]) if words and words[0].isdigit() else -1
            return pid, words[1] if len(words) > 1 else "service"
        return None
    finally:
        os.close(fd)


def running_service_pid(store_path: Path) -> int | None:
    """The pid of the careerlog process using ``store_path`` (-1: unknown), or None."""
    holder = holder_of(lock_path(store_path))
    return holder[0] if holder else None


def mailbox_identity(config: Config) -> str:
    """What names the inbox careerlog consumes: the IMAP account and folder, or the Maildir."""
    if config.mail.inbox == "imap" and config.imap is not None:
        imap = config.imap
        user = imap.credentials.username
        return f"imap://{user}@{imap.host}:{imap.port}/{imap.folder}"
    return f"maildir:{config.mail.maildir_inbox.expanduser().resolve()}"


class AlreadyRunning(UserError):
    """Another careerlog process holds the store's or the mailbox's lock."""

    def __init__(self, what: str, holder: tuple[int, str] | None) -> None:
        self.pid, self.role = holder or (-1, "service")
        who = f"pid {self.pid}" if self.pid > 0 else "another process"
        super().__init__(
            f"another careerlog is already running on {what} ({who}); stop it first "
            "(systemctl --user stop careerlog) or let it do the work"
        )


def take(lock: ServiceLock, wait: float = 0.0) -> ServiceLock:
    """Acquire ``lock`` or raise :class:`AlreadyRunning` naming the holder."""
    if not lock.acquire(wait):
        raise AlreadyRunning(lock.what, lock.holder())
    return lock


def store_lock(store_path: Path, role: str = "service") -> ServiceLock:
    return ServiceLock(lock_path(store_path), f"the database {store_path}", role)


def mailbox_lock(config: Config, role: str = "service") -> ServiceLock:
    mailbox = mailbox_identity(config)
    return ServiceLock(mailbox_lock_path(config.data_dir, mailbox), f"the mailbox {mailbox}", role)


@contextlib.contextmanager
def service_lock(config: Config, *, role: str, wait: float = 0.0) -> Iterator[None]:
    """Hold the store's and the mailbox's lock, or fail with one line naming the holder."""
    taken: list[ServiceLock] = []
    try:
        for lock in (store_lock(config.store_path, role), mailbox_lock(config, role)):
            taken.append(take(lock, wait))
        yield
    finally:
        for lock in reversed(taken):
            lock.release()
