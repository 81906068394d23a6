"""`careerlog export job-search`: accomplishments, skills with evidence, who can refer you
(issue 18, point 4), through the CLI as a user drives it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careerlog.config import load_config
from careerlog.store import open_store
from careerlog.store.interactions import add_interactions
from careerlog.store.people import people_with_meetings
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


def test_worked_on_is_work_together_and_last_met_ends_with_the_packet(cfg: str) -> None:
    _seed(cfg)
    priya = ("--person", "Priya Raman")
    _log(cfg, "Coffee with Priya Raman about SRE careers", "2026-11-02", "--kind",
         "relationship", *priya)  # fmt: skip
    _log(cfg, "Staff: ask Priya Raman for written feedback", "2026-11-05", "--kind", "goal",
         *priya)  # fmt: skip
    db = open_store(load_config(Path(cfg)).store_path)
    (priya_id,) = [p["id"] for p in people_with_meetings(db) if p["name"] == "Priya Raman"]
    # A 1:1 the calendar has booked for after the packet's end (now is 20 Nov): the store
    # holds it as the sync would; it has not happened yet.
    add_interactions(db, [{"person_id": priya_id, "at": "2026-12-10T17:00:00+00:00",
                           "kind": "1:1", "event_id": None}])  # fmt: skip
    db.close()

    def priya_in(*args: str) -> dict[str, object]:
        packet = json.loads(_cli(cfg, "export", "job-search", "--format", "json", *args))
        (found,) = [p for p in packet["referrers"] if p["name"] == "Priya Raman"]
        return dict(found)

    now = priya_in()
    assert now["worked_on"] == (
        "Ran the ledger migration with Priya Raman; Shipped the retry budget with Priya Raman"
    )
    assert now["last_met"] == "2026-11-02"  # the coffee: not the goal's plan, not the 1:1
    until = priya_in("--until", "2026-10-05")
    assert until["last_met"] == "2026-10-03"
    assert until["worked_on"] == (
        "Shipped the retry budget with Priya Raman; "
        "Learned the ledger double-entry model pairing with Priya Raman"
    )


NO_ADVOCATE = "Nobody in your map is marked as an advocate yet."


def test_with_no_advocate_the_packet_says_so_and_whom_to_ask(cfg: str) -> None:
    _seed(cfg)
    said = f"{NO_ADVOCATE} Ask those closest to your work first: Priya Raman."
    assert said in _cli(cfg, "export", "job-search")
    assert said in _cli(cfg, "export", "job-search", "--format", "html")
    packet = json.loads(_cli(cfg, "export", "job-search", "--format", "json"))
    assert packet["no_advocates"] is True
    assert [p["name"] for p in packet["ask"]] == ["Priya Raman"]


def test_with_nobody_in_the_map_the_packet_says_how_to_start(cfg: str) -> None:
    _log(cfg, "I cut checkout P99 latency by 340ms for the whole org", "2026-09-01")
    md = _cli(cfg, "export", "job-search")
    assert (
        f'{NO_ADVOCATE} Log who you work with (`careerlog log "…" --person NAME`)'
        " and whom you would ask." in md
    )
    html = _cli(cfg, "export", "job-search", "--format", "html")
    assert (
        f'{NO_ADVOCATE} Log who you work with (<code>careerlog log "…" --person NAME'
        "</code>) and whom you would ask." in html
    )
    packet = json.loads(_cli(cfg, "export", "job-search", "--format", "json"))
    assert (packet["no_advocates"], packet["ask"], packet["referrers"]) == (True, [], [])


def test_bad_input_gets_a_clear_error(cfg: str) -> None:
    for args in (("--format", "csv"), ("--limit", "3"), ("--since", "2030-01-01")):
        run = careerlog("--config", cfg, "export", "job-search", *args)
        assert run.code != 0 and "Traceback" not in run.text
        assert run.err.strip()
