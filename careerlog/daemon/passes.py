"""One pass of each job, each isolated: a failing calendar never stops the inbox.

Every job records its last success or error in the ``health`` table, which
``careerlog status`` and ``doctor`` read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlite_utils import Database

from careerlog.briefs import send_due_briefs
from careerlog.calendar.refresh import sync_calendars
from careerlog.config.model import Config
from careerlog.errors import UserError
from careerlog.insights.digest_output import send_due_digest
from careerlog.intake.inbox import check_inbox
from careerlog.outbox import deliver_due
from careerlog.prompts import send_due_prompts
from careerlog.store.backup import snapshot_if_due
from careerlog.store.failures import FatalStoreError, store_failure
from careerlog.store.health import record_error, record_success

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class PassReport:
    results: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)


def isolated(db: Database, component: str, job: Callable[[], T], report: PassReport) -> T | None:
    """Run one job; a user-fixable failure is logged plainly, a bug with its traceback.

    A store that can no longer be used is not the job's failure: it propagates
    (as one of :data:`FatalStoreError`) and stops the service.
    """
    try:
        result = job()
    except FatalStoreError:
        raise
    except Exception as exc:
        fatal = store_failure(db, exc)
        if fatal is not None:
            raise fatal from exc
        _failed(db, component, exc, report)
        return None
    report.results[component] = result
    record_success(db, component)
    return result


def _failed(db: Database, component: str, exc: Exception, report: PassReport) -> None:
    """Record the failure; a user-fixable one plainly, a bug with its traceback."""
    if isinstance(exc, UserError):
        log.error("%s: %s", component, exc)
        report.errors[component] = str(exc)
    else:  # the boundary that keeps other jobs running
        log.error("%s failed unexpectedly", component, exc_info=exc)
        report.errors[component] = f"{type(exc).__name__}: {exc}"
    record_error(db, component, report.errors[component])


def calendar_pass(config: Config, db: Database, report: PassReport) -> None:
    if not config.calendars:
        return
    result = isolated(db, "calendar", lambda: sync_calendars(config, db), report)
    if result is not None and result.errors:
        message = "; ".join(result.errors)
        report.errors["calendar"] = message
        record_error(db, "calendar", message)


def due_pass(config: Config, db: Database, report: PassReport) -> None:
    """The daily snapshot, prompts, briefs and the digest that are due, then the outbox."""
    isolated(db, "backup", lambda: snapshot_if_due(config, db), report)
    isolated(db, "prompts", lambda: send_due_prompts(config, db), report)
    isolated(db, "briefs", lambda: send_due_briefs(config, db), report)
    isolated(db, "digest", lambda: send_due_digest(config, db), report)
    delivery = isolated(db, "outbox", lambda: deliver_due(config, db), report)
    if delivery is not None and delivery.errors:
        message = "; ".join(delivery.errors)
        report.errors["outbox"] = message
        record_error(db, "outbox", message)


def run_once(config: Config, db: Database) -> PassReport:
    """Inbox, calendar, anything due, outbox: what ``careerlog run --once`` does."""
    report = PassReport()
    isolated(db, "inbox", lambda: check_inbox(config, db), report)
    calendar_pass(config, db, report)
    due_pass(config, db, report)
    return report
