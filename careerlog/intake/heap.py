"""Give the service's memory back to the system after the inbox read a large message.

A 20 MB reply left the long-running service at 122-208 MB once it was stored,
against 60 MB idle (``bench/service_memory.py``). Parsing it in a child process
changed little (122-182 MB, tried with the parser before its MIME rework): what
kept the memory was not the parser's objects but three things that outlive any
message, and handling them is enough (64-69 MB after each of five kinds of
20 MB message, with the parse in-process):

- CPython's ``sqlite3`` keeps the values last bound to each cached prepared
  statement (``sqlite3_reset`` keeps bindings and the module never clears them),
  and SQLite binds a copy. The INSERT that stored the message held 20 MB, the
  UPDATE that stored its new text 20 MB more, until the next message ran the same
  statements. Python has no call to empty a connection's statement cache, but it
  is an LRU of ``sqlite3.connect``'s ``cached_statements`` (128 by default):
  preparing as many distinct trivial statements pushes every earlier one out,
  which finalizes it and frees its bindings
  (:func:`careerlog.store.db.forget_statements`).
- glibc's malloc raises its mmap threshold to the size of the largest block
  freed (up to 32 MB), so after the first large message the next large blocks
  come from the heap instead of their own mappings; freed at the top of a thread's
  heap they stay resident, and ``malloc_trim`` does not release a thread heap's
  top. A fixed threshold (``mallopt(M_MMAP_THRESHOLD)``) turns the raising off:
  every block of 1 MiB or more is its own mapping and goes back when freed.
- Freed small blocks stay in the heap until ``malloc_trim(0)`` returns their pages.

The two glibc calls exist only in glibc; elsewhere (musl, macOS) they are
skipped and only the statements are forgotten.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging

from sqlite_utils import Database

from careerlog.store.db import forget_statements

log = logging.getLogger(__name__)

#: an inbox pass that fetched this many bytes gives its memory back afterwards
GIVE_BACK_FROM_BYTES = 1_000_000
#: blocks of this size or more get a mapping of their own (glibc's M_MMAP_THRESHOLD)
OWN_MAPPING_FROM_BYTES = 1 << 20
_M_MMAP_THRESHOLD = -3  # from glibc's malloc.h


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name) if name else None
    except OSError:
        return None


_LIBC = _libc()


def map_large_blocks() -> None:
    """Make every large block its own mapping, returned as soon as it is freed.

    Called once when the service starts; see the module for why.
    """
    mallopt = getattr(_LIBC, "mallopt", None)
    if mallopt is None or not mallopt(_M_MMAP_THRESHOLD, OWN_MAPPING_FROM_BYTES):
        log.debug("no glibc mallopt; large blocks stay with the C library's default")


def give_back_memory(db: Database, bytes_fetched: int) -> None:
    """After an inbox pass that fetched ``GIVE_BACK_FROM_BYTES`` or more: see the module."""
    if bytes_fetched < GIVE_BACK_FROM_BYTES:
        return
    forget_statements(db)
    gc.collect()
    trim = getattr(_LIBC, "malloc_trim", None)
    if trim is not None:
        trim(0)
    log.debug("memory given back after an inbox pass of %d bytes", bytes_fetched)
