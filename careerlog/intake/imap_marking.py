"""Whether an IMAP folder keeps careerlog's keyword, and what careerlog does if not.

Some servers (pymap; a Maildir whose 26 keyword slots are used up) accept the
STORE of a keyword and silently drop it. The folder's PERMANENTFLAGS say so at
SELECT: a folder that lists neither ``\\*`` nor the keyword does not keep it.
careerlog then relies on the processed folder if one is configured (and the server
can MOVE; without MOVE careerlog flags instead), and in any case consults its own
record of the UIDs it handled (``inbound_messages``, per UIDVALIDITY).
"""

from __future__ import annotations

from typing import Any

from imapclient import IMAPClient

from careerlog.config.model import Config


def keeps_keyword(selected: dict[bytes, Any], keyword: str) -> bool:
    """Whether a folder (its SELECT response) keeps ``keyword`` on its messages."""
    flags = selected.get(b"PERMANENTFLAGS")
    if flags is None:
        return True
    names = {bytes(flag).lower() for flag in flags}
    return b"\\*" in names or keyword.encode().lower() in names


def marking_line(config: Config, client: IMAPClient, folder: str) -> str:
    """How handled mail is marked in ``folder``, for ``doctor``.

    The folder is selected read-write, as the service selects it: a read-only
    EXAMINE lists no permanent flags at all (RFC 3501; Dovecot answers
    ``PERMANENTFLAGS ()``), which would read as a folder that drops the keyword.
    """
    mail = config.mail
    if mail.processed_folder and client.has_capability("MOVE"):
        return f"handled mail is moved to {mail.processed_folder!r}"
    cannot_move = (
        f"the server cannot MOVE mail to {mail.processed_folder!r}, so "
        if mail.processed_folder
        else ""
    )
    if keeps_keyword(client.select_folder(folder), mail.processed_keyword):
        return f"{cannot_move}handled mail is flagged {mail.processed_keyword}"
    if mail.processed_folder:
        return (
            f"the server cannot MOVE mail to {mail.processed_folder!r} and the folder does "
            f"not keep the keyword {mail.processed_keyword}, so careerlog keeps its own "
            "record of handled mail"
        )
    return (
        f"the folder does not keep the keyword {mail.processed_keyword}, so careerlog keeps "
        "its own record of handled mail (set [mail] processed_folder to move it instead)"
    )
