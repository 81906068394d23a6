"""``careerlog send`` and ``careerlog outbox list|retry`` against the real servers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from careerlog.commands.context import AppContext
from careerlog.commands.outbox import outbox
from careerlog.commands.send import send
from careerlog.config import Config
from tests.configfile import smtp_changes
from tests.mailtest import MakeConfig
from tests.servers import MailEnv
from tests.servers.dovecot import Dovecot, MailUser
from tests.servers.smtp import SmtpServer


def run(command: object, args: list[str], config: Config) -> Result:
    assert config.path is not None
    context = AppContext(str(config.path))
    try:
        return CliRunner().invoke(command, args, obj=context)  # type: ignore[arg-type]
    finally:
        context.close()


@pytest.fixture
def friday(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREERLOG_NOW", "2026-11-07T00:30:00+00:00")


def test_send_once_then_refuse_then_force(
    make_offline_config: MakeConfig,
    mail_env: MailEnv,
    mail_user: MailUser,
    dovecot: Dovecot,
    friday: None,
    tmp_path: Path,
) -> None:
    config = make_offline_config(smtp_changes(mail_env))
    first = run(send, ["weekly"], config)
    assert first.exit_code == 0, first.output
    assert "Sent the weekly prompt “What did you do this week that had impact? [2026-W45]”" in (
        first.output
    )
    again = run(send, ["weekly"], config)
    assert again.exit_code == 0 and "sent already" in again.output
    forced = run(send, ["weekly", "--force"], config)
    assert forced.exit_code == 0 and "Sent the weekly prompt" in forced.output
    subjects = [
        m.split(b"\nSubject: ", 1)[1].split(b"\n", 1)[0].strip()
        for m in dovecot.messages(mail_user.username)
    ]
    assert subjects == [b"What did you do this week that had impact? [2026-W45]"] * 2
    listed = run(outbox, ["list", "--json"], config)
    rows = json.loads(listed.output)
    assert [r["status"] for r in rows] == ["sent", "sent"]
    assert rows[0]["recipients"] == [mail_env.address]


def test_dead_mail_is_listed_and_retried(
    make_offline_config: MakeConfig,
    mail_env: MailEnv,
    mail_user: MailUser,
    dovecot: Dovecot,
    smtp_server: SmtpServer,
    friday: None,
) -> None:
    config = make_offline_config(smtp_changes(mail_env))
    smtp_server.refuse = "permanent"
    refused = run(send, ["monthly"], config)
    assert refused.exit_code != 0 and "550" in str(refused.exception)
    listed = run(outbox, ["list", "--status", "dead"], config)
    assert "dead" in listed.output and "550" in listed.output
    smtp_server.refuse = None
    bad = run(outbox, ["retry"], config)
    assert bad.exit_code != 0
    retried = run(outbox, ["retry", "--all-dead"], config)
    assert retried.exit_code == 0, retried.output
    assert "Sent 1" in retried.output
    assert len(dovecot.messages(mail_user.username)) == 1
    assert "No dead mail" in run(outbox, ["retry", "--all-dead"], config).output
    sent_again = run(outbox, ["retry", "1"], config)
    assert sent_again.exit_code != 0 and "already sent" in str(sent_again.exception)
    assert len(dovecot.messages(mail_user.username)) == 1
