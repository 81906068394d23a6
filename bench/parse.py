"""Reply-parser benchmark: careerlog vs email-reply-parser and mail-parser-reply.

Prints one JSON object: machine info; messages per second (median of several repeats, one
CPU core) over the sample replies repeated to at least 5,000 messages; and new-text
accuracy per client family (exact match after the fixtures' README normalisation, and
token F1). The libraries get the same decoded text/plain (or HTML rendered as text) that
careerlog's MIME layer produces, so the comparison is about quote and signature stripping.

    .venv/bin/python -m bench.parse [--dir careerlog/demo/replies] [--messages 5000] [--repeats 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from email_reply_parser import EmailReplyParser
from mailparser_reply import EmailReplyParser as MailParserReply
from mailparser_reply.constants import MAIL_LANGUAGES

from bench.machine import machine
from careerlog.parsers import parse_message
from careerlog.parsers.mime import decode_message
from careerlog.parsers.quotes import strip_quotes
from careerlog.parsers.signatures import sender_names

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT / "careerlog" / "demo" / "replies"
EXPECTED_DIR = ROOT / "tests" / "fixtures" / "replies"  # what each sample must give


@dataclass(frozen=True)
class Sample:
    name: str
    raw: bytes
    text: str  # the decoded body every parser starts from
    expected: str
    family: str


def norm(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def token_f1(predicted: str, gold: str) -> float:
    p = Counter(" ".join(norm(predicted)).lower().split())
    g = Counter(" ".join(norm(gold)).lower().split())
    if not p and not g:
        return 1.0
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def family(client: str) -> str:
    """'Gmail mobile (iOS)' → 'Gmail', 'Outlook / Exchange automatic reply' → 'Outlook'."""
    name = client.split(" (")[0].split(" / ")[0]
    for suffix in (" web", " mobile", " desktop"):
        name = name.removesuffix(suffix)
    return name


def load(directory: Path) -> list[Sample]:
    samples = []
    for eml in sorted(directory.glob("*.eml")):
        meta = eml.with_suffix(".json")
        if not meta.exists():
            meta = EXPECTED_DIR / meta.name
        if not meta.exists():
            continue
        exp = json.loads(meta.read_text(encoding="utf-8"))
        raw = eml.read_bytes()
        samples.append(
            Sample(eml.stem, raw, decode_message(raw).text, exp["new_text"], family(exp["client"]))
        )
    return samples


# The languages of the sample set that the library supports (it has no Portuguese); giving it
# every language it knows scores worse, because some patterns then cut real text.
_MPR = MailParserReply(
    languages=[c for c in ("en", "de", "fr", "es", "nl", "it", "ja") if c in MAIL_LANGUAGES]
)


def careerlog_new_text(sample: Sample) -> str:
    msg = decode_message(sample.raw)
    return strip_quotes(msg.text, None, sender_names(msg.from_name, msg.from_addr)).new_text


PARSERS: dict[str, Callable[[Sample], str]] = {
    "careerlog": careerlog_new_text,
    "email-reply-parser": lambda s: EmailReplyParser.parse_reply(s.text),
    "mail-parser-reply": lambda s: _MPR.parse_reply(s.text),
}


def accuracy(samples: list[Sample]) -> dict[str, Any]:
    rows: dict[str, dict[str, list[tuple[bool, float]]]] = defaultdict(lambda: defaultdict(list))
    per_message: dict[str, dict[str, dict[str, Any]]] = {}
    for sample in samples:
        per_message[sample.name] = {}
        for name, parser in PARSERS.items():
            got = parser(sample)
            exact, f1 = norm(got) == norm(sample.expected), token_f1(got, sample.expected)
            for group in (sample.family, "all"):
                rows[group][name].append((exact, f1))
            per_message[sample.name][name] = {"exact": exact, "token_f1": round(f1, 3)}

    def summary(results: list[tuple[bool, float]]) -> dict[str, float]:
        return {
            "exact": round(sum(e for e, _ in results) / len(results), 3),
            "token_f1": round(statistics.fmean(f for _, f in results), 3),
        }

    groups = {
        group: {"messages": len(next(iter(by_parser.values())))}
        | {name: summary(res) for name, res in by_parser.items()}
        for group, by_parser in sorted(rows.items())
    }
    return {"by_family": groups, "per_message": per_message}


def throughput(samples: list[Sample], messages: int, repeats: int) -> dict[str, Any]:
    batch = (samples * (messages // len(samples) + 1))[: max(messages, len(samples))]
    runs: dict[str, Callable[[Sample], object]] = {
        "careerlog full parse (MIME, new text, entries)": lambda s: parse_message(s.raw),
        "careerlog new text (MIME + stripping)": careerlog_new_text,
        "email-reply-parser (MIME + stripping)": lambda s: EmailReplyParser.parse_reply(
            decode_message(s.raw).text
        ),
        "mail-parser-reply (MIME + stripping)": lambda s: _MPR.parse_reply(
            decode_message(s.raw).text
        ),
    }
    result: dict[str, Any] = {"messages": len(batch), "repeats": repeats}
    for name, run in runs.items():
        rates, cpu_rates = [], []
        for _ in range(repeats):
            start, cpu = time.perf_counter(), time.process_time()
            for sample in batch:
                run(sample)
            rates.append(len(batch) / (time.perf_counter() - start))
            cpu_rates.append(len(batch) / (time.process_time() - cpu))
        result[name] = {
            "median_msgs_per_s": round(statistics.median(rates)),
            "min": round(min(rates)),
            "max": round(max(rates)),
            # per second of this process's CPU time: what other load on the machine
            # takes away from the wall-clock figure, it does not take from this one
            "median_msgs_per_cpu_s": round(statistics.median(cpu_rates)),
        }
    return result


def _pin_one_core() -> bool:
    if not hasattr(os, "sched_setaffinity"):
        return False
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    except OSError:
        return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--per-message", action="store_true", help="include per-message scores")
    args = parser.parse_args()
    started = time.perf_counter()
    info = machine(pinned_to_one_core=_pin_one_core())
    samples = load(args.dir)
    acc = accuracy(samples)
    report: dict[str, Any] = {
        "benchmark": "reply parser: new-text accuracy and throughput",
        "machine": info,
        "samples": len(samples),
        "throughput": throughput(samples, args.messages, args.repeats),
        "accuracy": acc["by_family"],
    }
    if args.per_message:
        report["per_message"] = acc["per_message"]
    report["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
