"""Entry accuracy: what careerlog reads from replies against what a careful reader writes down.

Prints one JSON object: machine info, and for each part of the labelled set (the 24 public
samples, the prose set's "tune" part, and its "held-out" part the rules are never tuned on)
entry precision/recall/F1 (an entry matches when its kind is right and its text holds every
expected phrase), then on matched entries, per field (scope, people, metrics, goal): exact
accuracy and micro precision/recall/F1. The samples' people and metrics are lists of what
must be found (their README), so there accuracy means all of them found. The same figures
are computed in the same run for a baseline revision (default: the parser before issue 15),
checked out in a temporary git worktree, with each side's median parse time per reply.

    .venv/bin/python -m bench.entries [--baseline REV]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bench.machine import machine

ROOT = Path(__file__).resolve().parent.parent
PROSE = ROOT / "tests" / "fixtures" / "prose" / "replies.json"
SUBJECTS = {
    "weekly": "What did you do this week that had impact? [2026-W47]",
    "monthly": "Skills and relationships this month [2026-11]",
    "quarterly": "Goals and gaps [2026-Q4]",
}
FIELDS = ("scope", "people", "metrics", "goal")
DEFAULT_BASELINE = "5107d79"  # main just before issue 15's parser work


def _n(text: str) -> str:
    return " ".join(text.split()).lower()


QUESTIONS = {
    "weekly": "What did you do this week that had impact? Two to four lines; numbers help.",
    "monthly": "What did you learn this month, and who did you work with?",
    "quarterly": "Goals and gaps: where does each goal stand?\n\n1. Reach Staff Engineer by Q3"
    " 2027\n   State: strategy doc drafted\n   Gap: no org-wide artifact yet",
    "brief": "Talking points: your Staff packet; feedback from last time.",
}


def _quoted(client: str, subject: str, prompt: str) -> str:
    """The prompt below the reply, as each client quotes it ("plain": not at all)."""
    lines = [*QUESTIONS[prompt].splitlines(), "", "--", "careerlog"]
    sender = "careerlog <ada+careerlog@example.com>"
    if client == "gmail":
        head = f"On Fri, Nov 20, 2026 at 4:02 PM {sender} wrote:"
        return "\n\n" + head + "\n" + "\n".join(f"> {line}" for line in lines)
    if client == "apple":
        head = f"> On 20 Nov 2026, at 16:02, {sender} wrote:\n> "
        return "\n\n" + head + "\n" + "\n".join(f"> {line}" for line in lines)
    if client == "outlook":
        head = (
            f"________________________________\nFrom: {sender}\nSent: Friday, November 20, 2026"
            f" 4:02 PM\nTo: Ada Lovelace <ada@example.com>\nSubject: {subject}"
        )
        return "\n\n" + head + "\n\n" + "\n".join(lines)
    return ""


def _eml(reply: dict[str, Any]) -> bytes:
    prompt, about = reply["prompt"], reply["about"]
    subject = f"Your 1:1 with {about} is tomorrow" if prompt == "brief" else SUBJECTS[prompt]
    head = (
        "From: Ada Lovelace <ada@example.com>\r\nTo: careerlog <ada+careerlog@example.com>\r\n"
        f"Subject: Re: {subject}\r\nDate: Fri, 20 Nov 2026 17:00:00 -0800\r\n"
        f"In-Reply-To: <prompt-{prompt}-2026.bench@careerlog.invalid>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    text = reply["body"] + _quoted(reply["client"], subject, prompt)
    return (head + text.replace("\n", "\r\n") + "\r\n").encode()


def _cases() -> Iterable[tuple[str, bytes, Any, list[dict[str, Any]]]]:
    """(part, raw message, parse context, expected entries) for every labelled reply."""
    from careerlog.parsers import ParseContext
    from tests.parsers.replycheck import REPLIES, context_for, expected, fixtures

    for eml in fixtures(REPLIES):
        exp = expected(eml)
        yield "samples", eml.read_bytes(), context_for(eml, exp), exp["entries"]
    doc = json.loads(PROSE.read_text(encoding="utf-8"))
    ctx = ParseContext(known_people=doc["known_people"], open_goals=doc["open_goals"])
    for reply in doc["replies"]:
        raw = _eml(reply)
        yield reply["part"], raw, ctx, reply["entries"]


def _values(field: str, entry: Any) -> set[str]:
    if field == "people":
        return {_n(p.lstrip("@")) for p in entry.people}
    if field == "metrics":
        return {_n(m.text) for m in entry.metrics}
    value = getattr(entry, field)
    return {_n(value)} if value else set()


def _expected_values(field: str, want: dict[str, Any]) -> set[str]:
    value = want[field]
    if isinstance(value, list):
        return {_n(v.lstrip("@")) for v in value}
    return {_n(value)} if value else set()


def _hits(field: str, got: set[str], want: set[str]) -> int:
    if field != "metrics":
        return len(got & want)
    return sum(any(w in g or g in w for g in got) for w in want)  # "340ms" in "cut 340ms"


def _prf(tp: int, predicted: int, expected: int) -> dict[str, float]:
    p = tp / predicted if predicted else 1.0
    r = tp / expected if expected else 1.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3)}


def score() -> dict[str, Any]:
    """Run the parser importable from sys.path over every part; figures per part."""
    from careerlog.parsers import parse_message

    parts: dict[str, dict[str, Any]] = {}
    times: list[float] = []
    for part, raw, ctx, wants in _cases():
        acc = parts.setdefault(part, {"replies": 0, "expected": 0, "predicted": 0, "matched": 0})
        start = time.perf_counter()
        entries = list(parse_message(raw, ctx).entries)
        times.append(time.perf_counter() - start)
        acc["replies"] += 1
        acc["expected"] += len(wants)
        acc["predicted"] += len(entries)
        free = list(entries)
        for want in wants:
            got = next(
                (
                    e
                    for e in free
                    if e.kind == want["kind"]
                    and all(_n(t) in _n(e.text) for t in want["text_contains"])
                ),
                None,
            )
            if got is None:
                continue
            free.remove(got)
            acc["matched"] += 1
            for field in FIELDS:
                g, w = _values(field, got), _expected_values(field, want)
                f = acc.setdefault(field, {"exact": 0, "tp": 0, "got": 0, "want": 0})
                hits = _hits(field, g, w)
                # The samples' .json lists what must be there (their README): extras are fine.
                required = part == "samples" and field in ("people", "metrics")
                f["exact"] += hits == len(w) and (required or len(g) == len(w))
                f["tp"] += hits
                f["got"] += len(g)
                f["want"] += len(w)
    out: dict[str, Any] = {"median_parse_ms": round(statistics.median(times) * 1000, 3)}
    for part, acc in parts.items():
        figures: dict[str, Any] = {
            "replies": acc["replies"],
            "entries_expected": acc["expected"],
            "entries": _prf(acc["matched"], acc["predicted"], acc["expected"]),
        }
        for field in FIELDS:
            f = acc.get(field, {"exact": 0, "tp": 0, "got": 0, "want": 0})
            figures[field] = {
                "accuracy": round(f["exact"] / acc["matched"], 3) if acc["matched"] else None,
                **_prf(f["tp"], f["got"], f["want"]),
            }
        out[part] = figures
    return out


def _run_worker(root: Path) -> dict[str, Any]:
    """``score()`` in a fresh interpreter that imports careerlog from ``root``.

    ROOT comes after ``root`` so the labelled set is read by this tree's ``tests`` package
    (a regular package wins over a baseline's tests/ folder that has no ``__init__.py``).
    """
    path = os.pathsep.join([str(root), str(ROOT)])
    env = {**os.environ, "PYTHONPATH": path, "BENCH_ENTRIES_WORKER": "1"}
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve())],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default=DEFAULT_BASELINE, help="git revision to compare")
    args = parser.parse_args()
    current = _run_worker(ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "baseline"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), args.baseline],
            check=True,
        )
        try:
            baseline = _run_worker(tree)
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True
            )
    print(
        json.dumps(
            {
                "machine": machine(),
                "baseline_revision": args.baseline,
                "careerlog": current,
                "baseline": baseline,
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    if os.environ.get("BENCH_ENTRIES_WORKER"):
        print(json.dumps(score()))
    else:
        main()
