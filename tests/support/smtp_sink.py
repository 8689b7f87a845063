"""A loopback SMTP server for Vigie's tests (Debian's python3-aiosmtpd).

Writes every accepted message to OUT_DIR as NNNN.json: the envelope (mail_from, rcpt_tos), the raw data
(latin-1 escaped, so bytes survive), and what Python's own email parser makes of it (decoded subject, header
fields, each part's type and decoded text, parse defects), so that the test checks the MIME against an
independent reader. Prints "PORT <n>" on stdout once it accepts connections; stops on SIGTERM.

Recipients whose local part starts with "refuse" get 550, "busy" always 450, "busyonce" 450 the first time.

With --hold-dir, prints "STORED <n>" once message n is written, and the answer to message n's data (250) waits
until the file HOLD_DIR/release-<n> exists (at most 30 s): the test decides what the client may learn, e.g. to
kill it while the server has the mail and the client does not know.
"""

import argparse
import asyncio
import email
import email.policy
import json
import os
import signal
import socket
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    def __init__(self, out_dir, hold_dir=None):
        self.out_dir = out_dir
        self.hold_dir = hold_dir
        self.count = 0
        self.deferred_once = set()
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0].lower()
        if local.startswith("refuse"):
            return "550 5.1.1 <%s>: no such user" % address
        if local.startswith("busyonce"):
            if address not in self.deferred_once:
                self.deferred_once.add(address)
                return "450 4.2.1 <%s>: mailbox busy, try later" % address
        elif local.startswith("busy"):
            return "450 4.2.1 <%s>: mailbox busy, try later" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        message = email.message_from_bytes(raw, policy=email.policy.default)
        parts = []
        for part in message.walk():
            if part.is_multipart():
                continue
            parts.append({
                "content_type": part.get_content_type(),
                "charset": part.get_content_charset() or "",
                "transfer_encoding": part.get("Content-Transfer-Encoding", ""),
                "text": part.get_content(),
                "defects": len(part.defects),
            })
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "raw": raw.decode("latin-1"),
            "headers": [[name, str(value)] for name, value in message.items()],
            "subject": str(message.get("Subject", "")),
            "content_type": message.get_content_type(),
            "parts": parts,
            "defects": len(message.defects),
        }
        with self.lock:
            self.count += 1
            name = "%04d" % self.count
        temporary = os.path.join(self.out_dir, name + ".tmp")
        with open(temporary, "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        os.replace(temporary, os.path.join(self.out_dir, name + ".json"))
        if self.hold_dir:
            print("STORED %d" % int(name), flush=True)
            release = os.path.join(self.hold_dir, "release-%d" % int(name))
            for _ in range(6000):
                if os.path.exists(release):
                    break
                await asyncio.sleep(0.005)
        return "250 Message accepted"


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password-file", required=True)
    parser.add_argument("--implicit-tls", action="store_true")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--hold-dir")
    args = parser.parse_args()

    with open(args.password_file, "rb") as f:
        password = f.read().strip()
    user = args.user.encode()

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == user and auth_data.password == password
        return AuthResult(success=ok, handled=False)

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)
    port = args.port or free_port()
    smtp_options = dict(authenticator=authenticator, auth_required=True, auth_require_tls=True)
    if args.implicit_tls:
        # aiosmtpd 1.4 counts only STARTTLS as TLS for AUTH; an implicit-TLS connection is TLS from its first
        # byte, so requiring it again would hide AUTH altogether.
        smtp_options["auth_require_tls"] = False
        controller = Controller(Sink(args.out, args.hold_dir), hostname="127.0.0.1", port=port, ssl_context=context,
                                **smtp_options)
    else:
        controller = Controller(Sink(args.out, args.hold_dir), hostname="127.0.0.1", port=port, tls_context=context,
                                require_starttls=True, **smtp_options)
    controller.start()
    print("PORT %d" % port, flush=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    # Also stop when the test process goes away and closes our stdin.
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
