"""How an entry felt, as ``careerlog parse --json`` reports it (issue 18)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from careerlog.commands.parse import parse
from careerlog.parsers import feelings


def _parsed(tmp_path: Path, body: str, *people: str) -> list[dict[str, object]]:
    eml = tmp_path / "reply.eml"
    eml.write_text(
        "From: Ada <ada@example.com>\nTo: ada@example.com\n"
        "Subject: Re: What did you do this week?\nDate: Fri, 20 Nov 2026 16:00:00 +0000\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + body,
        encoding="utf-8",
    )
    args = [str(eml), "--json", "--prompt", "weekly"]
    for person in people:
        args += ["--person", person]
    result = CliRunner().invoke(parse, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    entries: list[dict[str, object]] = json.loads(result.output)["entries"]
    return entries


FELT = [
    ("- Cut checkout P99 by 340ms for the whole org.\n  Felt proud of this one.\n", "proud"),
    ("- Wrote the on-call runbook for the search team\nFeeling: drained\n", "drained"),
    ("- Migrated the billing cron jobs to Kubernetes, which was exhausting\n", "drained"),
    ("- Ran the incident review for the payments outage 😫\n", "drained"),
    ("- Demo für alle 5 Teams gehalten, 20 Minuten schneller.\n  Gefühl: stolz\n", "proud"),
    ("- Migration du cache terminée pour trois équipes.\n  Ressenti : épuisé\n", "drained"),
    ("- Publiqué la guía de on-call para dos equipos.\n  Me sentí muy orgullosa.\n", "proud"),
    ("- Nieuwe pipeline opgezet voor het hele team, was vermoeiend\n", "drained"),
    ("- Liderei a migração do cache para 3 equipes 🎉\n", "energised"),
    ("- Migração do cache para três equipes, foi cansativo\n", "drained"),
    ("- Entreguei o guia de on-call para dois times.\n  Me senti orgulhosa.\n", "proud"),
    ("- Migrazione della cache per tre team completata.\n  Mi sono sentita orgogliosa.\n", "proud"),
    ("- Nuova pipeline per tutto il team, è stato estenuante\n", "drained"),
    ("- Guida on-call scritta per due team.\n  Sensazione: stanca\n", "drained"),
    ("- Ran my first incident review for 40 people.\n  Felt: nervous but good\n", "frustrated"),
    # The writer's own feeling, beside someone else or a thing: still theirs.
    ("- Onboarded Tomás Ortega; I was really proud of him.\n", "proud"),
    ("- Ran the planning session with Risk, which was great.\n", "happy"),
    ("- Rolled the retry budget out to Risk; I'm happy for Priya, it was her idea.\n", "happy"),
]


@pytest.mark.parametrize(("body", "feeling"), FELT, ids=[f[1] + str(i) for i, f in enumerate(FELT)])
def test_a_line_says_how_its_entry_felt(tmp_path: Path, body: str, feeling: str) -> None:
    (entry,) = _parsed(tmp_path, body)
    assert entry["feeling"] == feeling


def test_a_feeling_line_is_not_an_entry_of_its_own(tmp_path: Path) -> None:
    entries = _parsed(
        tmp_path,
        "- Cut checkout P99 by 340ms for the whole org.\n- Felt proud of this one.\n"
        "- Paired with Priya Raman on the flaky suite for two days.\n",
        "Priya Raman",
    )
    assert [e["feeling"] for e in entries] == ["proud", None]


def test_a_labelled_feeling_line_in_other_words_is_no_entry(tmp_path: Path) -> None:
    """The prompt asks "Felt: proud"; writers answer in their own words ("Felt: kinda meh
    but ok"). The line says how the item before felt, in words careerlog may not know: it is
    no item of its own, and the words it knows still count."""
    entries = _parsed(
        tmp_path,
        "Fixed the macro sync that dropped replies for the Support team.\n"
        "Felt: kinda meh but ok\n\nRewrote the on-call runbook for the search indexers.\n"
        "Feeling: pretty drained after all that, long week\n",
    )
    assert [(e["text"], e["feeling"]) for e in entries] == [
        ("Fixed the macro sync that dropped replies for the Support team.", None),
        ("Rewrote the on-call runbook for the search indexers.", "drained"),
    ]


def test_without_a_feeling_the_field_is_null(tmp_path: Path) -> None:
    (entry,) = _parsed(tmp_path, "- Cut checkout P99 by 340ms for the whole org.\n")
    assert entry["feeling"] is None


def test_a_feeling_word_that_is_a_name_or_a_metric_is_not_a_feeling(tmp_path: Path) -> None:
    entries = _parsed(
        tmp_path,
        "- Handed the runbook over, so Happy Ortiz now owns on-call for search.\n"
        "- Onboarded 12 very happy customers for the whole org.\n",
        "Happy Ortiz",
    )
    assert [e["feeling"] for e in entries] == [None, None]
    assert entries[0]["people"] == ["Happy Ortiz"]


SOMEONE_ELSES = [
    "- Set up the new alert dashboard for search, which is great for triage.\n",
    "- Onboarded Tomás Ortega onto the ledger, he was really motivated.\n",
    "- Demoed the retry budget to Risk. Priya Raman was really excited about it.\n",
    "- Wrote the handover notes for the very tired on-call rotation.\n",
    "- Tomás Ortega eingearbeitet, er war sehr motiviert.\n",
    "- Migration du cache terminée avec Omar Haddad, il était épuisé.\n",
    "- Paired with Omar Haddad on the ledger outage, who was exhausted.\n",
]


@pytest.mark.parametrize("body", SOMEONE_ELSES, ids=[str(i) for i in range(len(SOMEONE_ELSES))])
def test_a_feeling_of_someone_else_or_of_a_thing_is_not_the_writers(
    tmp_path: Path, body: str
) -> None:
    (entry,) = _parsed(tmp_path, body, "Priya Raman")
    assert entry["feeling"] is None


def test_every_feeling_table_covers_exactly_the_content_languages() -> None:
    content = {"en", "de", "fr", "es", "pt", "nl", "it"}  # kinds, metrics, goal answers
    for name, (_, words) in feelings.FEELINGS.items():
        assert set(words) == content, name
    tables = ("CUES", "COPULAS", "OTHERS", "FIRST_PERSON", "FOR", "ARTICLES")
    for table in tables:
        assert set(getattr(feelings, table)) == content, table
        assert all(getattr(feelings, table).values()), table


def test_the_demo_reply_says_how_each_thing_felt() -> None:
    replies = Path(__file__).parents[2] / "careerlog" / "demo" / "replies"
    eml = replies / "27-weekly-mutt-feelings.eml"
    result = CliRunner().invoke(parse, [str(eml), "--json"], catch_exceptions=False)
    entries = json.loads(result.output)["entries"]
    assert [(e["occurred_on"], e["feeling"]) for e in entries] == [
        ("2026-12-28", "proud"),
        ("2026-12-29", "drained"),
        ("2026-12-30", "energised"),
        ("2026-12-31", "drained"),
    ]


def test_a_closing_feeling_sentence_leaves_the_entry_text(tmp_path: Path) -> None:
    (entry,) = _parsed(
        tmp_path, "- Rolled the retry budget out to Risk; 5 services share it. Feeling: energised\n"
    )
    assert (entry["text"], entry["feeling"]) == (
        "Rolled the retry budget out to Risk; 5 services share it.",
        "energised",
    )


def test_a_name_that_starts_with_a_feeling_word_stays_in_the_text(tmp_path: Path) -> None:
    (entry,) = _parsed(
        tmp_path, "- Wrote the search runbook for two teams. Happy Ortiz owns it.\n", "Happy Ortiz"
    )
    assert entry["text"].endswith("Happy Ortiz owns it.") and entry["feeling"] is None
