#!/usr/bin/env python3
"""Starts a server and prints "<pid> <milliseconds>": the time from spawning it to its first HTTP answer.

usage: first_response.py PORT -- COMMAND...   (the server keeps running; its output goes to /dev/null)
"""
import socket
import subprocess
import sys
import time

port = int(sys.argv[1])
command = sys.argv[sys.argv.index("--") + 1:]
start = time.monotonic()
server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
while time.monotonic() - start < 30:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as connection:
            connection.sendall(b"GET /profiles/first HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            if connection.recv(16).startswith(b"HTTP/1.1 "):
                print(server.pid, round((time.monotonic() - start) * 1000))
                sys.exit(0)
    except OSError:
        time.sleep(0.001)
server.kill()
sys.exit("no answer on port %d within 30 s" % port)
