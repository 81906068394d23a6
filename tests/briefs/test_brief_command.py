"""``careerlog brief [PERSON] [--send] [--force]`` through click, on a real store and Maildir.

The command is registered in cli.py by its owner; here it hangs off a root group built
like the real one (an AppContext for the config file, the same UserError boundary).
"""

from __future__ import annotations

import mailbox
from collections.abc import Callable
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result
from sqlite_utils import Database

from careerlog.commands.brief import brief
from careerlog.commands.context import AppContext
from careerlog.config.model import Config
from careerlog.errors import UserError
from careerlog.store.entries import NewEntry, add_entry
from tests.briefs.brief_helpers import Publish, la, pin, weekly_grace
from tests.configfile import config_path

# Every brief here is about Grace or Linus, known in the store.
pytestmark = pytest.mark.usefixtures("colleagues")

Invoke = Callable[..., Result]


@pytest.fixture
def invoke(config: Config) -> Invoke:
    path = config_path(config)

    @click.group()
    @click.pass_context
    def root(ctx: click.Context) -> None:
        ctx.obj = AppContext(str(path))
        ctx.call_on_close(ctx.obj.close)

    root.add_command(brief)

    def run(*args: str) -> Result:
        result = CliRunner().invoke(root, list(args))
        if isinstance(result.exception, UserError):
            return result
        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
        return result

    return run


def sent(tmp_path: Path) -> list[str]:
    return [str(m["Subject"]) for m in mailbox.Maildir(tmp_path / "Sent", create=False)]


def test_preview_then_send_once_then_force(
    config: Config, db: Database, publish: Publish, invoke: Invoke, tmp_path: Path
) -> None:
    run = invoke
    publish(db, la("2026-11-09 09:00"), weekly_grace())
    pin(la("2026-11-10 09:00"))
    add_entry(db, NewEntry("evidence", "checkout P99 down 340ms", scope="org"))

    shown = run("brief")
    assert shown.exit_code == 0
    assert "(Goes out Wednesday, November 11, 17:00 unless sent with --send.)" in shown.output
    assert "Subject: Your 1:1 with Grace Hopper is on Thursday" in shown.output
    assert "checkout P99 down 340ms" in shown.output
    assert db.execute("select count(*) from prompts").fetchone()[0] == 0
    assert db.execute("select count(*) from surfaced").fetchone()[0] == 0

    first = run("brief", "grace", "--send")  # a close spelling finds Grace Hopper
    assert first.exit_code == 0, first.output
    assert first.output.startswith("Sent the brief for your 1:1 with Grace Hopper (Thursday")
    assert sent(tmp_path) == ["Your 1:1 with Grace Hopper is on Thursday"]

    again = run("brief", "Grace Hopper", "--send")
    assert "was sent already; use --force to resend" in again.output
    assert len(sent(tmp_path)) == 1
    stored = run("brief")
    assert "(This brief was created Tuesday, November 10, 09:00.)" in stored.output
    assert "checkout P99 down 340ms" in stored.output

    forced = run("brief", "--send", "--force")
    assert forced.output.startswith("Sent the brief")
    assert len(sent(tmp_path)) == 2
    assert db.execute("select count(*) from prompts where kind = 'brief'").fetchone()[0] == 2

    # the daemon's pass at 17:00 the day before sends nothing more
    from careerlog.briefs import send_due_briefs

    assert send_due_briefs(config, db, pin(la("2026-11-11 17:00"))) == []


def test_errors_are_messages(db: Database, publish: Publish, invoke: Invoke) -> None:
    run = invoke
    pin(la("2026-11-10 09:00"))
    none = run("brief")
    assert isinstance(none.exception, UserError)
    assert "no 1:1 in the next 14 days" in str(none.exception)
    publish(db, la("2026-11-09 09:00"), weekly_grace())
    nobody = run("brief", "Linus Chen")
    assert "no 1:1 with Linus Chen in the next 14 days" in str(nobody.exception)
    force_only = run("brief", "--force")
    assert "--force only makes sense with --send" in str(force_only.exception)
