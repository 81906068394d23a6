"""`careerlog export job-search`: accomplishments, skills with evidence, who can refer you
(issue 18, point 4), through the CLI as a user drives it."""

from __future__ import annotations

import json

import pytest

from tests.clirun import careerlog
from tests.configfile import config_path
from tests.mailtest import MakeConfig

NOW = "2026-11-20T16:00:00+00:00"


@pytest.fixture
def cfg(make_offline_config: MakeConfig, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("CAREERLOG_NOW", NOW)
    path = config_path(make_offline_config({"user": {"timezone": "UTC"}}))
    return str(path)


def _cli(cfg: str, *args: str) -> str:
    run = careerlog("--config", cfg, *args)
    assert run.code == 0, run.text
    return run.out


def _log(cfg: str, text: str, day: str, *extra: str) -> None:
    _cli(cfg, "log", text, "--date", day, *extra)


def _seed(cfg: str) -> None:
    _log(cfg, "Shipped the retry budget with Priya Raman", "2026-10-03", "--person", "Priya Raman")
    _log(cfg, "I cut checkout P99 latency by 340ms for the whole org", "2026-09-01",
         "--scope", "org")  # fmt: skip
    _log(cfg, "Learned the ledger double-entry model pairing with Priya Raman", "2026-10-02",
         "--kind", "skill", "--person", "Priya Raman")  # fmt: skip
    _log(cfg, "Ran the ledger migration with Priya Raman", "2026-10-10", "--person", "Priya Raman")


def test_the_packet_names_who_can_refer_you_and_who_to_reconnect_with_first(cfg: str) -> None:
    _cli(cfg, "people", "add", "Grace Hopper", "--relation", "above-skip", "--advocate",
         "--how-met", "her architecture review", "--worked-on", "the ledger RFC")  # fmt: skip
    _seed(cfg)
    _log(cfg, "Reviewed the ledger RFC with Grace Hopper", "2026-02-01", "--person", "Grace Hopper")

    packet = json.loads(_cli(cfg, "export", "job-search", "--format", "json"))
    strongest = packet["accomplishments"][0]["text"]
    assert strongest == "Cut checkout P99 latency by 340ms for the whole org"  # résumé voice
    (skill,) = packet["skills"]
    assert [e["text"] for e in skill["evidence"]][:2] == [
        "Ran the ledger migration with Priya Raman",
        "Shipped the retry budget with Priya Raman",
    ]
    people = {p["name"]: p for p in packet["referrers"]}
    assert list(people) == ["Grace Hopper", "Priya Raman"]  # the advocate first
    grace, priya = people["Grace Hopper"], people["Priya Raman"]
    assert grace["how_you_know"] == "her architecture review"
    assert grace["worked_on"] == "the ledger RFC"
    assert (grace["last_met"], grace["reconnect_first"]) == ("2026-02-01", True)
    assert (priya["last_met"], priya["reconnect_first"]) == ("2026-10-10", False)
    assert not packet["no_advocates"]

    md = _cli(cfg, "export", "job-search", "--format", "md")
    assert "**Grace Hopper** (advocate) · **reconnect first**" in md
    assert "Nobody in your map is marked as an advocate" not in md
    html = _cli(cfg, "export", "job-search", "--format", "html")
    assert "reconnect first" in html and "Grace Hopper" in html

    since = json.loads(_cli(cfg, "export", "job-search", "--format", "json",
                            "--since", "2026-10-01"))  # fmt: skip
    assert "Cut checkout P99" not in json.dumps(since["accomplishments"])


def test_with_no_advocate_the_packet_says_so_and_whom_to_ask(cfg: str) -> None:
    _seed(cfg)
    md = _cli(cfg, "export", "job-search")
    assert (
        "Nobody in your map is marked as an advocate yet. "
        "Ask those closest to your work first: Priya Raman." in md
    )


def test_bad_input_gets_a_clear_error(cfg: str) -> None:
    for args in (("--format", "csv"), ("--limit", "3"), ("--since", "2030-01-01")):
        run = careerlog("--config", cfg, "export", "job-search", *args)
        assert run.code != 0 and "Traceback" not in run.text
        assert run.err.strip()
