"""Cadence as the user meets it: `careerlog send` and `run --once`, mail read back from Dovecot.

A prompt or digest sent by hand never uses up the scheduled one; a prompt about a week that
has ended says "last week"; two prompts of one day arrive together on that day; "first time
with" is only said of a first meeting; the command output is words, not reprs.
"""

from __future__ import annotations

import email
import re
from email import policy
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from careerlog.config import Config
from tests.clirun import Run, careerlog
from tests.configfile import smtp_changes
from tests.mailtest import MakeConfig
from tests.servers import MailEnv
from tests.servers.dovecot import Dovecot, MailUser

MACHINE_TEXT = ("DeliveryReport", "None", "+00:00", "+2", "America/")
ID_LIST = re.compile(r"\[\d+(?:, \d+)*\]")  # a list of row ids


class User:
    """One user's careerlog, driven through the CLI at chosen instants."""

    def __init__(
        self, config: Config, monkeypatch: pytest.MonkeyPatch, dovecot: Dovecot, user: MailUser
    ) -> None:
        assert config.path is not None
        self.path = str(config.path)
        config.mail.maildir_inbox.parent.mkdir(parents=True, exist_ok=True)  # an empty inbox
        self.monkeypatch = monkeypatch
        self.dovecot = dovecot
        self.user = user

    def at(self, instant: str, *args: str) -> Run:
        self.monkeypatch.setenv("CAREERLOG_NOW", instant)
        run = careerlog("--config", self.path, *args)
        assert run.code == 0, run.text
        assert "Traceback" not in run.text
        return run

    def inbox(self) -> list[EmailMessage]:
        found = []
        for raw in self.dovecot.messages(self.user.username):
            message = email.message_from_bytes(raw, policy=policy.default)
            assert isinstance(message, EmailMessage)
            found.append(message)
        return found

    def subjects(self) -> list[str]:
        return [str(m["Subject"]) for m in self.inbox()]


@pytest.fixture
def user(
    make_offline_config: MakeConfig,
    mail_env: MailEnv,
    mail_user: MailUser,
    dovecot: Dovecot,
    monkeypatch: pytest.MonkeyPatch,
) -> User:
    config = make_offline_config(smtp_changes(mail_env, username=True))
    return User(config, monkeypatch, dovecot, mail_user)


def text_of(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")


def printed_lines(run: Run) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in run.out.splitlines() if ": " in line)


def test_quarterly_sent_by_hand_in_november_leaves_the_january_review(user: User) -> None:
    sent = user.at("2026-11-18T18:00:00+00:00", "send", "quarterly")
    assert "Sent the quarterly prompt “Goals and gaps review — Q4 2026 [2026-Q4]”" in sent.out
    # the pass after it sends no digest: a prompt sent by hand is not the quarter's review
    after = printed_lines(user.at("2026-11-18T18:05:00+00:00", "run", "--once"))
    assert after["prompts"] == "nothing due" and after["digest"] == "nothing due"
    assert user.subjects() == ["Goals and gaps review — Q4 2026 [2026-Q4]"]

    # the first Monday of January (10:00 in Los Angeles): the Q4 review, then its digest
    review = printed_lines(user.at("2027-01-04T18:00:00+00:00", "run", "--once"))
    assert review["prompts"] == "queued 1 mail: “Goals and gaps review — Q4 2026 [2026-Q4]”"
    assert review["outbox"] == "sent 1 mail"
    digest = printed_lines(user.at("2027-01-04T18:05:00+00:00", "run", "--once"))
    subject = "Your Q4 2026 in review: evidence, people, goals (careerlog digest)"
    assert digest["digest"] == f"queued 1 mail: “{subject}”"
    assert user.subjects()[1:] == ["Goals and gaps review — Q4 2026 [2026-Q4]", subject]
    body = text_of(user.inbox()[-1])
    assert "Q4 2026 in review: 1 Oct – 31 Dec 2026.\n" in body
    for run_output in (sent.out, *review.values(), *digest.values()):
        assert not any(bit in run_output for bit in MACHINE_TEXT), run_output
        assert not ID_LIST.search(run_output), run_output


def test_digest_sent_mid_quarter_says_so_far_and_is_not_the_quarters(user: User) -> None:
    sent = user.at("2026-11-18T18:00:00+00:00", "send", "digest")
    assert "Sent the digest “Your Q4 2026 so far: evidence, people, goals" in sent.out
    (message,) = user.inbox()
    assert str(message["Subject"]).startswith("Your Q4 2026 so far:")
    lines = [line for line in text_of(message).splitlines() if line.strip()]
    assert lines[1] == "Q4 2026 so far: 1 Oct – 18 Nov 2026."  # after "Hi Ada,"
    again = user.at("2026-11-19T18:00:00+00:00", "send", "digest")
    assert "sent already" in again.out and len(user.inbox()) == 1
    # January: the scheduled review and the whole quarter's digest still go out
    user.at("2027-01-04T18:00:00+00:00", "run", "--once")
    user.at("2027-01-04T18:05:00+00:00", "run", "--once")
    assert (
        user.subjects()[-1] == "Your Q4 2026 in review: evidence, people, goals (careerlog digest)"
    )


def test_weekly_sent_on_tuesday_asks_about_last_week(user: User) -> None:
    # Tue 1 Dec 2026, 10:00 in Los Angeles: the prompt is about Nov 23–27, which has ended
    sent = user.at("2026-12-01T18:00:00+00:00", "send", "weekly")
    assert "“What did you do last week that had impact? [2026-W48]”" in sent.out
    (message,) = user.inbox()
    assert message["Subject"] == "What did you do last week that had impact? [2026-W48]"
    body = text_of(message)
    assert "What did you do last week that had impact?" in body
    assert "this week" not in body


def test_weekly_sent_by_hand_midweek_does_not_use_up_fridays(user: User) -> None:
    user.at("2026-12-02T18:00:00+00:00", "send", "weekly")  # Wednesday, about this week
    friday = printed_lines(user.at("2026-12-05T00:00:00+00:00", "run", "--once"))
    assert (
        friday["prompts"]
        == "queued 1 mail: “What did you do this week that had impact? [2026-W49]”"
    )
    assert user.subjects() == ["What did you do this week that had impact? [2026-W49]"] * 2


def test_monthly_on_the_last_friday_goes_with_the_weekly_not_on_saturday(user: User) -> None:
    # Fri 27 Nov 2026: weekly at 16:00, monthly (last Friday) at 16:30 in Los Angeles
    waiting = printed_lines(user.at("2026-11-28T00:00:00+00:00", "run", "--once"))
    assert waiting["prompts"] == "nothing due"
    both = printed_lines(user.at("2026-11-28T00:30:00+00:00", "run", "--once"))
    assert both["outbox"] == "sent 2 mails"
    saturday = printed_lines(user.at("2026-11-28T16:05:00+00:00", "run", "--once"))
    assert saturday["prompts"] == "nothing due"
    inbox = user.inbox()
    assert [str(m["Subject"]) for m in inbox] == [
        "What did you learn this month? Who did you work with? [2026-11]",
        "What did you do this week that had impact? [2026-W48]",
    ]
    los_angeles = ZoneInfo("America/Los_Angeles")
    assert {m["Date"].datetime.astimezone(los_angeles).strftime("%a") for m in inbox} == {"Fri"}


ICS_HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
WEEKLY_SYNC = (
    "BEGIN:VEVENT\r\nUID:sync-rahul\r\nDTSTAMP:20261001T000000Z\r\n"
    "DTSTART:20261103T180000Z\r\nDTEND:20261103T183000Z\r\nRRULE:FREQ=WEEKLY;COUNT=6\r\n"
    "SUMMARY:Payments / Risk sync\r\n"
    "ORGANIZER;CN=Ada Lovelace:mailto:{me}\r\n"
    "ATTENDEE;CN=Rahul Mehta;PARTSTAT=ACCEPTED:mailto:rahul@example.test\r\n"
    "ATTENDEE;CN=Ada Lovelace;PARTSTAT=ACCEPTED:mailto:{me}\r\n"
    "END:VEVENT\r\n"
)


def test_first_time_with_only_for_the_first_meeting(
    make_offline_config: MakeConfig,
    mail_env: MailEnv,
    mail_user: MailUser,
    dovecot: Dovecot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    ics = tmp_path / "work.ics"
    ics.write_text(ICS_HEAD + WEEKLY_SYNC.format(me=mail_env.address) + "END:VCALENDAR\r\n")
    calendar = {"days_back": 120, "sources": [{"kind": "ics-file", "path": str(ics)}]}
    config = make_offline_config({**smtp_changes(mail_env, username=True), "calendar": calendar})
    user = User(config, monkeypatch, dovecot, mail_user)
    user.at("2026-11-07T00:00:00+00:00", "run", "--once")  # Fri 6 Nov: the first sync
    user.at("2026-11-14T00:00:00+00:00", "run", "--once")  # Fri 13 Nov: the second
    first, second = (text_of(m) for m in user.inbox())
    assert "(first time with Rahul Mehta)" in " ".join(first.split())
    assert "Rahul Mehta" not in second  # a weekly meeting with a familiar face is not news


def test_monthly_sent_early_in_december_asks_about_november(user: User) -> None:
    sent = user.at("2026-12-02T18:00:00+00:00", "send", "monthly")
    subject = "What did you learn in November? Who did you work with? [2026-11]"
    assert f"“{subject}”" in sent.out
    (message,) = user.inbox()
    assert message["Subject"] == subject
    assert "this month" not in text_of(message)
