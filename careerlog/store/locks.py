"""One service per store: an advisory lock on a lock file beside the database.

The lock is ``flock`` on ``<database>.lock``, never a lock on the database file
itself: SQLite owns the database's (POSIX) locks, and a second descriptor on
the database closed by us would drop them (see :mod:`careerlog.store.db`).
``flock`` locks belong to one open file description, so nothing else in the
process can release them by accident, and the kernel releases them when the
process dies, even by SIGKILL: a stale lock file is harmless.

The file holds the owner's pid, so a refused second service can name it.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from careerlog.config.paths import make_private_dir
from careerlog.errors import UserError


def lock_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".lock")


def mailbox_lock_path(store_path: Path, mailbox: str) -> Path:
    """A lock per mailbox, so two stores cannot both consume one inbox."""
    digest = hashlib.sha256(mailbox.encode()).hexdigest()[:16]
    runtime = Path(os.environ.get("XDG_RUNTIME_DIR") or store_path.parent)
    return runtime / f"careerlog-mailbox-{digest}.lock"


class ServiceLock:
    """Held for the service's lifetime (and by ``run --once`` for its pass)."""

    def __init__(self, path: Path, what: str) -> None:
        self.path = path
        self.what = what
        self.fd: int | None = None

    def acquire(self, wait: float = 0.0) -> bool:
        """Take the lock; False when another process holds it after ``wait`` seconds."""
        make_private_dir(self.path.parent)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
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
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self.fd = fd
        return True

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing the descriptor releases the flock
            self.fd = None

    def holder(self) -> int | None:
        return holder_pid(self.path)


def holder_pid(path: Path) -> int | None:
    """The pid of the process holding ``path``'s lock, or None when nobody holds it."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            text = os.read(fd, 32).decode(errors="replace").strip()
            return int(text) if text.isdigit() else -1
        return None
    finally:
        os.close(fd)


def running_service_pid(store_path: Path) -> int | None:
    """The pid of the ``careerlog run`` using ``store_path``, or None."""
    return holder_pid(lock_path(store_path))


@contextlib.contextmanager
def service_lock(store_path: Path, mailbox: str, *, wait: float = 0.0) -> Iterator[None]:
    """Hold the store's and the mailbox's lock, or fail with one line naming the holder."""
    locks = [
        ServiceLock(lock_path(store_path), f"the database {store_path}"),
        ServiceLock(mailbox_lock_path(store_path, mailbox), f"the mailbox {mailbox}"),
    ]
    taken: list[ServiceLock] = []
    try:
        for lock in locks:
            if not lock.acquire(wait):
                pid = lock.holder()
                who = f"pid {pid}" if pid and pid > 0 else "another process"
                raise UserError(
                    f"careerlog is already running on {lock.what} ({who}); "
                    "stop it first (systemctl --user stop careerlog), or let it do the work"
                )
            taken.append(lock)
        yield
    finally:
        for lock in reversed(taken):
            lock.release()
