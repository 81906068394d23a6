"""Machine-generated replies: out-of-office notices, vacation responders, bounces.

Headers are the reliable signal (RFC 3834 ``Auto-Submitted``, Exchange's
``X-Auto-Response-Suppress``, ``Precedence``); subjects in several languages and delivery
status reports catch the responders that set none of them.
"""

from __future__ import annotations

import email.message
import re

_OOO_SUBJECT = re.compile(
    r"^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|autoreply|auto:|"
    r"out of (?:the )?office|ooo\b|away from (?:the )?office|on vacation|vacation reply|"
    r"abwesenheitsnotiz|automatische antwort|abwesend|"
    r"réponse automatique|absence du bureau|absent\b|"
    r"respuesta automática|fuera de la oficina|ausente|"
    r"resposta automática|fora do escritório|ausência|"
    r"automatisch antwoord|afwezig|niet aanwezig|"
    r"risposta automatica|fuori sede|fuori ufficio|assente|"
    r"autosvar|frånvaro|fraværende|automaattinen vastaus|odpowiedź automatyczna|"
    r"автоответ|自動応答|自動返信|不在|自动回复|자동 회신)",
    re.IGNORECASE,
)
# The lookahead holds each form's first letter: most positions fail on it at once.
_BOUNCE_SUBJECT = re.compile(
    r"(?=[udmrfn])"
    r"(?:undeliver(?:ed|able)|delivery (?:status notification|failure|has failed)|"
    r"mail delivery (?:failed|subsystem)|returned mail|failure notice|non-?delivery|"
    r"unzustellbar|non remis|no se puede entregar)",
    re.IGNORECASE,
)
_DAEMON = re.compile(r"^(?:mailer-daemon|postmaster|mail-daemon)@", re.IGNORECASE)


def is_auto_reply(msg: email.message.Message, subject: str, from_addr: str) -> bool:
    """True for replies no human typed."""
    present = {name.lower() for name in msg}  # most of the headers below are absent

    def header(name: str) -> str:
        value = msg.get(name) if name.lower() in present else None
        return str(value).strip().lower() if value is not None else ""

    auto_submitted = header("Auto-Submitted")
    if auto_submitted and auto_submitted != "no":
        return True
    if any(header(h) for h in ("X-Autoreply", "X-Autorespond", "X-Autoresponse")):
        return True
    if header("Precedence") in ("bulk", "auto_reply", "junk", "list"):
        return True
    # Exchange marks its own automatic replies "All" so they don't set off other responders.
    if header("X-Auto-Response-Suppress") == "all":
        return True
    if "x-ms-exchange-inbox-rules-loop" in present:
        return True  # sent by a server-side rule, not typed
    if header("Return-Path") == "<>":
        return True  # null sender: bounces and other notifications (RFC 5321 4.5.5)
    if msg.get_content_type() == "multipart/report" and str(
        msg.get_param("report-type") or ""
    ).lower() in ("delivery-status", "disposition-notification"):
        return True
    if _DAEMON.match(from_addr) or _BOUNCE_SUBJECT.search(subject):
        return True
    return bool(_OOO_SUBJECT.search(subject))
