#!/usr/bin/env python3
"""Serves the built playground on localhost with the two headers that make the page cross-origin
isolated (Cross-Origin-Opener-Policy and Cross-Origin-Embedder-Policy), without which a browser
gives no SharedArrayBuffer and the page falls back from live stepping to a recorded run.

    python3 web/serve.py [SITE_DIR] [PORT]      (defaults build-wasm/playground, 8000)
"""
import functools
import http.server
import sys


class IsolatedHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript"}

    def end_headers(self):
        self.send_header("Cross-Origin-Opener-Policy", "same-origin")
        self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
        super().end_headers()


def main(argv):
    site = argv[0] if argv else "build-wasm/playground"
    port = int(argv[1]) if len(argv) > 1 else 8000
    handler = functools.partial(IsolatedHandler, directory=site)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        print("serving %s on http://127.0.0.1:%d/ (cross-origin isolated: live stepping)" % (site, port))
        server.serve_forever()


if __name__ == "__main__":
    main(sys.argv[1:])
