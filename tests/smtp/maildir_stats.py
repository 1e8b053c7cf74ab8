#!/usr/bin/env python3
"""Counts what arrived in a Maildir written by server.py.

Prints one line: messages=N unique=U duplicates=D (by Message-ID). With --expect N, exits
non-zero unless exactly N distinct messages arrived; with --max-duplicates K, unless at
most K messages arrived twice or more.
"""
import argparse
import collections
import email.parser
import os
import sys


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("maildir")
    p.add_argument("--expect", type=int)
    p.add_argument("--max-duplicates", type=int)
    args = p.parse_args()

    ids = collections.Counter()
    new = os.path.join(args.maildir, "new")
    parser = email.parser.BytesHeaderParser()
    for name in os.listdir(new) if os.path.isdir(new) else []:
        with open(os.path.join(new, name), "rb") as f:
            ids[parser.parse(f)["Message-ID"]] += 1
    messages = sum(ids.values())
    duplicates = messages - len(ids)
    print(f"messages={messages} unique={len(ids)} duplicates={duplicates}")
    ok = True
    if args.expect is not None and len(ids) != args.expect:
        ok = False
    if args.max_duplicates is not None and duplicates > args.max_duplicates:
        ok = False
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
