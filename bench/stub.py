#!/usr/bin/env python3
"""A vendor stub for the benchmarks: serves the real captures for any date, counts every call by path, and
can be slowed down while it runs. Loopback only.

    python3 bench/stub.py PORT CAPTURES_DIR

  GET /sodexo/menu?date=D         the Sodexo capture
  GET /cafe/{hall}/{D}/           the Bon Appétit capture of that hall, re-dated to D
  GET /eatec/{Feed}.json          the Pomona feed (JSONP)
  GET /_calls                     {"path": count, ...} of every vendor call so far
  GET /_delay?ms=N                from now on, every vendor answer waits N ms first
  GET /_fail?rate=R               from now on, a share R (0..1) of vendor answers fail, at random one of: a 500,
                                  an HTML error page instead of the menu, a truncated body, a reset connection
"""
import json
import random
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

PORT = int(sys.argv[1])
CAPTURES = Path(sys.argv[2])
CAPTURE_DATE = "2026-02-07"
calls = {}
delay_ms = 0
fail_rate = 0.0
lock = threading.Lock()


def body_for(path):
    if path == "/sodexo/menu":
        return "application/json", (CAPTURES / "sodexo/kshantigreene_cs365_2025_menu_2025-12-01.json").read_bytes()
    cafe = re.fullmatch(r"/cafe/(collins|malott|mcconnell)/(\d{4}-\d{2}-\d{2})/", path)
    if cafe:
        html = (CAPTURES / f"bonappetit/{cafe[1]}_{CAPTURE_DATE}.html").read_text(encoding="utf-8")
        return "text/html; charset=utf-8", html.replace(CAPTURE_DATE, cafe[2]).encode()
    feed = re.fullmatch(r"/eatec/(Frank|Frary|Oldenborg)\.json", path)
    if feed:
        raw = (CAPTURES / f"pomona/jalenjaloney_p-lates5C_{feed[1].lower()}-raw_2025-12-02.json").read_bytes()
        return "application/javascript", b"/**/ menuData(" + raw + b");"
    return None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        global delay_ms, fail_rate
        url = urlsplit(self.path)
        if url.path == "/_calls":
            with lock:
                return self.answer(200, "application/json", json.dumps(calls).encode())
        if url.path == "/_delay":
            delay_ms = int(parse_qs(url.query).get("ms", ["0"])[0])
            return self.answer(200, "text/plain", b"ok")
        if url.path == "/_fail":
            fail_rate = float(parse_qs(url.query).get("rate", ["0"])[0])
            return self.answer(200, "text/plain", b"ok")
        found = body_for(url.path)
        if found is None:
            return self.answer(404, "text/plain", b"no such capture")
        with lock:
            key = url.path + ("?" + url.query if url.query else "")
            calls[key] = calls.get(key, 0) + 1
        if delay_ms:
            time.sleep(delay_ms / 1000)
        if fail_rate and random.random() < fail_rate:
            return self.fail(found)
        self.answer(200, *found)

    def fail(self, found):
        kind = random.choice(("500", "html", "truncated", "reset"))
        if kind == "500":
            return self.answer(500, "text/plain", b"Internal Server Error")
        if kind == "html":
            return self.answer(200, found[0], b"<!DOCTYPE html><html><body><h1>Be right back</h1></body></html>")
        if kind == "truncated":
            return self.answer(200, found[0], found[1][: len(found[1]) // 2])
        self.close_connection = True
        self.connection.shutdown(2)

    def answer(self, status, content_type, body):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer.request_queue_size = 256
ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
