"""Real-shaped sentences and what careerlog should read from them (issue 15).

Each table row is one rule: metrics, scope, people, and the kind an item gets from its
content with the prompt kind only as a prior. The expectations were written before the rules.
"""

from __future__ import annotations

import pytest

from careerlog.parsers import ParseContext, parse_message
from careerlog.parsers.extract import MAX_ENTRIES
from careerlog.parsers.metrics import find_metrics
from careerlog.parsers.people import PeopleFinder
from careerlog.parsers.scope import find_scope

KNOWN = (
    "Dorothy Vaughan",
    "Priya Raman",
    "Linus Chen",
    "Grace Hopper",
    "Tomás Ortega",
    "Hannah Becker",
)
GOALS = ("Reach Staff Engineer by Q3 2027", "Get better at cross-team influence")
SUBJECTS = {
    "weekly": "What did you do this week that had impact? [2026-W47]",
    "monthly": "Skills and relationships this month [2026-11]",
    "quarterly": "Goals and gaps [2026-Q4]",
    "brief": "Your 1:1 with Grace Hopper is tomorrow",
}

METRICS: list[tuple[str, list[tuple[str, float | None, str | None]]]] = [
    ("Ran 4 pairing sessions with the new hires.", [("4 pairing sessions", 4, "sessions")]),
    ("Deploys now take 10 minutes instead of an hour.", [("10 minutes", 10, "min")]),
    ("The new alert routing saves on-call ~6 hours/week.", [("~6 hours/week", 6, "h/week")]),
    (
        "Retries went from ~1,200/day to under 40/day.",
        [("~1,200/day", 1200, "/day"), ("40/day", 40, "/day")],
    ),
    ("Build time went from 45 min to 6 min.", [("45 min", 45, "min"), ("6 min", 6, "min")]),
    ("Saved $12k/month in compute.", [("$12k/month", 12000, "USD/month")]),
    ("Onboarded 3 new engineers.", [("3 new engineers", 3, "engineers")]),
    ("Error rate down 40%.", [("40%", 40, "%")]),
    ("Complaints went from ~50/week to none.", [("~50/week", 50, "/week")]),
    (
        "Van 25 naar 9 minuten, en 2 horas.",
        [("25", 25, "min"), ("9 minuten", 9, "min"), ("2 horas", 2, "h")],
    ),
    # A range keeps both ends; a bare end shares the other end's unit.
    ("Pages dropped from 23 to 6 this week.", [("23", 23, None), ("6", 6, None)]),
    ("Reduced the runbook from 12 to 4 pages.", [("12", 12, "pages"), ("4 pages", 4, "pages")]),
    ("Builds take 45-60 min now.", [("45", 45, "min"), ("60 min", 60, "min")]),
    ("Latency is between 10 and 20 ms.", [("10", 10, "ms"), ("20 ms", 20, "ms")]),
    ("Month-end close takes 2 days instead of 5.", [("2 days", 2, "d"), ("5", 5, "d")]),
    # Counts of anything, and a multiplier in words.
    ("Wrote 3 RFCs for the storage layer.", [("3 RFCs", 3, "rfcs")]),
    ("Answered 40 questions in the support channel.", [("40 questions", 40, "questions")]),
    ("The new index makes search 3 times faster.", [("3 times faster", 3, "x")]),
    # A count of what the sentence named, an approximate number, a rate in thousands.
    ("Practiced design reviews: ran 3 of them this month.", [("3", 3, None)]),
    ("I spoke at SREcon in October, ~400 in the room.", [("~400", 400, None)]),
    ("The consumer now keeps up at 25k msgs/s.", [("25k msgs/s", 25000, "msgs/s")]),
    ("Reduzi o custo em R$ 12 mil por mês.", [("R$ 12 mil", 12000, "BRL")]),
    # A range whose first end carries the unit; "da … a" is Italian's "from … to".
    (
        "Alert noise down from 30 pages/week to 4.",
        [("30 pages/week", 30, "pages/week"), ("4", 4, "pages/week")],
    ),
    ("Build da 22 a 9 minuti.", [("22", 22, "min"), ("9 minuti", 9, "min")]),
    # A bare end of 0 says "none": the other end is the figure.
    ("Complaints went from ~50/week to 0.", [("~50/week", 50, "/week")]),
]
NOT_METRICS = [
    "Stopped the 429s from the gateway during the sale.",
    "Most of the 503s came from one pod.",
    "Upgraded us to Postgres 16.2 and Python 3.12.",
    "Closed PAY-1234 and ticket #4521.",
    "Shipped it on 2026-11-03 at 14:30.",
    "Set up a 1:1 with the new PM.",
    "Fixed the HTTP 500 errors on checkout.",
    "RFC 7231 says so, and Port 8080 stays closed.",
    "Moved the standup from 10 to 11.",
    "Upgraded Postgres from 16 to 17 in 2026.",
    "Got 2 of 3 proposals approved.",
    # "all 5 teams" names a whole the reader knows: reach, not a count.
    "Rolled the build cache out to all 5 teams.",
    "Den Build-Cache für alle 5 Teams ausgerollt.",
    "De deploy-pijplijn voor alle 6 teams versneld.",
]


@pytest.mark.parametrize(("text", "want"), METRICS, ids=[m[0] for m in METRICS])
def test_metrics(text: str, want: list[tuple[str, float | None, str | None]]) -> None:
    got = [(m.text, m.value, m.unit) for m in find_metrics(text)]
    assert got == [(t, float(v) if v is not None else None, u) for t, v, u in want]


@pytest.mark.parametrize("text", NOT_METRICS)
def test_identifiers_are_not_metrics(text: str) -> None:
    assert find_metrics(text) == []


SCOPES: list[tuple[str, str | None]] = [
    ("The new rate limits are live for Payments and Risk.", "multi-team"),
    ("Tuned the limiter for my team; the Risk team adopted the same settings.", "multi-team"),
    ("Turned on the remote cache for the whole monorepo, ~60 engineers.", "org"),
    ("Retries no longer double-charge every customer paying by card.", "external"),
    ("Ran the retro for the launch, 20 people from four teams.", "multi-team"),
    ("Fixed the flaky tests in my team's repo.", "team"),
    ("Wrote the postmortem; the Checkout and Ledger teams both took action items.", "multi-team"),
    ("Reduzi o tempo de build de 14 min para 4 min para toda a engenharia.", "org"),
    ("Esta semana: reduje la latencia p99 para todos los clientes.", "external"),
    ("Reviewed the plan with Priya and Omar.", None),
    ("Moved our runbooks to Notion and Confluence.", None),
    ("No customer was charged twice.", None),
    ("Paired with Linus on the retry budget.", None),
    ("The retry budget is now used across teams.", "multi-team"),
    ("The new lint rules were adopted by the mobile and web teams.", "multi-team"),
    ("Rolled the retry policy out to every service in the org.", "org"),
    ("Rolled the new CI out to all of engineering.", "org"),
    ("Users can now export their data as CSV.", "external"),
    ("No users noticed the migration.", None),
    ("The dashboard is only for internal users.", None),
    ("Staff packet: the strategy doc is drafted, still missing an org-wide artifact.", None),
    # Working "with" a team, named by the words teams are named by; not with a product.
    ("Worked with Data Platform on the event schema registry.", "multi-team"),
    ("Worked with SRE on the pager rotation.", "multi-team"),
    ("Worked with Temporal Cloud on the retry workflows.", None),
    # The other languages replies come in.
    ("Tempo di build da 22 a 9 minuti per tutti i 6 team del monorepo.", "multi-team"),
    ("Les équipes Risque, Paiements et Données utilisent mon budget.", "multi-team"),
    ("Presenté el diseño del limitador a mi equipo.", "team"),
    ("Den Build-Cache für mein Team eingerichtet.", "team"),
]


@pytest.mark.parametrize(("text", "want"), SCOPES, ids=[s[0] for s in SCOPES])
def test_scope(text: str, want: str | None) -> None:
    assert find_scope(text) == want


PEOPLE: list[tuple[str, list[str]]] = [
    ("Learned Terraform well enough to own the queue module.", []),
    ("Presented at Tech Talks about the rollout.", []),
    ("Set up Grafana Cloud dashboards for the settlement job.", []),
    ("Worked with Data Platform on the schema.", []),
    ("Replaced Logstash with Fluent Bit on Kubernetes.", []),
    ("Deployed Fluent Bit on Kubernetes for the payouts team.", []),
    ("Paired with Dorothy on the capacity model.", ["Dorothy Vaughan"]),
    ("Ask Priya where the Staff packet stands.", ["Priya Raman"]),
    ("Paired with Arjun Mehta from SRE on the rollout plan.", ["Arjun Mehta"]),
    ("Walked Tom through reading flame graphs.", ["Tom"]),
    ("Coffee with Dorota Kowalczyk about the platform roadmap.", ["Dorota Kowalczyk"]),
    ("Ines Costa from Risk reviewed the limiter design.", ["Ines Costa"]),
    ("Onboarded Tomás Ortega, who joined my team on Monday.", ["Tomás Ortega"]),
    # Names in scripts without capitals, after "with" or "from".
    ("Paired with 田中太郎 on the capacity model.", ["田中太郎"]),
    ("Feedback from محمد علي about the rollout.", ["محمد علي"]),
    ("Paired with דוד לוי on the incident review.", ["דוד לוי"]),
    ("Coffee with प्रिया शर्मा about the roadmap.", ["प्रिया शर्मा"]),
    ("Worked with สมชาย ใจดี on the migration.", ["สมชาย ใจดี"]),
    ("Paired with 김민준 on the cache.", ["김민준"]),
    # Combining marks stay in the name (NFC "ọ̀" is "ọ" and a combining grave).
    ("Paired with \u1eccl\u00e1 Ad\u00e9b\u00e1y\u1ecd\u0300 on the rollout.",
     ["\u1eccl\u00e1 Ad\u00e9b\u00e1y\u1ecd\u0300"]),
    # A product whose name ends in a product word is no person, even after a cue.
    ("Worked with Temporal Cloud on the retry workflows.", []),
    ("Paired with Claude Code on the parser tests.", []),
    ("Got help from Hashi Vault docs on the key rotation.", []),
    ("Paired with Laura Sales on the plan.", ["Laura Sales"]),
    # A known first name that opens someone else's full name is that someone's.
    ("Paired with Priya Patel on the cache warmup.", ["Priya Patel"]),
    # "X from Team" in the other languages replies come in.
    ("Chiara Rossi del team Mobile, non la sento da settimane.", ["Chiara Rossi"]),
    ("Léa Martin, de l'équipe Data, m'a beaucoup aidé.", ["Léa Martin"]),
    # A surname with a particle after a cue; one word before "from <Team>" in a sentence.
    ("Samengewerkt met Pieter de Vries aan de secrets-rotatie.", ["Pieter de Vries"]),
    ("I wrote the API spec and she'll loop in Marco from Risk.", ["Marco"]),
    ("Paired with Arjun Mehta from SRE on the rollout plan.", ["Arjun Mehta"]),
    ("Feedback from Risk was good, and we got approval from Legal.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), PEOPLE, ids=[p[0] for p in PEOPLE])
def test_people(text: str, want: list[str]) -> None:
    assert PeopleFinder(KNOWN).find(text) == want


# Short forms and shared first names, against a map that has two Priyas.
NICKNAMED = (
    "Michael Scott",
    "William Gates",
    "Robert Tables",
    "Katherine Johnson",
    "Dorothy Vaughan",
    "Alexandra Smith",
    "Andrew Ng",
    "Priya Raman",
    "Priya Patel",
)
NICKNAME_PEOPLE: list[tuple[str, list[str]]] = [
    ("Paired with Mike on the rollout plan.", ["Michael Scott"]),
    ("Coffee with Bill about the budget.", ["William Gates"]),
    ("Lunch with Bob; he is moving to Risk.", ["Robert Tables"]),
    ("Synced with Kate on the migration.", ["Katherine Johnson"]),
    ("Coffee with Dot about the capacity model.", ["Dorothy Vaughan"]),
    ("Paired with Alex on the runbook.", ["Alexandra Smith"]),
    ("Met Mike Scott at the summit.", ["Michael Scott"]),
    ("Coffee with Alex Turner from Risk.", ["Alex Turner"]),
    ("Will follow up with Bill next week.", ["William Gates"]),
    ("Will send the rollout notes to the on-call channel.", []),
    ("Drew up the rollout plan for the cache.", []),
    ("Ask Priya where the Staff packet stands.", []),
    ("@Priya reviewed the design.", []),
    ("Ask Priya Patel where the Staff packet stands.", ["Priya Patel"]),
]


@pytest.mark.parametrize(("text", "want"), NICKNAME_PEOPLE, ids=[p[0] for p in NICKNAME_PEOPLE])
def test_short_forms_and_shared_first_names(text: str, want: list[str]) -> None:
    assert PeopleFinder(NICKNAMED).find(text) == want


def _reply(prompt: str, body: str) -> bytes:
    head = (
        "From: Ada Lovelace <ada@example.com>\r\nTo: careerlog <ada+careerlog@example.com>\r\n"
        f"Subject: Re: {SUBJECTS[prompt]}\r\nDate: Fri, 20 Nov 2026 17:00:00 -0800\r\n"
        f"Message-ID: <r-{prompt}@example.com>\r\n"
        f"In-Reply-To: <prompt-{prompt}-2026.x@careerlog.invalid>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    return (head + body + "\r\n").encode()


# prompt, one item, then the entry expected from it: kind, people, goal, scope.
ENTRIES: list[tuple[str, str, str, list[str], str | None, str | None]] = [
    ("weekly", "Paired with Arjun Mehta from SRE on the rollout plan.",
     "relationship", ["Arjun Mehta"], None, None),
    ("weekly", "Walked Tom through reading flame graphs for the settlement job.",
     "relationship", ["Tom"], None, None),
    ("weekly", "Paired with Dorothy on the capacity model.",
     "relationship", ["Dorothy Vaughan"], None, None),
    ("weekly", "Mentored Priya through her first incident review.",
     "relationship", ["Priya Raman"], None, None),
    ("weekly", "Learned Terraform well enough to own our queue module.", "skill", [], None, None),
    ("weekly", "Presented at Tech Talks about the payouts rollout.", "evidence", [], None, None),
    ("weekly", "Set up Grafana Cloud dashboards for the settlement job.",
     "evidence", [], None, None),
    ("weekly", "Paired with Linus Chen on the retry budget; we now share one budget across "
     "three teams.", "evidence", ["Linus Chen"], None, "multi-team"),
    ("weekly", "Pair-debugged the flaky test with Linus; flake rate went from 6% to 0.7%.",
     "evidence", ["Linus Chen"], None, None),
    ("weekly", "The new rate limits are live for Payments and Risk.",
     "evidence", [], None, "multi-team"),
    ("weekly", "Turned on the remote cache for the whole monorepo, ~60 engineers.",
     "evidence", [], None, "org"),
    ("quarterly", "I'm now the DRI for the rate limiter working group (9 people).",
     "evidence", [], None, None),
    ("quarterly", "I'm now the DRI for the cross-team influence working group.",
     "evidence", [], "Get better at cross-team influence", "multi-team"),
    ("quarterly", "I'm now the tech lead for the payments reliability program (12 engineers).",
     "evidence", [], None, None),
    ("weekly", "Cette semaine : j'ai accompagné Tomás sur sa première astreinte.",
     "relationship", ["Tomás Ortega"], None, None),
    ("monthly", "Hannah Becker showed me how the build cache shards work.",
     "relationship", ["Hannah Becker"], None, None),
    ("brief", "Ask Grace whether the Staff packet needs another design doc.",
     "goal", ["Grace Hopper"], "Reach Staff Engineer by Q3 2027", None),
    ("quarterly", "Staff: the strategy doc is reviewed. Next: get the packet to Grace.",
     "goal", ["Grace Hopper"], "Reach Staff Engineer by Q3 2027", None),
    ("brief", "Ask Priya where the Staff packet stands.",
     "goal", ["Priya Raman", "Grace Hopper"], "Reach Staff Engineer by Q3 2027", None),
    ("brief", "She wants fewer, shorter status updates: three bullets and the risks.",
     "relationship", ["Grace Hopper"], None, None),
    ("brief", "Her feedback: design docs are still too long; aim for 4 pages.",
     "skill", ["Grace Hopper"], None, None),
    ("brief", "@Linus Chen - follow up on retry budget numbers for the Risk dashboards",
     "relationship", ["Linus Chen", "Grace Hopper"], None, None),
    # The point is people even when none is named, and the sessions are no outcome.
    ("weekly", "Ran 4 pairing sessions with the new hires.", "relationship", [], None, None),
    ("weekly", "Ran 4 pairing sessions with the two new hires on the payouts codebase.",
     "relationship", [], None, None),
    ("monthly", "Mentored two juniors through their first on-call shifts.",
     "relationship", [], None, None),
    # Learning anywhere in the line is a skill; others learning is not the user's.
    ("weekly", "Started learning Rust through the rustlings exercises.", "skill", [], None, None),
    ("weekly", "Wrote the onboarding guide so new hires learn the deploy flow.",
     "evidence", [], None, None),
    ("weekly", "Shared the lessons learned from the outage at the guild.",
     "evidence", [], None, None),
    # Monthly and brief replies report achievements too.
    ("monthly", "Shipped the rate limiter for checkout; p99 down 40%.", "evidence", [], None, None),
    ("brief", "Landed the retry budget in production; error rate down 30%.",
     "evidence", ["Grace Hopper"], None, None),
    # A weekly line on an open goal's progress or gap: a goal update, its gap no reach.
    ("weekly", "Staff packet: the strategy doc is drafted, still missing an org-wide artifact.",
     "goal", [], "Reach Staff Engineer by Q3 2027", None),
    # A weekly line that opens with a goal's name is that goal's, whatever it reports.
    ("weekly", "Staff packet: wrote the first draft of my scope section, 3 pages.",
     "goal", [], "Reach Staff Engineer by Q3 2027", None),
    # Feedback given to someone is about them; feedback received stays a skill.
    ("weekly", "Gave Tomás feedback on his RFC, mostly about naming the decision up front.",
     "relationship", ["Tomás Ortega"], None, None),
    ("monthly", "Di feedback a Tomás sobre su primer postmortem.",
     "relationship", ["Tomás Ortega"], None, None),
    # Working with someone, and delivering, said in the other languages replies come in.
    ("weekly", "Mit Dorothy die Kapazitätsplanung für Q1 durchgesprochen",
     "relationship", ["Dorothy Vaughan"], None, None),
    ("monthly", "Opgeleverd: die rotatie draait nu elke 24 uur in plaats van eens per kwartaal.",
     "evidence", [], None, None),
    ("monthly", "Also shipped the ledger export: the file now lands at 6:00, not noon.",
     "evidence", [], None, None),
    ("weekly", "Ho anche seguito un corso su eBPF, 4 ore, molto utile.", "skill", [], None, None),
    # A quarterly line that reports a result and speaks of no goal is evidence; its head
    # count is read as in English ("15 people"): a guild that size spans teams.
    ("quarterly", "Je suis maintenant référente de la guilde SRE (15 personnes).",
     "evidence", [], None, "multi-team"),
    ("quarterly", "Nebenbei: Onboarding-Zeit im Team von 3 Wochen auf 8 Tage gesenkt.",
     "evidence", [], None, "team"),
    ("quarterly", "Geleverd dit kwartaal: de fraudescore draait nu realtime, chargebacks -18%.",
     "evidence", [], None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("prompt", "text", "kind", "people", "goal", "scope"), ENTRIES, ids=[e[1] for e in ENTRIES]
)
def test_entry_from_prose(
    prompt: str, text: str, kind: str, people: list[str], goal: str | None, scope: str | None
) -> None:
    ctx = ParseContext(known_people=KNOWN, open_goals=GOALS)
    entries = parse_message(_reply(prompt, text), ctx).entries
    assert [(e.kind, e.people, e.goal, e.scope) for e in entries] == [(kind, people, goal, scope)]


TALK = "Give a talk at an external conference"
# A goal named in the language of the reply, by a synonym, a compound or a hyphenated word;
# and a goal named by its label alone, in three words.
GOAL_LINKS: list[tuple[str, str, str]] = [
    ("quarterly", "Einfluss über Teams hinweg: das RFC ist in drei Services live.", GOALS[1]),
    ("quarterly", "Konferenzvortrag: Abstract eingereicht.", TALK),
    ("quarterly", "Conference talk: submitted.", TALK),
    ("quarterly", "Saindo da meta da palestra por enquanto.", TALK),
    ("quarterly", "Vortrag: Einreichung bei der GOTO Berlin abgelehnt.", TALK),
    ("brief", "Doel: Staff-promotie. Ze wil eerst het strategiedocument zien.", GOALS[0]),
    ("brief", "She thinks my KubeCon CFP needs a sharper title.", TALK),
    ("brief", "Quiere que lidere la migración; cuenta para mi objetivo de influencia.", GOALS[1]),
]


@pytest.mark.parametrize(("prompt", "text", "goal"), GOAL_LINKS, ids=[g[1] for g in GOAL_LINKS])
def test_goal_named_in_the_reply_language(prompt: str, text: str, goal: str) -> None:
    ctx = ParseContext(known_people=KNOWN, open_goals=(*GOALS, TALK))
    entries = parse_message(_reply(prompt, text), ctx).entries
    assert [(e.kind, e.goal) for e in entries] == [("goal", goal)]


SPLITS: list[tuple[str, list[str]]] = [
    (
        "1) Shipped the rate limiter for checkout 2) Paired with Linus on the retry budget",
        ["Shipped the rate limiter for checkout", "Paired with Linus on the retry budget"],
    ),
    (
        "• Shipped the rate limiter for checkout • Wrote the retry budget RFC for review",
        ["Shipped the rate limiter for checkout", "Wrote the retry budget RFC for review"],
    ),
    (
        "Shipped the rate limiter for checkout, 429s down 90%.\n"
        "[image: rate-limiter-429s.png]\n\n[image: graph.png] Wrote the retry budget RFC.",
        ["Shipped the rate limiter for checkout, 429s down 90%.", "Wrote the retry budget RFC."],
    ),
    ("Upgraded the client to 1.2 and then 2. It all went fine.", ["Upgraded the client"]),
    (
        "Skills: went deep on Kafka consumer groups and the rebalancing protocol this month.\n"
        "Personas: café con Priya Raman cada dos semanas.",
        ["went deep on Kafka", "Personas: café con Priya Raman"],
    ),
    (
        "Cut the settlement batch from 45 min to 12 min with parallel reads.\n"
        "Had coffee with Priya about the SRE rotation; long overdue and worth the hour.",
        ["Cut the settlement batch", "Had coffee with Priya"],
    ),
    (
        "Took over the on-call training for new hires; ran 2 sessions.\n"
        "Mentoring Tomás Ortega every week now.",
        ["Took over the on-call training", "Mentoring Tomás Ortega"],
    ),
    (
        "Shipped the limiter; errors went from 2% to 0.1% over the week and stayed\n"
        "there. Wrote it up for the guild.",
        ["Shipped the limiter; errors went from 2% to 0.1% over the week and stayed there."],
    ),
    # Long lines that each end a sentence were typed one per line, not wrapped.
    (
        "Wrote the alert-routing runbook for payments; it saves on-call ~6 hours/week.\n"
        "Also had coffee with Priya about the SRE rotation.",
        ["Wrote the alert-routing runbook", "Also had coffee with Priya"],
    ),
    (
        "Conference talk: my abstract on the indexing rewrite was accepted at PyCon DE.\n"
        "Dropping the cross-team influence goal for now; the Staff packet matters more.",
        ["Conference talk: my abstract", "Dropping the cross-team influence goal"],
    ),
    # A paragraph holds an item per sentence that opens a new thing the user did ("I" and a
    # verb in the past, after a few words setting the scene; "Também …"); sentences that go
    # on about the last stay with it.
    (
        "Big week. I finished the migration of the payouts scheduler to Temporal. While that "
        "was baking I reviewed Linus's PR for the webhook signer. On Thursday I ran the "
        "failover drill with the Ledger and Risk teams; we recovered in 6 minutes.",
        ["Big week. I finished", "I reviewed Linus's PR", "On Thursday I ran the failover"],
    ),
    (
        "Migrei o serviço de notificações para o novo cluster. Também fiz pair programming "
        "com a Mei no módulo de conciliação.",
        ["Migrei o serviço", "Também fiz pair programming"],
    ),
    (
        "Also unblocked the ledger team on their schema migration. Reviewed it same-day so "
        "Checkout could ship. I owe them a write-up of the rollout.",
        [
            "Also unblocked the ledger team on their schema migration. Reviewed it same-day so "
            "Checkout could ship. I owe them"
        ],
    ),
    # "; also <verb>" starts the next item; a line that opens with a name ("v2.3.1 …") is
    # no wrapped sentence going on.
    (
        "Shipped idempotency keys for the refunds API; also reviewed Omar's data contract.\n"
        "New retry dashboard for the Checkout and Fraud teams, alert noise down 80% this week.\n"
        "v2.3.1 of the SDK is out (fixes #4812).",
        ["Shipped idempotency keys", "also reviewed Omar's", "New retry dashboard", "v2.3.1 of"],
    ),
    # A wrapped paragraph whose first line happens to end a sentence stays one item.
    (
        "Shipped the limiter for checkout and the payouts API after two weeks of tests.\n"
        "Errors went from 2% to 0.1% over the week and they stayed there for the\n"
        "rest of it.",
        ["of tests. Errors went from 2% to 0.1% over the week and they stayed there for the rest"],
    ),
]


@pytest.mark.parametrize(("body", "texts"), SPLITS, ids=[s[0][:40] for s in SPLITS])
def test_items_split_right(body: str, texts: list[str]) -> None:
    entries = parse_message(_reply("weekly", body), ParseContext()).entries
    assert len(entries) == len(texts)
    for entry, text in zip(entries, texts, strict=True):
        assert text in entry.text


def test_a_paste_of_thousands_of_lines_is_capped_and_says_so() -> None:
    names = ("Ивана Петрова", "田中 太郎", "محمد علي", "Παύλος Γεωργίου", "Grace Hopper")
    body = "\n".join(
        f"- paired with {names[i % len(names)]} on item {i}, p99 down {i}ms for Payments and Risk"
        for i in range(5000)
    )
    entries = parse_message(_reply("weekly", body), ParseContext(known_people=KNOWN)).entries
    assert len(entries) == MAX_ENTRIES
    # Items past the cap are counted as far as the reply is read (its first 256 KB);
    # the characters after that are counted too. Both are said in the confirmation.
    last = entries[-1]
    assert last.overflow > 0 and last.left_out_chars > 0
    assert any(f"{last.overflow} more items" in note for note in last.notes)
    assert any("characters were not logged" in note for note in last.notes)


# prompt, a reply body, then its entries' kinds and people, in order.
REPLIES: list[tuple[str, str, list[tuple[str, list[str]]]]] = [
    # Under a people heading, a delivery that names nobody is read by its content.
    (
        "monthly",
        "RELATIONSHIPS\nWorked a lot with Nadia Petrova from Data Platform on the export.\n\n"
        "Also shipped the ledger export itself: the daily file now lands at 6:00, not noon.",
        [("relationship", ["Nadia Petrova"]), ("evidence", [])],
    ),
    # A note about two people turns to the second at a ";" ...
    (
        "monthly",
        "Relations : Léa Martin, de l'équipe Data, m'a beaucoup aidé ; je veux revoir Omar "
        "Haddad pour le contrat de données.",
        [("relationship", ["Léa Martin"]), ("relationship", ["Omar Haddad"])],
    ),
    # ... unless a pronoun goes on about the first.
    (
        "brief",
        "Priya's roadmap has the portal in Q2; I offered to write the spec and she'll loop in "
        "Marco from Risk.",
        [("relationship", ["Priya Raman", "Marco", "Grace Hopper"])],
    ),
    (
        "monthly",
        "Priya is moving to the Platform team in January; she'll introduce me to their lead, "
        "Sofia Alvarez.",
        [("relationship", ["Priya Raman", "Sofia Alvarez"])],
    ),
]


@pytest.mark.parametrize(("prompt", "body", "want"), REPLIES, ids=[r[1][:40] for r in REPLIES])
def test_reply_entries(prompt: str, body: str, want: list[tuple[str, list[str]]]) -> None:
    ctx = ParseContext(known_people=KNOWN, open_goals=GOALS)
    entries = parse_message(_reply(prompt, body), ctx).entries
    assert [(e.kind, e.people) for e in entries] == want
