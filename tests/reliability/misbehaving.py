"""A loopback HTTP server that misbehaves on purpose: answers 500, or never answers."""

from __future__ import annotations

import contextlib
import socket
import threading
from types import TracebackType


class Misbehaving:
    """``mode = "500"``: every request gets a 500; ``"hang"``: read the request, say nothing."""

    def __init__(self, mode: str = "hang") -> None:
        self.mode = mode
        self.requests = 0
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(32)
        self.port = int(self.listener.getsockname()[1])
        self._open: list[socket.socket] = []
        self._stopped = threading.Event()
        threading.Thread(target=self._serve, name="misbehaving-http", daemon=True).start()

    def url(self, path: str = "/private-s3cr3t-token/cal.ics") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _serve(self) -> None:
        while not self._stopped.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            self._open.append(conn)
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(30)
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
            self.requests += 1
            if self.mode == "hang":
                self._stopped.wait(60)  # hold the connection open, never answer
                return
            body = b"Internal Server Error\n"
            conn.sendall(
                b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n"
                b"Content-Length: "
                + str(len(body)).encode()
                + b"\r\nConnection: close\r\n\r\n"
                + body
            )
        except OSError:
            return
        finally:
            if self.mode != "hang" or self._stopped.is_set():
                conn.close()

    def close(self) -> None:
        self._stopped.set()
        self.listener.close()
        for conn in self._open:
            with contextlib.suppress(OSError):
                conn.close()

    def __enter__(self) -> Misbehaving:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
