"""What ``careerlog doctor`` says about trust: the secret capture address, and the
Authentication-Results ids in recent mail, so you can name yours in
``[mail] trusted_authserv_ids``.
"""

from __future__ import annotations

from collections import Counter
from email.parser import BytesHeaderParser
from email.policy import default as default_policy

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from careerlog.config.model import Config
from careerlog.errors import UserError
from careerlog.intake.capture_address import secret_capture_address
from careerlog.mail import authres
from careerlog.store import open_store
from careerlog.store.inbound import newest_raw

RECENT = 30  # messages looked at, newest first
_PARSER = BytesHeaderParser(policy=default_policy)
_ITEM = b"BODY[HEADER.FIELDS (AUTHENTICATION-RESULTS)]"


def capture_line(config: Config) -> str:
    db = open_store(config.store_path)
    try:
        address = secret_capture_address(config, db)
    finally:
        db.close()
    return f"mail to {address} is logged (keep it to yourself)"


def _ids_in(headers: list[bytes]) -> Counter[str]:
    seen: Counter[str] = Counter()
    for raw in headers:
        values = [str(v) for v in _PARSER.parsebytes(raw).get_all("Authentication-Results") or []]
        seen.update(dict.fromkeys(authres.authserv_ids(values), 1))
    return seen


def _stored_headers(config: Config) -> list[bytes]:
    db = open_store(config.store_path)
    try:
        kept = newest_raw(db, RECENT)
    finally:
        db.close()
    return [raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0] for raw in kept]


def recent_authentication_headers(client: IMAPClient, folder: str) -> list[bytes]:
    """The Authentication-Results of the newest messages in ``folder`` (doctor's IMAP check)."""
    try:
        client.select_folder(folder, readonly=True)
        uids = sorted(client.search("ALL"))[-RECENT:]
        fetched = client.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (AUTHENTICATION-RESULTS)]"])
    except (IMAPClientError, OSError):
        return []  # the IMAP check says what is wrong with the server
    return [bytes(data.get(_ITEM, b"")) for data in fetched.values()]


def authentication_line(config: Config, server_headers: list[bytes]) -> str:
    """The ids seen in recent mail (stored, and ``server_headers`` from the IMAP check);
    a failure when none of them is one you trust."""
    seen = _ids_in(_stored_headers(config) + server_headers)
    listed = ", ".join(f"{i} ({n})" for i, n in seen.most_common(5)) or "none"
    trusted = config.mail.trusted_authserv_ids
    if not trusted:
        return (
            f"ids in recent mail: {listed}; none trusted, so replies prove themselves by "
            "their token and captures by the secret address ([mail] trusted_authserv_ids)"
        )
    if seen and not set(trusted) & set(seen):
        raise UserError(
            f"no recent mail carries Authentication-Results from {', '.join(trusted)}; "
            f"ids in recent mail: {listed}. Set [mail] trusted_authserv_ids to your "
            "receiving server's id"
        )
    return f"trusted: {', '.join(trusted)}; ids in recent mail: {listed}"
