#!/usr/bin/env python3
"""A stand-in for SSB's PxWebAPI v2 on 127.0.0.1 for the fetch tests (no network needed).

Usage: pxweb_server.py FIXTURE_DIR — binds a free port, prints it on the first line of
stdout, and serves until killed. The first path segment chooses the behaviour, so that one
server covers every case; the rest is the API's own path:
  /ok/tables/14288/metadata?...           the table's metadata (14288-metadata.json)
  /ok/tables/14288/data?valueCodes[...]   the data for Region=4601, ContentsCode=Personer1
                                           (14288-data-4601-MMMM.json); 400 for other selections
  /http500/...                            500 Internal Server Error
  /malformed/...                          metadata as usual, data that is not JSON-stat2
  /slow/...                               answers after 30 s (for timeouts)
"""
import http.server
import json
import pathlib
import sys
import time
import urllib.parse

FIXTURES = pathlib.Path(sys.argv[1])


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, fmt, *args):  # keep the test's output clean
        pass

    def send(self, status, body, kind="application/json; charset=UTF-8"):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        parts = url.path.strip("/").split("/")
        query = dict(urllib.parse.parse_qsl(url.query))
        mode, rest = parts[0], parts[1:]
        if mode == "slow":
            time.sleep(30)
        if mode == "http500":
            return self.send(500, json.dumps({"error": "Internal Server Error"}))
        if rest[:2] != ["tables", "14288"] or len(rest) != 3:
            return self.send(404, json.dumps({"type": "Not found", "title": "No such table"}))
        if query.get("lang") != "no" or query.get("outputFormat") != "json-stat2":
            return self.send(400, json.dumps({"title": "lang=no and outputFormat=json-stat2 expected"}))
        if rest[2] == "metadata":
            return self.send(200, (FIXTURES / "14288-metadata.json").read_bytes())
        if rest[2] != "data":
            return self.send(404, json.dumps({"title": "No such endpoint"}))
        if mode == "malformed":
            return self.send(200, json.dumps({"version": "2.0", "class": "dataset", "id": ["Region"], "size": [1]}))
        wanted = {"valueCodes[Region]": "4601", "valueCodes[ContentsCode]": "Personer1",
                  "valueCodes[Alder]": "*", "valueCodes[Tid]": "*"}
        for key, value in wanted.items():
            if query.get(key) != value:
                return self.send(400, json.dumps({"title": f"{key}={query.get(key)} is not served by this fixture"}))
        return self.send(200, (FIXTURES / "14288-data-4601-MMMM.json").read_bytes())


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
