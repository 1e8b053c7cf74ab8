#!/usr/bin/env python3
"""A real SMTP server for the mail tests, fault checks and benchmark.

Listens on 127.0.0.1:PORT (aiosmtpd) and writes every accepted message, byte for byte as
received, to a Maildir (DIR/new/). Prints "ready" once it accepts connections; stops on
SIGTERM or SIGINT.

  --reject ADDR          answer RCPT TO:<ADDR> with a permanent 550 (repeatable)
  --tempfail ADDR        answer RCPT TO:<ADDR> with a temporary 451, always (repeatable)
  --tempfail-first N     answer the first N RCPT commands with a temporary 451

Needs aiosmtpd: pip install aiosmtpd
"""
import argparse
import mailbox
import os
import signal
import sys
import threading

try:
    from aiosmtpd.controller import Controller
except ImportError:
    sys.exit("tests/smtp/server.py needs aiosmtpd: pip install aiosmtpd")


class Handler:
    def __init__(self, maildir, reject, tempfail, tempfail_first):
        # Maildir(create=True) leaves an existing empty folder without tmp/new/cur.
        for sub in ("tmp", "new", "cur"):
            os.makedirs(os.path.join(maildir, sub), exist_ok=True)
        self.maildir = mailbox.Maildir(maildir, create=False)
        self.reject = {a.lower() for a in reject}
        self.tempfail = {a.lower() for a in tempfail}
        self.tempfail_first = tempfail_first
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.reject:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown in local recipient table"
        if address.lower() in self.tempfail:
            return f"451 4.7.1 <{address}>: Recipient address temporarily rejected: try again later"
        with self.lock:
            if self.tempfail_first > 0:
                self.tempfail_first -= 1
                return "451 4.3.0 Temporary local problem: try again later"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.maildir.add(envelope.original_content or envelope.content)
        return "250 2.0.0 OK: queued"


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--maildir", required=True)
    p.add_argument("--reject", action="append", default=[])
    p.add_argument("--tempfail", action="append", default=[])
    p.add_argument("--tempfail-first", type=int, default=0)
    args = p.parse_args()

    handler = Handler(args.maildir, args.reject, args.tempfail, args.tempfail_first)
    controller = Controller(handler, hostname="127.0.0.1", port=args.port)
    controller.start()
    print("ready", flush=True)

    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
