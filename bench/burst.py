#!/usr/bin/env python3
"""N concurrent requests for one URL, sent at the same instant: every connection is opened first, then all
requests are written at once. Prints "n=N statuses={...} slowest_ms=S median_ms=M". Loopback only; every
request is bounded by a 60 s timeout, so the run stops by itself.

    python3 bench/burst.py N http://127.0.0.1:PORT/path
"""
import asyncio
import statistics
import sys
import time
from urllib.parse import urlsplit

N = int(sys.argv[1])
URL = urlsplit(sys.argv[2])
TIMEOUT = 60


connected = 0


async def one(start: asyncio.Event, results: list):
    global connected
    reader, writer = await asyncio.wait_for(asyncio.open_connection(URL.hostname, URL.port), TIMEOUT)
    connected += 1
    target = URL.path + ("?" + URL.query if URL.query else "")
    request = f"GET {target} HTTP/1.1\r\nHost: {URL.netloc}\r\nConnection: close\r\n\r\n".encode()
    await start.wait()
    began = time.perf_counter()
    writer.write(request)
    await writer.drain()
    try:
        answer = await asyncio.wait_for(reader.read(-1), TIMEOUT)
        status = answer.split(b" ", 2)[1].decode() if answer.startswith(b"HTTP/") else "garbled"
    except asyncio.TimeoutError:
        status = "timeout"
    results.append((status, (time.perf_counter() - began) * 1000))
    writer.close()


async def main():
    start, results = asyncio.Event(), []
    tasks = [asyncio.create_task(one(start, results)) for _ in range(N)]
    deadline = time.monotonic() + TIMEOUT
    while connected + sum(1 for t in tasks if t.done()) < N and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    start.set()
    await asyncio.gather(*tasks, return_exceptions=True)
    statuses = {}
    for status, _ in results:
        statuses[status] = statuses.get(status, 0) + 1
    failed = N - len(results)
    if failed:
        statuses["connect-failed"] = failed
    times = [ms for _, ms in results] or [0]
    print(f"n={N} statuses={statuses} slowest_ms={max(times):.0f} median_ms={statistics.median(times):.0f}")


asyncio.run(main())
