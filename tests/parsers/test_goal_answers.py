"""Goal answers as users write them: fields in any order and language, closing words.

The end-to-end path (real inbox, ``goals list --json``, confirmation) is in
tests/intake/test_goal_replies.py; these pin the reading rules one by one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from careerlog.commands.parse import parse
from careerlog.parsers import ParseContext, goal_answers, parse_message
from careerlog.parsers.goal_answers import closing_status, read_fields
from careerlog.parsers.model import GoalAnswer, ParsedEntry

GOALS = [
    "Reach Staff Engineer by Q3 2027",
    "Get better at cross-team influence",
    "Give a talk at an external conference",
]


def quarterly(text: str, goals: list[str] = GOALS, **ctx: object) -> list[ParsedEntry]:
    raw = (
        "From: Ada <ada@example.com>\nTo: ada@example.com\n"
        "Subject: Re: Goals and gaps review [2026-Q4]\nDate: Mon, 4 Jan 2027 10:00 -0800\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{text}\n"
    ).encode()
    context = ParseContext("quarterly", open_goals=goals, **ctx)  # type: ignore[arg-type]
    return parse_message(raw, context).entries


def answer(entry: ParsedEntry) -> GoalAnswer:
    assert entry.goal_answer is not None
    return entry.goal_answer


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Gap: no org-wide project", "gap", "no org-wide project"),
        ("Remaining gap: peer feedback.", "gap", "peer feedback."),
        ("Next: ask Grace.", "actions", "ask Grace."),
        ("Next steps: ask Grace.", "actions", "ask Grace."),
        ("Action: ask Grace.", "actions", "ask Grace."),
        ("Why: I want to set direction.", "motivation", "I want to set direction."),
        ("Current state: senior.", "current_state", "senior."),
        ("Lücke: kein Projekt.", "gap", "kein Projekt."),
        ("Lücke bleibt: kein Strategiepapier.", "gap", "kein Strategiepapier."),
        ("Gap remains: a second sponsor.", "gap", "a second sponsor."),
        ("Nächster Schritt: Grace fragen.", "actions", "Grace fragen."),
        ("Warum: Richtung geben.", "motivation", "Richtung geben."),
        ("Écart : pas de projet.", "gap", "pas de projet."),
        ("Prochaine étape : demander à Grace.", "actions", "demander à Grace."),
        ("Próximo paso: preguntar a Grace.", "actions", "preguntar a Grace."),
        ("Volgende stap: Grace vragen.", "actions", "Grace vragen."),
        ("The gap is still scope.", "gap", "still scope."),
        ("Next step is a 90-day plan.", "actions", "a 90-day plan."),
    ],
)  # fmt: skip
def test_fields_by_label_and_by_cue(text: str, field: str, value: str) -> None:
    assert getattr(read_fields(text), field) == value


def test_a_status_line_closes_the_goal() -> None:
    fields = read_fields("Status: achieved. Why: it was the point of the year.")
    assert (fields.status, fields.current_state) == ("done", None)
    assert read_fields("Next: done by Friday, then review.").status is None


def test_fields_in_any_order_on_one_line() -> None:
    fields = read_fields("Shipped the draft. Why: fun. Gap: time. Next: book a room.")
    assert (fields.motivation, fields.gap, fields.actions) == ("fun.", "time.", "book a room.")
    assert fields.current_state == "Shipped the draft."  # what comes before any label
    # A labelled part runs to the next label, over several sentences.
    assert read_fields("Gap: time. And budget. Next: ask.").gap == "time. And budget."


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Marking this one done.", "done"),
        ("Done!", "done"),
        ("Achieved.", "done"),
        ("Got it: the promotion came through.", "done"),
        ("This goal is achieved.", "done"),
        ("Ziel erreicht.", "done"),
        ("Dropping this one for now.", "dropped"),
        ("Parking it until next year.", "dropped"),
        ("No longer a priority.", "dropped"),
        ("Not done yet.", None),
        ("Almost done with the draft.", None),
        ("I'd call this mostly closed.", None),
        ("I've done the first draft of the doc.", None),
        ("I no longer report to Grace.", None),
        ("Achieved a 20% cut in p99 latency.", None),
        ("Dropped the p99 from 1.2s to 870ms.", None),
        ("I got it reviewed by Grace.", None),
        ("Ya no me bloquea el equipo de Risk.", None),
        ("Objectif atteint.", "done"),
        ("Ich lasse das Ziel fallen.", "dropped"),
        ("Dropped, for now.", "dropped"),
    ],
)  # fmt: skip
def test_closing_words(sentence: str, status: str | None) -> None:
    assert closing_status(sentence) == status


CONTENT_LANGUAGES = ("en", "de", "fr", "es", "pt", "nl", "it")  # what the parser reads
# Per language: the goal word, labels for state, gap, next and why, and closing answers.
LABELS = {
    "en": ("goal", "Current state:", "Gap:", "Next:", "Why:"),
    "de": ("Ziel", "Aktueller Stand:", "Lücke:", "Nächste Schritte:", "Warum:"),
    "fr": ("Objectif", "État actuel :", "Écart :", "Prochaine étape :", "Pourquoi :"),
    "es": ("Objetivo", "Estado actual:", "Brecha:", "Próximo paso:", "Por qué:"),
    "pt": ("Objetivo", "Estado atual:", "Lacuna:", "Próximo passo:", "Porquê:"),
    "nl": ("Doel", "Huidige stand:", "Hiaat:", "Volgende stap:", "Waarom:"),
    "it": ("Obiettivo", "Stato attuale:", "Lacuna:", "Prossimo passo:", "Perché:"),
}
CLOSING = {  # (done, dropped, neither): the last is a hedge or the word inside a sentence
    "en": (("Done.", "Achieved!", "Finished."), ("Dropping this one for now.",),
           ("Not done yet.", "Done with the first draft of the doc.")),
    "de": (("Erledigt.", "Fertig!", "Ziel erreicht."), ("Ich lasse das Ziel fallen.",),
           ("Ziel fast erreicht.", "Noch nicht erledigt.")),
    "fr": (("Fait.", "Terminé.", "C'est fait !", "Objectif atteint."),
           ("Je laisse tomber cet objectif.", "J’abandonne cet objectif."),
           ("Objectif presque atteint.", "Fait partie du plan de l'équipe.")),
    "es": (("Hecho.", "Terminado.", "Objetivo logrado."),
           ("Lo dejo por ahora.", "Ya no es una prioridad."),
           ("Objetivo casi logrado.", "El objetivo no está logrado.", "Lo dejo listo mañana.")),
    "pt": (("Feito.", "Concluído!", "Objetivo atingido."),
           ("Deixo de lado por agora.", "Já não é uma prioridade."),
           ("Objetivo ainda não atingido.", "Feito o rascunho do documento.")),
    "nl": (("Klaar.", "Afgerond!", "Doel bereikt."),
           ("Ik laat dit doel vallen.", "Niet meer relevant."),
           ("Doel nog niet bereikt.", "Klaar met de eerste versie.")),
    "it": (("Fatto.", "Completato!", "Obiettivo raggiunto."),
           ("Lascio perdere.", "Non è più una priorità."),
           ("Obiettivo non ancora raggiunto.", "Fatto il primo passo.")),
}  # fmt: skip


def test_every_label_and_closing_table_covers_the_content_languages() -> None:
    for field, words in goal_answers.FIELD_WORDS.items():
        assert set(words) == set(CONTENT_LANGUAGES), field
    tables = ("HEDGES", "DONE_WORDS", "DONE_ALONE", "DROPPED_PHRASES")
    for table in tables:
        assert set(getattr(goal_answers, table)) == set(CONTENT_LANGUAGES), table
        assert all(getattr(goal_answers, table).values()), table
    assert set(LABELS) == set(CLOSING) == set(CONTENT_LANGUAGES)  # and so do these tests


@pytest.mark.parametrize("lang", CONTENT_LANGUAGES)
def test_goal_lines_with_every_label_in_each_language(lang: str) -> None:
    goal, state, gap, step, why = LABELS[lang]
    (entry,) = quarterly(
        f"{goal}: Staff Engineer 2027\n{why} direction\n{state} senior\n"
        f"{step} ask Grace\n{gap} scope",
        goals=[],
    )
    assert entry.goal == "Staff Engineer 2027"
    assert answer(entry) == GoalAnswer("senior", "scope", "ask Grace", "direction", new=True)
    # Any order, one line: each label ends the part before it.
    fields = read_fields(f"{gap} scope. {state} senior. {why} direction. {step} ask Grace.")
    assert (fields.current_state, fields.gap, fields.actions, fields.motivation) == (
        "senior.", "scope.", "ask Grace.", "direction."
    )  # fmt: skip


@pytest.mark.parametrize("lang", CONTENT_LANGUAGES)
def test_closing_words_in_each_language(lang: str) -> None:
    done, dropped, neither = CLOSING[lang]
    assert [closing_status(s) for s in done] == ["done"] * len(done)
    assert [closing_status(s) for s in dropped] == ["dropped"] * len(dropped)
    assert [closing_status(s) for s in neither] == [None] * len(neither)


@pytest.mark.parametrize("lang", CONTENT_LANGUAGES)
def test_a_goal_closed_in_each_language(lang: str) -> None:
    """As the audit tried it: the closing answer alone, under the goal's name."""
    done, dropped, _ = CLOSING[lang]
    entries = quarterly(f"Reach Staff Engineer by Q3 2027\n{done[0]}\n\n"
                        f"Give a talk at an external conference\n{dropped[0]}")  # fmt: skip
    assert [(e.goal, answer(e).status) for e in entries] == [
        (GOALS[0], "done"), (GOALS[2], "dropped")
    ]  # fmt: skip


def test_portuguese_situation_label_is_the_state() -> None:
    fields = read_fields("Situação: metade do livro. Porque: quero ensinar.")
    assert (fields.current_state, fields.motivation) == ("metade do livro.", "quero ensinar.")


def test_goal_lines_as_the_prompt_asks_create_goals_with_fields() -> None:
    (staff, book) = quarterly(
        "goal: Reach Staff Engineer by Q3 2027\nCurrent state: senior\nGap: scope\n"
        "Next: ask Grace\nWhy: direction\n\n"
        "goal: Write a book about payments\nWhy: I like teaching",
        goals=[],
    )
    assert staff.goal == "Reach Staff Engineer by Q3 2027"
    assert answer(staff) == GoalAnswer("senior", "scope", "ask Grace", "direction", new=True)
    assert book.goal == "Write a book about payments" and answer(book).new
    assert answer(book).motivation == "I like teaching"


def test_goal_lines_match_by_title_tag_or_close_wording() -> None:
    found = quarterly(
        "goal: staff\nNext: ask Grace.\n\n"
        "goal: #promo\nGap: packet.\n\n"
        "goal: conference talk\nDropping it.",
        goal_tags={"promo": GOALS[0]},
    )
    assert [e.goal for e in found] == [GOALS[0], GOALS[0], GOALS[2]]
    assert not any(answer(e).new for e in found)
    assert answer(found[2]).status == "dropped"


def test_a_goal_line_naming_two_goals_is_ambiguous_and_creates_nothing() -> None:
    goals = ["Lead the payments migration", "Lead the ledger migration"]
    (entry,) = quarterly("goal: migration\nDone.", goals=goals)
    assert entry.goal is None
    assert answer(entry).candidates == tuple(goals) and not answer(entry).new
    assert "Which goal did you mean" in entry.notes[0]


@pytest.mark.parametrize(
    ("text", "state", "status"),
    [
        ("Reach Staff Engineer by Q3 2027\nAchieved! The promotion came through.",
         "The promotion came through.", "done"),
        ("1. Reach Staff Engineer by Q3 2027\nCurrent state: packet drafted", "packet drafted",
         None),
        ("Reach Staff Engineer by Q3 2027\nDone.", None, "done"),
        ("Staff engineer\nAchieved! The promotion came through last week.",
         "The promotion came through last week.", "done"),
        ("2) Give a talk at an external conference\nParked.", None, "dropped"),
        ("Reach Staff Engineer by Q3 2027\nGap: peer feedback", None, None),
    ],
)  # fmt: skip
def test_a_goal_named_on_its_own_line_is_answered_by_the_lines_after_it(
    text: str, state: str | None, status: str | None
) -> None:
    """Top-posted: the title on a line of its own, then the answer (audit 13, clause 1)."""
    (entry,) = quarterly(text)
    assert entry.goal in (GOALS[0], GOALS[2])
    assert (answer(entry).current_state, answer(entry).status) == (state, status)
    assert not answer(entry).new


def test_a_goal_named_on_its_own_line_that_fits_two_goals_asks() -> None:
    goals = ["Lead the payments migration", "Lead the ledger migration"]
    (entry,) = quarterly("Migration\nDone, shipped on time.", goals=goals)
    assert entry.goal is None and answer(entry).candidates == tuple(goals)
    assert "Which goal did you mean" in entry.notes[0]


def test_only_a_quarterly_reply_creates_goals_from_goal_lines() -> None:
    raw = (
        b"From: Ada <ada@example.com>\nSubject: Re: weekly\nDate: Mon, 4 Jan 2027 10:00 -0800\n\n"
        b"goal: Write a book about payments, started the outline\n"
    )
    (entry,) = parse_message(raw, ParseContext("weekly", open_goals=GOALS)).entries
    assert entry.kind == "goal" and entry.goal is None


def test_new_goal_anywhere_creates_it() -> None:
    (entry,) = quarterly("New goal: learn Rust. Why: the ledger is moving to it.")
    assert entry.goal == "learn Rust"
    assert answer(entry).new and answer(entry).motivation == "the ledger is moving to it."


def test_answers_inline_under_the_prompts_own_field_lines() -> None:
    """The no-goals prompt lists "Current state:", "Gap:", … ; answers go right under them."""
    body = "\n".join(
        [
            "> Where do you want to be in 12 months? A level, a capability, a scope,",
            '> a kind of work? Reply with a "goal:" line for each, and under it:',
            "goal: Reach Staff Engineer by Q3 2027",
            ">   Current state: where you are now",
            "senior engineer on Payments",
            ">   Gap: what stands between you and it",
            "no multi-team project yet",
            ">   Next: your next step",
            "ask Grace Hopper for a sponsor",
            ">   Why: why it matters to you",
            "I want to set technical direction",
        ]
    )
    (entry,) = quarterly(body, goals=[])
    assert entry.goal == "Reach Staff Engineer by Q3 2027"
    assert answer(entry) == GoalAnswer(
        current_state="senior engineer on Payments",
        gap="no multi-team project yet",
        actions="ask Grace Hopper for a sponsor",
        motivation="I want to set technical direction",
        new=True,
    )


@pytest.mark.parametrize(
    ("text", "state", "why"),
    [
        ("Still on it because I want to set direction.", "Still on it", "I want to set direction."),
        ("Because speaking is how outside teams learn my work.", None,
         "speaking is how outside teams learn my work."),
        ("Ich bleibe dran, weil ich Richtung vorgeben will.", "Ich bleibe dran",
         "ich Richtung vorgeben will."),
        ("Led it since March; the gap is scope", "Led it since March", None),
    ],
)  # fmt: skip
def test_because_in_prose_is_the_why(text: str, state: str | None, why: str | None) -> None:
    fields = read_fields(text)
    assert (fields.current_state, fields.motivation) == (state, why)


def test_parse_shows_what_each_goal_line_would_do(tmp_path: Path) -> None:
    """``careerlog parse`` says before sending: this closes that goal, this asks which."""
    eml = tmp_path / "reply.eml"
    eml.write_bytes(
        b"From: Ada <ada@example.com>\nTo: ada@example.com\n"
        b"Subject: Re: Goals and gaps review [2026-Q4]\nDate: Mon, 4 Jan 2027 10:00 -0800\n"
        b"Content-Type: text/plain; charset=utf-8\n\n"
        b"Reach Staff Engineer by Q3 2027\nMarking this one done.\n\n"
        b"goal: cross-team influence\nCurrent state: two RFCs adopted\nGap: the room\n\n"
        b"goal: Write a book about payments\nWhy: I like teaching\n\n"
        b"goal: talk\nDropping this one for now.\n\n"
        b"goal: migration\nDone, shipped on time.\n\n"
        b"Shipped the ledger migration to all regions, p99 down 30%.\n"
    )
    goals = [*GOALS, "Lead the payments migration", "Lead the ledger migration"]
    args = [str(eml), "--prompt", "quarterly", *(a for g in goals for a in ("--goal", g))]
    run = CliRunner().invoke(parse, [*args, "--json"], catch_exceptions=False)
    entries = json.loads(run.output)["entries"]
    assert [e["goal_action"] for e in entries] == [
        {"action": "update", "fields": [], "status": "done", "candidates": []},
        {"action": "update", "fields": ["current_state", "gap"], "status": None,
         "candidates": []},
        {"action": "create", "fields": ["motivation"], "status": None, "candidates": []},
        {"action": "update", "fields": [], "status": "dropped", "candidates": []},
        {"action": "ambiguous", "fields": [], "status": None, "candidates": goals[3:]},
        None,  # evidence: no goal answer
    ]  # fmt: skip
    table = CliRunner().invoke(parse, args, catch_exceptions=False).output
    cells = " ".join(table.replace("│", " ").split())
    for said in ("→ mark done", "→ update (state, gap)", "→ new goal (why)", "→ drop",
                 "→ which goal?"):  # fmt: skip
        assert said in cells, said


def test_the_everyday_word_for_gap_in_dutch() -> None:
    """Dutch writers say "gat" far more often than "hiaat": "Gat: nog geen sponsor."."""
    fields = read_fields("Het migratieplan is goedgekeurd door 4 teams. Gat: nog geen sponsor.")
    assert fields.gap == "nog geen sponsor."
    assert fields.current_state == "Het migratieplan is goedgekeurd door 4 teams."
