#!/usr/bin/env python3
"""Opens N keep-alive connections to a server, sends one GET on each and reads its answer, then
holds them all open, idle, until its standard input closes; checks then that none was dropped.

usage: hold_connections.py PORT N PATH

Prints "opened N" once every connection has had its answer, and "still open K" at the end.
Connections are opened in batches and each answer is read before the next batch, so that the
server's accept queue never overflows (an overflow would turn into one-second SYN retries).
"""
import resource
import socket
import sys

port, count, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
request = ("GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" % path).encode()


def read_answer(connection):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(4096)
        if not chunk:
            raise SystemExit("the server closed a connection before answering")
        data += chunk
    head, body = data.split(b"\r\n\r\n", 1)
    if not head.startswith(b"HTTP/1.1 200"):
        raise SystemExit("unexpected answer: %r" % head[:80])
    length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:"))
    while len(body) < length:
        body += connection.recv(4096)


connections = []
for start in range(0, count, 500):
    batch = []
    for _ in range(min(500, count - start)):
        connection = socket.create_connection(("127.0.0.1", port), timeout=10)
        connection.sendall(request)
        batch.append(connection)
    for connection in batch:
        read_answer(connection)
    connections.extend(batch)
print("opened", len(connections), flush=True)

sys.stdin.read()

# A connection the server closed reads as end of stream (b""); an open one has nothing to read.
still_open = 0
for connection in connections:
    connection.setblocking(False)
    try:
        still_open += connection.recv(1) != b""
    except BlockingIOError:
        still_open += 1
    except OSError:
        pass
    connection.close()
print("still open", still_open, flush=True)
