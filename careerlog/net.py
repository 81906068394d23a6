"""TLS contexts and plain-language reasons for network failures."""

from __future__ import annotations

import functools
import os
import socket
import ssl


def ssl_context(ca_file: str | None = None) -> ssl.SSLContext:
    """A verifying context; ``ca_file`` adds a private CA or a self-signed server.

    Built once per process (and again when ``ca_file`` changes on disk): loading the
    system certificate store costs ~40 ms, which every IMAP rescan used to pay.
    """
    stamp = None
    if ca_file:
        try:
            info = os.stat(ca_file)
            stamp = (info.st_mtime_ns, info.st_size)
        except OSError:
            stamp = None  # load_verify_locations names the problem
    return _context(ca_file, stamp)


@functools.lru_cache(maxsize=8)
def _context(ca_file: str | None, _stamp: tuple[int, int] | None) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


def explain(exc: BaseException, host: str, port: int | None = None) -> str:
    """One sentence: what went wrong and what to do about it."""
    where = f"{host}:{port}" if port else host
    if isinstance(exc, ssl.SSLCertVerificationError):
        return (
            f"the certificate of {where} is not trusted ({exc.verify_message}); "
            "if it is a private CA or self-signed, set ca_file to its PEM file"
        )
    if isinstance(exc, ssl.SSLError) and exc.reason == "WRONG_VERSION_NUMBER":
        return (
            f"{where} answered in plain text, not TLS: it is a STARTTLS port; "
            'set security = "starttls", or use the server\'s TLS port'
        )
    if isinstance(exc, ssl.SSLError):
        return f"TLS with {where} failed ({exc.reason}); check security = tls/starttls and the port"
    if isinstance(exc, socket.gaierror):
        return f"cannot find the host {host!r}; check the host name"
    if isinstance(exc, ConnectionRefusedError):
        return f"connection to {where} refused; is the server running and the port right?"
    if isinstance(exc, TimeoutError | socket.timeout):
        return f"{where} did not answer in time; check the host, port and firewall"
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot reach {where}: {exc.strerror}"
    return f"{where}: {exc}"


#: how long a plain-text (STARTTLS) server is given to greet before a TLS handshake is
#: tried; mail servers greet within milliseconds, and one that greets later still is
#: not taken for implicit TLS: its greeting, not a TLS answer, fails the handshake
GREETING_WAIT = 0.4


def expects_implicit_tls(host: str, port: int, timeout: float = 1.0) -> bool:
    """Does the server at ``host:port`` stay silent but complete a TLS handshake?

    A plain-text (STARTTLS) mail server greets first ("* OK", "220"); an implicit
    TLS port waits for the client's TLS hello. Connecting there with
    ``security = "starttls"`` waits for a greeting until the timeout and looks
    like a firewall, so ``doctor`` asks this first: after :data:`GREETING_WAIT` of
    silence the same connection tries a handshake, in about half a second in all.
    ``timeout`` bounds the connect and the handshake each. The handshake is not
    verified: it only tells which protocol the port speaks.
    """
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.settimeout(GREETING_WAIT)
            try:
                if sock.recv(1):
                    return False  # a greeting in plain text
            except TimeoutError:
                pass
            sock.settimeout(timeout)
            probe = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # no CA store: nothing is verified
            probe.check_hostname = False
            probe.verify_mode = ssl.CERT_NONE
            with probe.wrap_socket(sock, server_hostname=host):
                return True
    except (OSError, ssl.SSLError):
        return False
