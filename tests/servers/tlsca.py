"""A throw-away certificate authority for the test servers, made with the openssl CLI.

`TlsCa.create(dir)` writes:
- ca.pem / ca.key: a CA certificate (what clients trust, `ca_file`);
- server.pem / server.key: a server certificate signed by that CA, SAN DNS:localhost and
  IP:127.0.0.1 (`cert_file`, `key_file`), used by Dovecot, the SMTP server and Radicale;
- untrusted.pem / untrusted.key: an UNRELATED self-signed certificate for the same names,
  so tests can provoke "certificate verify failed" (see `untrusted_listener`).
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_OPENSSL_CNF = """\
[req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[server_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
"""
_EC = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]


def _openssl(*args: str, cwd: Path) -> None:
    proc = subprocess.run(["openssl", *args], cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"openssl {' '.join(args)} failed:\n{proc.stderr}")


@dataclass(frozen=True)
class TlsCa:
    directory: Path

    @property
    def ca_file(self) -> str:
        return str(self.directory / "ca.pem")

    @property
    def cert_file(self) -> str:
        return str(self.directory / "server.pem")

    @property
    def key_file(self) -> str:
        return str(self.directory / "server.key")

    @property
    def untrusted_cert_file(self) -> str:
        return str(self.directory / "untrusted.pem")

    @property
    def untrusted_key_file(self) -> str:
        return str(self.directory / "untrusted.key")

    @classmethod
    def create(cls, directory: Path, days: int = 30) -> TlsCa:
        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        (d / "openssl.cnf").write_text(_OPENSSL_CNF)
        cnf, n = ["-config", "openssl.cnf"], str(days)
        ca = ["-keyout", "ca.key", "-out", "ca.pem", "-subj", "/CN=careerlog test CA"]
        _openssl("req", "-x509", *cnf, *_EC, *ca, "-days", n, "-extensions", "ca_ext", cwd=d)
        csr = ["-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost"]
        _openssl("req", "-new", *cnf, *_EC, *csr, cwd=d)
        sign = ["-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "server.pem"]
        ext = ["-extfile", "openssl.cnf", "-extensions", "server_ext"]
        _openssl("x509", "-req", "-in", "server.csr", *sign, "-days", n, *ext, cwd=d)
        other = ["-keyout", "untrusted.key", "-out", "untrusted.pem", "-subj", "/CN=localhost"]
        _openssl("req", "-x509", *cnf, *_EC, *other, "-days", n, *ext[2:], cwd=d)
        for key in ("ca.key", "server.key", "untrusted.key"):
            (d / key).chmod(0o644)  # Dovecot reads keys as root, but keep it simple for all
        return cls(d)

    def client_context(self) -> ssl.SSLContext:
        """An SSL context that trusts only this CA (what careerlog should build from ca_file)."""
        return ssl.create_default_context(cafile=self.ca_file)

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(self.cert_file, self.key_file)
        return ctx

    @contextlib.contextmanager
    def untrusted_listener(self) -> Iterator[int]:
        """Yield a port on 127.0.0.1 whose TLS handshake presents the unrelated certificate.

        It sends nothing after the handshake; clients verifying against `ca_file` must fail.
        """
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(self.untrusted_cert_file, self.untrusted_key_file)
        srv = socket.create_server(("127.0.0.1", 0))
        srv.settimeout(0.2)
        stop = threading.Event()

        def serve() -> None:
            while not stop.is_set():
                try:
                    conn, _ = srv.accept()
                except OSError:
                    continue
                with contextlib.suppress(OSError), ctx.wrap_socket(conn, server_side=True):
                    pass
                conn.close()

        thread = threading.Thread(target=serve, name="untrusted-tls", daemon=True)
        thread.start()
        try:
            yield int(srv.getsockname()[1])
        finally:
            stop.set()
            thread.join(timeout=2)
            srv.close()
