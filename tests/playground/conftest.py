"""Fixtures for the browser playground: the site built once per session, served
on localhost, and headless Debian chromium driven by Playwright.

Every browser context records every request it makes (the page's, the
worker's, the service worker's); after each test the `pages` fixture asserts
that none left localhost. Requests elsewhere are also aborted, so that a
regression fails the assertion instead of reaching the network.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--headless=new", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
# Python starts in the page's worker: loading the runtime takes seconds on a
# busy 2-core machine, so waits are generous (speed is measured in bench/)
READY_TIMEOUT_MS = 120_000
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """A fresh build of the playground (cached wheels and downloads make it quick)."""
    from playground.build import build_site
    out = tmp_path_factory.mktemp("playground-site")
    build_site(out, log=lambda msg: None)
    return out


@pytest.fixture(scope="session")
def server(site):
    from playground.serve import serve_in_thread
    srv, _thread = serve_in_thread(site, 0)
    yield f"http://127.0.0.1:{srv.server_address[1]}/"
    srv.shutdown()
    srv.server_close()


# Module scope: Playwright's sync API marks its event loop as running while it
# is open, which would break the async tests (language server, TUI) that run
# after these in the same session.
@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: scripts/setup.d/00-apt.sh installs Debian's chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Pages:
    """New browser contexts (fresh storage each: a "fresh page") with their
    requests recorded."""

    def __init__(self, browser, base_url: str):
        self.browser = browser
        self.base_url = base_url
        self.requests: list[str] = []
        self.contexts = []
        self.errors: list[str] = []

    def new(self, url: str | None = None, wait_ready: bool = True, setup=None, **context_options):
        """A page in a new context; setup(context) runs before it loads."""
        ctx = self.browser.new_context(accept_downloads=True, **context_options)
        ctx.set_default_timeout(30_000)
        ctx.on("request", lambda request: self.requests.append(request.url))
        ctx.route(lambda url: urlsplit(url).hostname not in LOCAL_HOSTS and not url.startswith(("blob:", "data:")),
                  lambda route: route.abort())
        self.contexts.append(ctx)
        if setup is not None:
            setup(ctx)
        page = ctx.new_page()
        page.on("pageerror", lambda err: self.errors.append(str(err)))
        page.on("dialog", lambda dialog: (self.errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
        if url is not None or wait_ready:
            page.goto(url or self.base_url)
        if wait_ready:
            wait_until_ready(page)
        return page

    def close(self):
        for ctx in self.contexts:
            ctx.close()


def wait_until_ready(page) -> None:
    """The engine has answered with the first diagnostics."""
    # a selector, not wait_for_function: the page's CSP forbids the eval it needs
    page.wait_for_selector("html[data-ready=true]", state="attached", timeout=READY_TIMEOUT_MS)



@pytest.fixture
def pages(browser, server):
    p = Pages(browser, server)
    yield p
    p.close()
    outside = [u for u in p.requests
               if not u.startswith(("blob:", "data:")) and urlsplit(u).hostname not in LOCAL_HOSTS]
    assert outside == [], f"requests left localhost: {outside}"
    assert p.requests, "no request was recorded at all (the recorder is broken)"
    assert p.errors == [], f"the page reported errors: {p.errors}"
