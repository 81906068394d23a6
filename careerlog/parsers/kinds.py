"""Which of the four tracked things an item is.

Evidence is decided in this order: an explicit prefix the user typed (``skill:``, ``@Name``),
a heading the user wrote above it, the prompt question it answers inline, a label at its
start ("People-wise: …"), and finally the item's content, with what the prompt asked for
as the prior: a weekly reply's "Paired with Arjun on the rollout plan" is about a person
(so is "Ran 4 pairing sessions with the new hires", though it names nobody), its "Started
learning Rust …" is a skill, its "Staff packet: wrote the first draft …" opens with a goal's
name and is that goal's update, and a quarterly reply's "I'm now the DRI for …" or a result
it measures ("Onboarding von 3 Wochen auf 8 Tage gesenkt") is evidence rather than an update
of a goal. A monthly or brief reply's "Shipped …" or "p99 down 40%" is evidence, whatever
else the prompt asked for. Feedback given to someone ("Gave Tomás feedback on his RFC") is
about that person; feedback or a review received is a skill ("Linus gave me a thorough
review"), and so is what someone told the user about their work ("Dana me dijo que mis
demos …"). Meeting someone, a call or time or close work with them, coffee with them, their
help or getting back in touch is about them ("Me reuní con Lucía", "Kennenlerngespräch mit
Jonas"); in a brief, so is what the person thinks or wants, figures in it or not;
working through a book or doing a workshop is learning; a monthly result counted after the
work ("46 issues filed") is evidence, a person in it or not; a quarterly result said to be
off the goals ("Outside the goals, I took …") is evidence; a weekly line that names a goal
of the user's and reports no outcome is that goal's ("so the conference goal finally has
something behind it"). The cues are read in the languages replies come in ("Mit Dorothy …
durchgesprochen", "Opgeleverd: …", "Je suis maintenant …").

A weekly line naming a goal in its words ("my KubeCon talk", "the conference talk") with no
outcome is that goal's; monthly work that reaches other teams is evidence; a quarterly line
said to be off the goals is evidence; feedback received is a skill even under a people label.
In a brief, feedback the user gave the person ("told him his incident notes were great") or
a to-do toward them ("Follow-up: send him …") is about them, work reported finished ("the
backfill is finished") is evidence, and praise passed on ("loved my demo") is feedback.
"""

from __future__ import annotations

from careerlog.parsers.feedback_cues import (
    FEEDBACK_GIVEN,
    THEIR_FEEDBACK,
    TOLD_THEM,
    VERDICT,
    received_feedback,
)
from careerlog.parsers.kind_labels import FEEDBACK, KindHint
from careerlog.parsers.model import PromptKind
from careerlog.parsers.person_cues import (
    ASKED_ME,
    FOR_THEM,
    HELPED_ME,
    I_HELPED,
    PEOPLE_POINT,
    PERSON_FIRST,
    THEIR_HELP,
    THEIR_VIEW,
    TOGETHER,
    about_someone,
    met,
    person_point,
)
from careerlog.parsers.work_cues import (
    DELIVERED,
    FINISHED,
    I_DELIVERED,
    OFF_GOALS,
    RESULT,
    SKILL_CUES,
    SKILL_START,
    achievement,
    goal_talk,
    learning,
    own_goal,
)

# The first words of an item, where it says what it is about.
_HEAD_WORDS = 8


def _opens_with_time_with_someone(text: str, has_people: bool) -> bool:
    """Does the item open with time or work with someone it names ("also finally sat down
    w/ linus to go over the power budget", "hannah and i spent friday afternoon pairing")?
    Its point is then that person, even when a figure follows ("…, build is ~3 min
    faster"); a result that reaches other teams keeps it evidence ("paired with Linus …;
    one shared budget across three teams")."""
    if not has_people:
        return False
    head = " ".join(text.split()[:_HEAD_WORDS])
    return bool(met(head, True) or person_point(head) or PEOPLE_POINT.search(head))


def _skill(text: str) -> KindHint:
    received = FEEDBACK.search(text) or received_feedback(text)
    return KindHint("skill", "feedback" if received else None)


def content_kind(
    prompt_kind: PromptKind,
    text: str,
    *,
    has_people: bool,
    outcome: bool,
    goal_linked: bool,
    measured: bool = False,
    reach: bool = False,
    goal_said: bool = False,
    led_by_someone: bool = False,
) -> KindHint:
    """The fallback: what the item talks about, with what the prompt asked for as the prior.

    ``outcome`` (a metric, or reach beyond the user's team) keeps an item about pairing
    with someone evidence: "paired with Linus; one budget across three teams now"; a count
    of the sessions themselves (``ACTIVITY_COUNTS``) is no outcome.
    ``goal_linked``: the item names an open goal (in a weekly reply, by a label at its start).
    ``measured``: a metric measures an outcome, or a figure changed (``impact``): in a monthly
    or brief reply, "p99 down 40%" is evidence, "took 2 shifts" or "a weekly 30 min" is not;
    in a quarterly one, such a line that speaks of no goal's progress is evidence too.
    ``reach``: the item reaches beyond the user's team; in a monthly reply that is delivered
    work ("Gave a brown-bag … to the Billing and Tax teams"), not practice.
    ``goal_said``: the item names an open goal in its words ("my KubeCon talk", "the
    conference talk"); in a weekly reply, a line that does so with no measured outcome and
    no reach is that goal's progress ("drafted the abstract for the conference talk"), and in
    a monthly one too unless it is about someone ("Sent my talk outline to Grace for a
    read").
    ``led_by_someone``: someone named opens the item as its subject ("Bogdan Ionescu
    reviewed the incremental logic …"); in a weekly or monthly reply it is then about them,
    unless it reaches other teams.
    """
    if prompt_kind == "quarterly" and goal_linked:
        return KindHint("goal")
    if prompt_kind == "weekly" and goal_linked:
        return KindHint("goal")  # "Staff packet: the doc is drafted, still missing …"
    if prompt_kind == "weekly" and own_goal(text) and not outcome:
        # "sent my talk proposal …, so the conference goal finally has something behind
        # it"; what reaches other teams and counts toward a goal stays evidence.
        return KindHint("goal")
    if prompt_kind in ("weekly", "quarterly"):
        if SKILL_START.search(text) or received_feedback(text):
            return _skill(text)
        about_people = (
            (
                has_people
                and (
                    person_point(text)
                    or (
                        prompt_kind == "weekly"
                        and (
                            ASKED_ME.search(text)
                            or THEIR_HELP.search(text)
                            or HELPED_ME.search(text)
                            or I_HELPED.search(text)
                        )
                    )
                )
            )
            or PEOPLE_POINT.search(text)
            or met(text, has_people)
        )
        if about_people and not outcome:
            return KindHint("relationship")
        if learning(text):
            return _skill(text)
    if prompt_kind == "weekly" and goal_said and not (measured or reach):
        return KindHint("goal")
    if (
        prompt_kind == "weekly"
        and not reach
        and (led_by_someone or _opens_with_time_with_someone(text, has_people))
    ):
        return KindHint("relationship")  # "sat down w/ linus …, he caught that … 3x longer"
    if prompt_kind == "weekly" or (prompt_kind == "quarterly" and achievement(text)):
        return KindHint("evidence")
    if prompt_kind == "quarterly" and measured and not goal_talk(text):
        return KindHint("evidence")  # "Nebenbei: Onboarding von 3 Wochen auf 8 Tage gesenkt"
    if prompt_kind == "quarterly" and OFF_GOALS.search(text):
        return KindHint(
            "evidence"
        )  # "Outside the goals, I hired 2 engineers", "Hors objectifs : …"
    if prompt_kind == "quarterly":
        return KindHint("goal")
    if prompt_kind == "monthly":
        if has_people and FEEDBACK_GIVEN.search(text):
            return KindHint("relationship")
        if learning(text) or received_feedback(text) or VERDICT.search(text):
            return _skill(text)
        if goal_said and not (measured or reach or about_someone(text, has_people)):
            return KindHint("goal")
        if led_by_someone and not reach:
            return KindHint("relationship")  # "grace wants me to turn the threat model into …"
        if RESULT.search(text):
            return KindHint("evidence")  # "ran the audit with Ines from Design, 46 issues filed"
        if about_someone(text, has_people) and (
            not SKILL_CUES.search(text)
            or PERSON_FIRST.match(text)
            or _opens_with_time_with_someone(text, has_people)
        ):
            return KindHint("relationship")  # not "Met with X to learn …"
        if PEOPLE_POINT.search(text):
            return KindHint("relationship")
        if DELIVERED.search(text) or ((measured or reach) and not SKILL_CUES.search(text)):
            return KindHint("evidence")  # "Gave a brown-bag … to the Billing and Tax teams"
        if I_DELIVERED.search(text) and not SKILL_CUES.search(text):
            return KindHint("evidence")  # "Dans la foulée, j'ai migré nos 5 workers dessus"
        if has_people and TOGETHER.search(text):
            return KindHint("relationship")  # "Mei Tanaka and I now trade code reviews"
        return _skill(text)
    # A 1:1 brief: notes are goal updates, feedback received, what was achieved, or notes
    # about people.
    if goal_linked:
        return KindHint("goal")
    if TOLD_THEM.search(text) or THEIR_FEEDBACK.search(text) or FEEDBACK_GIVEN.search(text):
        return KindHint("relationship")  # "Le di feedback: que documente los pasos …"
    if FEEDBACK.search(text) or received_feedback(text) or VERDICT.search(text):
        return KindHint("skill", "feedback")  # "Ask him for feedback on my incident write-up"
    if FOR_THEM.search(text):
        return KindHint("relationship")
    if DELIVERED.search(text) or (FINISHED.search(text) and not THEIR_VIEW.search(text)):
        return KindHint("evidence")
    if measured and not about_someone(text, has_people) and not THEIR_VIEW.search(text):
        return KindHint("evidence")  # not "Dorothy walked me through …; ~40% more nodes"
    return KindHint("relationship")
