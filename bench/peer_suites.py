"""Reply text on other parsers' own test suites: careerlog and the peers, same cases, one run.

Reads the cases from ``../shared/peer-suites`` (beside the repository, never copied into it;
its README gives sources, licences and the scoring rules used here) and prints one JSON
object: the machine, and per suite the exact share and mean token F1 of every parser on the
cases that are not marked ``debatable``, with the debatable ones counted apart.

Peers are scored when importable (``pip install -e '.[bench]'``; talon separately, see
bench/README.md). Each gets what its own tests give it: the decoded text/plain, or the
text/html part for talon and quotequail, whose HTML answers are rendered to text with
careerlog's renderer. Plain-text peers get the HTML rendered by careerlog's MIME layer.

    .venv/bin/python -m bench.peer_suites [--dir ../shared/peer-suites] [--misses]
"""

from __future__ import annotations

import argparse
import email
import email.message
import email.policy
import json
import re
import statistics
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.machine import machine
from careerlog.parsers import parse_message
from careerlog.parsers.htmltext import html_to_text
from careerlog.parsers.mime import decode_message

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT.parent / "shared" / "peer-suites"
# Which suites are a peer's own: there it was tuned to the expectations.
OWN = {
    "email-reply-parser": {"github-erp", "zapier-erp"},
    "mail-parser-reply": {"mpr"},
    "talon": {"talon-text", "talon-std", "talon-html", "talon-sig"},
    "quotequail": {"quotequail"},
}
_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")


@dataclass(frozen=True)
class Case:
    suite: str
    name: str
    raw: bytes
    expected: str
    mode: str  # "text" or "nows"
    html: str | None  # the text/html part, for the peers that read HTML
    text: str  # what careerlog's MIME layer decodes: the plain-text peers' input
    peer_args: dict[str, Any]
    debatable: bool


def normalise(text: str, mode: str) -> str:
    """The README's rules: whitespace-insensitive (``nows``) or line-normalised (``text``)."""
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    if mode == "nows":
        return re.sub(r"\s+", "", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def token_f1(predicted: str, gold: str) -> float:
    p, g = Counter(_TOKEN.findall(predicted.lower())), Counter(_TOKEN.findall(gold.lower()))
    if not p and not g:
        return 1.0
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def _html_part(raw: bytes) -> str | None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if part.get_content_type() == "text/html" and isinstance(part, email.message.EmailMessage):
            return str(part.get_content())
    return None


def load(directory: Path) -> list[Case]:
    index = json.loads((directory / "index.json").read_text(encoding="utf-8"))
    cases = []
    for row in index["cases"]:
        eml = directory / row["file"]
        raw = eml.read_bytes()
        expected = eml.with_name(eml.name.removesuffix(".eml") + ".expected.txt")
        cases.append(
            Case(
                suite=row["suite"],
                name=row["name"],
                raw=raw,
                expected=expected.read_text(encoding="utf-8"),
                mode=row["mode"],
                html=_html_part(raw),
                text=decode_message(raw).text,
                peer_args=row.get("peer_args") or {},
                debatable=bool(row.get("debatable")),
            )
        )
    return cases


def careerlog(case: Case) -> str:
    return parse_message(case.raw).new_text


def peers() -> dict[str, Callable[[Case], str]]:
    """The peers that import here, each as a function of a case."""
    found: dict[str, Callable[[Case], str]] = {}
    try:
        from email_reply_parser import EmailReplyParser

        found["email-reply-parser"] = lambda c: EmailReplyParser.parse_reply(c.text)
    except ImportError:
        pass
    try:
        from mailparser_reply import EmailReplyParser as Mpr

        def mpr(case: Case) -> str:
            return Mpr(languages=case.peer_args.get("languages", ["en"])).parse_reply(case.text)

        found["mail-parser-reply"] = mpr
    except ImportError:
        pass
    try:
        from talon import quotations
        from talon.signature.bruteforce import extract_signature

        def talon(case: Case) -> str:
            # Its signature tests call the brute-force extractor (the ML one needs a
            # scikit-learn old enough to load its 2017 pickle); the rest call quotations.
            if case.suite == "talon-sig":
                return str(extract_signature(case.text)[0])
            if case.html is not None:
                return html_to_text(quotations.extract_from_html(case.html))
            return str(quotations.extract_from_plain(case.text))

        found["talon"] = talon
    except ImportError:
        pass
    try:
        import quotequail

        def quotequail_reply(case: Case) -> str:
            intro = bool(case.peer_args.get("quote_intro_line", True))
            if case.html is not None:
                parts = quotequail.quote_html(case.html, quote_intro_line=intro)
                return "\n".join(html_to_text(t) for keep, t in parts if keep)
            parts = quotequail.quote(case.text, quote_intro_line=intro)
            return "\n".join(t for keep, t in parts if keep)

        found["quotequail"] = quotequail_reply
    except ImportError:
        pass
    return found


def score(case: Case, parser: Callable[[Case], str]) -> tuple[bool, float, str, bool]:
    """(exact, token F1, the text, whether it failed: raised, or said more than the mail)."""
    try:
        got = parser(case)
        failed = len(got) > len(case.raw)
    except Exception as exc:  # a parser failing on a case scores 0, and says why
        got, failed = f"<{type(exc).__name__}>", True
    exact = normalise(got, case.mode) == normalise(case.expected, case.mode)
    return exact, token_f1(got, case.expected), got, failed


def _summary(rows: list[tuple[bool, float, str, bool]]) -> dict[str, Any]:
    if not rows:
        return {}
    return {
        "exact": round(sum(r[0] for r in rows) / len(rows), 3),
        "exact_n": sum(r[0] for r in rows),
        "token_f1": round(statistics.fmean(r[1] for r in rows), 3),
        "failed": sum(r[3] for r in rows),
    }


def run(cases: list[Case], parsers: dict[str, Callable[[Case], str]]) -> dict[str, Any]:
    results = {name: [score(c, p) for c in cases] for name, p in parsers.items()}
    groups: dict[str, list[int]] = {}
    for i, case in enumerate(cases):
        groups.setdefault(case.suite, []).append(i)
    groups["all"] = list(range(len(cases)))
    table: dict[str, Any] = {}
    for group, idx in groups.items():
        plain = [i for i in idx if not cases[i].debatable]
        debatable = [i for i in idx if cases[i].debatable]
        table[group] = {"cases": len(plain), "debatable": len(debatable)} | {
            name: _summary([res[i] for i in plain])
            | {"debatable_exact_n": sum(res[i][0] for i in debatable)}
            for name, res in results.items()
        }
    for peer, own in OWN.items():
        if peer in results:
            idx = [i for i, c in enumerate(cases) if c.suite not in own and not c.debatable]
            table[f"all but {peer}'s own"] = {"cases": len(idx)} | {
                name: _summary([res[i] for i in idx]) for name, res in results.items()
            }
    misses = [
        {"suite": c.suite, "name": c.name, "got": results["careerlog"][i][2][:400]}
        for i, c in enumerate(cases)
        if not results["careerlog"][i][0] and not c.debatable
    ]
    return {"suites": table, "careerlog_misses": misses}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--misses", action="store_true", help="list careerlog's misses")
    args = parser.parse_args()
    warnings.simplefilter("ignore")  # html5lib (talon) warns about every odd tag name
    started = time.perf_counter()
    cases = load(args.dir)
    found = peers()
    result = run(cases, {"careerlog": careerlog, **found})
    report: dict[str, Any] = {
        "benchmark": "reply text on peer parsers' own suites",
        "machine": machine(),
        "peers_scored": sorted(found),
        "peers_missing": sorted(set(OWN) - set(found)),
        "suites": result["suites"],
    }
    if args.misses:
        report["careerlog_misses"] = result["careerlog_misses"]
    report["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
