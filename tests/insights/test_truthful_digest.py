"""The digest a user receives tells the truth about people, goals and their own work.

Everything goes through the CLI (people, log, goals, send digest, export) at chosen
instants, with a calendar file for the meetings; the digest is read back from the
Maildir it was delivered to, and once from Dovecot after the real SMTP relay.
"""

from __future__ import annotations

import mailbox
import re
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.clirun import careerlog
from tests.configfile import Tables, config_path, smtp_changes
from tests.mailtest import MakeConfig
from tests.servers import MailEnv
from tests.servers.dovecot import Dovecot

ME = "ada@example.com"


def meeting(uid: str, start: str, name: str, address: str) -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260801T000000Z\r\n"
        f"DTSTART:{start}\r\nDTEND:{start[:-5]}3000Z\r\nSUMMARY:{name} / Ada\r\n"
        f"ORGANIZER;CN=Ada Lovelace:mailto:{ME}\r\n"
        f"ATTENDEE;CN={name};PARTSTAT=ACCEPTED:mailto:{address}\r\n"
        f"ATTENDEE;CN=Ada Lovelace;PARTSTAT=ACCEPTED:mailto:{ME}\r\n"
        "END:VEVENT\r\n"
    )


MEETINGS = (
    meeting("p1", "20260901T170000Z", "Priya Raman", "priya@example.test"),
    meeting("p2", "20260902T170000Z", "Priya Raman", "priya@example.test"),
    meeting("h1", "20261005T170000Z", "Hannah Becker", "hannah@example.test"),
    meeting("h2", "20261006T170000Z", "Hannah Becker", "hannah@example.test"),
)


class Cli:
    def __init__(self, config_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.config = str(config_path)
        self.monkeypatch = monkeypatch

    def at(self, day: str, *args: str) -> str:
        self.monkeypatch.setenv("CAREERLOG_NOW", f"{day}T18:00:00+00:00")
        run = careerlog("--config", self.config, *args)
        assert run.code == 0, run.text
        assert "Traceback" not in run.text
        return run.out


def with_calendar(make_config: MakeConfig, tmp_path: Path, changes: Tables) -> Path:
    """The config, with the MEETINGS in a calendar file, and ``changes``."""
    ics = tmp_path / "work.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        + "".join(MEETINGS)
        + "END:VCALENDAR\r\n"
    )
    calendar = {"days_back": 400, "sources": [{"kind": "ics-file", "path": str(ics)}]}
    return config_path(make_config({"calendar": calendar, **changes}))


@pytest.fixture
def cli(make_offline_config: MakeConfig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(with_calendar(make_offline_config, tmp_path, {}), monkeypatch)


def quarter_of_work(cli: Cli) -> None:
    """Q3 and Q4 2026 as a user would log them."""
    cli.at("2026-08-01", "people", "add", "Priya", "Raman", "--email", "priya@example.test",
           "--relation", "peer")  # fmt: skip
    cli.at("2026-08-01", "people", "add", "Hannah", "Becker", "--email", "hannah@example.test",
           "--relation", "peer")  # fmt: skip
    cli.at("2026-08-02", "goals", "add", "Reach Staff Engineer by Q3 2027",
           "--gap", "no multi-team project in the packet yet")  # fmt: skip
    cli.at("2026-08-02", "goals", "add", "Give a talk at an external conference",
           "--gap", "no proposal submitted")  # fmt: skip
    cli.at("2026-08-02", "goals", "add", "Mentor a new hire through on-call")
    cli.at("2026-11-20", "goals", "update", "Give a talk at an external conference",
           "--status", "dropped")  # fmt: skip
    cli.at("2026-12-01", "goals", "update", "Mentor a new hire through on-call",
           "--status", "done")  # fmt: skip
    cli.at("2026-11-06", "log", "I cut checkout P99 latency by 340ms (1.21s to 870ms) for every "
           "customer paying by card. Graph attached.", "--scope", "external")  # fmt: skip
    cli.at("2026-11-13", "log", "Big one this week: shipped the batching change in the "
           "settlement job, 3x throughput.", "--scope", "multi-team")  # fmt: skip
    cli.at("2026-11-20", "log", "Design review for the payouts API signed off by three teams.",
           "--scope", "multi-team")  # fmt: skip
    cli.at("2026-10-14", "log", "feedback: good structure, but I let the discussion run 20 min "
           "over", "--kind", "skill")  # fmt: skip
    cli.at("2026-10-28", "log", "design docs are better but still too long", "--kind", "skill")
    cli.at("2026-12-10", "log", "Had coffee with Priya Raman about the payouts roadmap",
           "--kind", "relationship", "--person", "Priya Raman")  # fmt: skip
    cli.at("2026-12-31", "run", "--once")  # syncs the calendar


def delivered(tmp_path: Path) -> list[EmailMessage]:
    found = []
    for raw in mailbox.Maildir(tmp_path / "Sent", factory=None, create=False):
        message = message_from_bytes(raw.as_bytes(), policy=policy.default)
        assert isinstance(message, EmailMessage)
        found.append(message)
    return found


def digest_text(cli: Cli, tmp_path: Path) -> str:
    out = cli.at("2027-01-02", "send", "digest")
    assert "Sent the digest “Your Q4 2026 in review" in out
    (digest,) = [m for m in delivered(tmp_path) if "digest" in str(m["Subject"])]
    part = digest.get_body(("plain",))
    assert part is not None
    return " ".join(str(part.get_content()).split())


def section(text: str, start: str, end: str) -> str:
    return text.split(start, 1)[1].split(end, 1)[0]


def test_people_are_in_one_list_and_a_logged_coffee_counts_as_contact(
    cli: Cli, tmp_path: Path
) -> None:
    quarter_of_work(cli)
    people = section(digest_text(cli, tmp_path), "RELATIONSHIPS", "GOALS AND GAPS")
    before_fading, fading = people.split("Fading:", 1)
    # Hannah: two meetings early in October, none since: fading, and so not "strengthened"
    assert re.search(r"Hannah Becker \(peer\): last contact 2026-10-06, \d+ days ago", fading)
    assert "Hannah Becker" not in before_fading
    # Priya: no meeting since September, but the coffee logged on Dec 10 is contact
    assert "Priya Raman" not in fading


def test_closed_goals_are_shown_closed(cli: Cli, tmp_path: Path) -> None:
    quarter_of_work(cli)
    goals = section(digest_text(cli, tmp_path), "GOALS AND GAPS", "DRAFT SELF-ASSESSMENT")
    open_part, closed = goals.split("Closed this quarter:", 1)
    assert "Reach Staff Engineer by Q3 2027" in open_part
    assert "Give a talk" not in open_part and "Mentor a new hire" not in open_part
    assert "- Give a talk at an external conference (dropped)" in closed
    assert "- Mentor a new hire through on-call (done)" in closed


def test_review_export_lists_closed_goals_as_closed(cli: Cli) -> None:
    quarter_of_work(cli)
    md = cli.at("2027-01-02", "export", "review", "--since", "2026-10-01", "--until", "2026-12-31")
    ahead, closed = md.split("## Looking ahead", 1)[1].split("Closed in this period:", 1)
    assert "### Reach Staff Engineer by Q3 2027" in ahead and "Give a talk" not in ahead
    assert "- Give a talk at an external conference (dropped)" in closed
    assert "- Mentor a new hire through on-call (done)" in closed


def test_self_assessment_is_sentences_not_pasted_entries(cli: Cli, tmp_path: Path) -> None:
    quarter_of_work(cli)
    text = digest_text(cli, tmp_path)
    draft = text.split("DRAFT SELF-ASSESSMENT", 1)[1]
    assert "In Q4 2026 I logged 3 pieces of impact evidence." in draft
    assert (
        "The strongest: I cut checkout P99 latency by 340ms (1.21s to 870ms) for every "
        "customer paying by card." in draft
    )
    assert "I also shipped the batching change in the settlement job, 3x throughput, " in draft
    for pasted in ("Graph attached", "Big one this week", "Design review for the payouts"):
        assert pasted not in draft
    # no machine text anywhere in the mail
    for machine in ("strength ", "America/Los_Angeles", "as of 2027"):
        assert machine not in text
    assert not re.search(r"\b1 (?:touchpoints|meetings|days|entries)\b", text)


def test_resume_takes_evidence_only_and_never_half_rewrites(cli: Cli) -> None:
    quarter_of_work(cli)
    md = cli.at("2027-01-02", "export", "resume", "--since", "2026-10-01", "--until", "2026-12-31")
    bullets = [line[2:] for line in md.splitlines() if line.startswith("- ")]
    assert bullets == [
        # as written: "Graph attached." does not open with an action, so nothing is changed
        "I cut checkout P99 latency by 340ms (1.21s to 870ms) for every customer paying by "
        "card. Graph attached.",
        "Design review for the payouts API signed off by three teams.",  # a noun: as written
        "Shipped the batching change in the settlement job, 3x throughput",  # rewritten
    ]
    assert "3 of 3 evidence entries" in md
    assert "discussion run 20 min over" not in md and "design docs" not in md.lower()


def test_the_digest_relayed_into_dovecot_shows_closed_goals_and_true_relationships(
    make_offline_config: MakeConfig,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    mail_env: MailEnv,
    dovecot: Dovecot,
) -> None:
    """The same truths, in the digest as it arrives: sent through the real SMTP relay
    into Dovecot and read back from the INBOX."""
    cli = Cli(with_calendar(make_offline_config, tmp_path, smtp_changes(mail_env)), monkeypatch)
    quarter_of_work(cli)
    assert "Sent the digest “Your Q4 2026 in review" in cli.at("2027-01-02", "send", "digest")
    inbox = dovecot.messages(mail_env.username)
    arrived = [message_from_bytes(raw, policy=policy.default) for raw in inbox]
    (digest,) = [m for m in arrived if "in review" in str(m["Subject"])]
    part = digest.get_body(("plain",))
    assert isinstance(digest, EmailMessage) and part is not None
    text = " ".join(str(part.get_content()).split())
    goals = section(text, "GOALS AND GAPS", "DRAFT SELF-ASSESSMENT")
    open_part, closed = goals.split("Closed this quarter:", 1)
    assert "Reach Staff Engineer by Q3 2027" in open_part and "Give a talk" not in open_part
    assert "- Give a talk at an external conference (dropped)" in closed
    assert "- Mentor a new hire through on-call (done)" in closed
    people = section(text, "RELATIONSHIPS", "GOALS AND GAPS")
    before_fading, fading = people.split("Fading:", 1)
    assert "Hannah Becker (peer): last contact 2026-10-06" in fading
    assert "Hannah Becker" not in before_fading and "Priya Raman" not in fading
