"""Scope read from prose (issue 15, point 4): each table row is one rule, in the languages
replies come in; the rows with ``None`` are where the rule must not over-reach."""

from __future__ import annotations

import pytest

from careerlog.parsers import ParseContext, parse_message
from careerlog.parsers.scope import find_plain_scope, find_scope

# An item of a piece of evidence, and the scope it states.
SCOPES: list[tuple[str, str | None]] = [
    # The people a product serves, whatever they are called.
    ("LCP on mobile improved ~300ms for all shoppers.", "external"),
    ("Der neue Export spart allen Nutzern zwei Klicks.", "external"),
    ("Die Händler sehen ihre Auszahlungen jetzt am selben Tag.", "external"),
    ("Het nieuwe dashboard laadt nu in 1 s voor alle gebruikers.", "external"),
    ("Le paiement en un clic est ouvert à tous les acheteurs.", "external"),
    ("La conciliación ahora es diaria para los comercios.", "external"),
    ("Os lojistas recebem o repasse em 1 dia em vez de 3.", "external"),
    ("Gli esercenti ricevono i bonifici in giornata.", "external"),
    # A customer word that names an internal tool is no reach.
    ("Killed the flaky e2e suite on the merchant portal; main is green for 5 days.", None),
    ("Moved the customer dashboard to the new charts library.", None),
    ("Cut the partner API's p99 from 900ms to 300ms.", None),
    # What a promotion packet asks for is no reach; the teams named are.
    ("Led the auth consolidation; Grace says that's the org-wide artifact I was missing.", None),
    (
        "Led the auth consolidation across Identity, Payments and Mobile; that's the org-wide "
        "artifact the packet was missing.",
        "multi-team",
    ),
    ("The doc is now read as our company-wide impact story.", None),
    # A count of teams, their name in each language, the words between.
    ("The on-call handbook is now used by all 9 product teams.", "multi-team"),
    ("A RFC de observabilidade foi adotada por 4 times, incluindo Risco e Checkout.", "multi-team"),
    ("O novo cache já roda em três times.", "multi-team"),
    ("I've been incident commander 4 times this quarter.", None),  # English "times"
    ("Andere Teams nutzen jetzt mein Retry-Budget.", "multi-team"),
    ("D'autres équipes ont repris mon budget de tentatives.", "multi-team"),
    ("Otros equipos ya usan mi plantilla de postmortem.", "multi-team"),
    ("Adesso anche altri team usano il mio limitatore.", "multi-team"),
    ("Outros times já usam meu limitador.", "multi-team"),
    ("Andere teams gebruiken nu mijn dashboard.", "multi-team"),
    # The work covered one team's things: that team's scope, not a reach beyond it.
    ("J'ai mis en place le scan des secrets pour les 9 dépôts de l'équipe Paiements.", "team"),
    ("Turned on secret scanning for the 9 repos of the Payments team.", "team"),
    ("Activé el escaneo de secretos en los 5 servicios del equipo Pagos.", "team"),
    ("Ho attivato la scansione dei segreti su tutti i 12 repo del team Pagamenti.", "team"),
    ("Secret-Scanning für alle 9 Repos von Team Payments eingeschaltet.", "team"),
    ("Secret scanning aangezet voor de 9 repo's van het team Betalingen.", "team"),
    ("Ativei a varredura de segredos nos 9 repositórios do time Pagamentos.", "team"),
    # "the team" alone is the user's; its lead is a person.
    ("I took the team's deploy frequency from 3/week to 15/week.", "team"),
    ("Walked the team through the new deploy flow.", "team"),
    ("Asked the team lead to review the plan.", None),
    # A head count, abbreviated.
    ("Demoed the new tracing UI to ~120 ppl at the guild.", "org"),
]


@pytest.mark.parametrize(("text", "want"), SCOPES, ids=[s[0] for s in SCOPES])
def test_scope(text: str, want: str | None) -> None:
    assert find_scope(text) == want


# A goal's update or a note about a person: the reach only where it is said plainly.
PLAIN_SCOPES: list[tuple[str, str | None]] = [
    ("Influência entre times: a RFC foi adotada por 4 times, incluindo Risco e Checkout.",
     "multi-team"),
    ("Influence transverse : atteint. Les équipes Risque, Paiements et Données l'utilisent.",
     "multi-team"),
    ("Cross-team influence: done. 3 teams (Ledger, Risk, Payouts) now run my review format.",
     "multi-team"),
    ("Quiere que lidere la migración de colas para los 3 equipos de Pagos.", "multi-team"),
    ("Het migratieplan is goedgekeurd door 4 teams, dat telt als org-brede impact.",
     "multi-team"),
    ("Ha proposto che io guidi la revisione delle API con i 4 team di Risk e Fraud.",
     "multi-team"),
    ("Das RFC ist jetzt bei drei Teams im Einsatz.", "multi-team"),
    ("Staff: the retry budget is now the default for eight teams.", "multi-team"),
    ("Current state: led the auth consolidation across Identity, Payments and Mobile.",
     "multi-team"),
    ("She asked if I'd present the payments roadmap at the customer advisory board.",
     "external"),
    ("Ask him if I can present the program at the eng all-hands (~300 ppl).", "org"),
    ("Sam wants the retry budget write-up shared at the next all-hands.", "org"),
    # Goals, gaps, plans and partners: no reach yet.
    ("Dropping the cross-team influence goal for now; the Staff packet matters more.", None),
    ("New goal: lead an incident review program for the whole org.", None),
    ("Cross-team influence: the search ranking RFC got adopted by Ads and Recs.", None),
    ("Grace wants me to own the rollout across all three services.", None),
    ("Mention the cross-team influence goal: the RFC is stuck with Ledger.", None),
    ("Staff: the nomination is in. Gap: the committee wants more evidence of org-wide impact.",
     None),
    ("Staff: me falta un proyecto con impacto en toda la organización.", None),
    ("Neues Ziel: bis Ende 2027 eine eigene Bibliothek als Open Source veröffentlichen.", None),
    ("Conference talk: my abstract was accepted at an external conference.", None),
    ("Da risentire: Chiara Rossi del team Mobile, non la sento da settimane.", None),
    ("Priya is moving to the Platform team in January.", None),
    ("Planned the rollout with Priya, Omar and Linus.", None),
    ("Talk: no customers in the audience this time, only 2 teams.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), PLAIN_SCOPES, ids=[s[0] for s in PLAIN_SCOPES])
def test_plain_scope(text: str, want: str | None) -> None:
    assert find_plain_scope(text) == want


GOALS = ("Reach Staff Engineer by Q3 2027", "Get better at cross-team influence")
SUBJECTS = {
    "monthly": "Skills and relationships this month [2026-11]",
    "quarterly": "Goals and gaps [2026-Q4]",
    "brief": "Your 1:1 with Sam Whitfield is tomorrow",
}


def _entries(prompt: str, body: str) -> list[tuple[str, str | None]]:
    raw = (
        "From: Ada Lovelace <ada@example.com>\r\nTo: careerlog <ada+careerlog@example.com>\r\n"
        f"Subject: Re: {SUBJECTS[prompt]}\r\nDate: Fri, 20 Nov 2026 17:00:00 -0800\r\n"
        f"Message-ID: <scope-{prompt}@example.com>\r\n"
        f"In-Reply-To: <prompt-{prompt}-2026.x@careerlog.invalid>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n"
    ).encode()
    ctx = ParseContext(known_people=("Sam Whitfield", "Grace Hopper"), open_goals=GOALS)
    return [(e.kind, e.scope) for e in parse_message(raw, ctx).entries]


# The scope each kind of entry gets in a whole reply: a goal's update and a note about a
# person read plain reach, a skill none.
ENTRIES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    ("quarterly", "Cross-team influence: done. 3 teams (Ledger, Risk, Payouts) now run my "
     "incident review format.", [("goal", "multi-team")]),
    ("quarterly", "Cross-team influence: the search ranking RFC got adopted by Ads and Recs.",
     [("goal", None)]),
    ("brief", "Sam wants the retry budget write-up shared with everyone at the next all-hands.",
     [("relationship", "org")]),
    ("monthly", "Practiced facilitation: ran the cross-team retro, 14 people from four teams.",
     [("skill", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("prompt", "body", "want"), ENTRIES, ids=[e[1] for e in ENTRIES])
def test_scope_by_kind(prompt: str, body: str, want: list[tuple[str, str | None]]) -> None:
    assert _entries(prompt, body) == want
