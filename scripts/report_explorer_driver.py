#!/usr/bin/env python3
"""Drives the report's explorer (issue 23) in headless Chromium, as a reader would.

Usage: report_explorer_driver.py CHROMIUM SHOTS_DIR INDEX.html...

For each report it runs the controls twice, once with the mouse and once by keyboard only (Tab,
Shift+Tab, Enter, Space, arrow keys: Input.dispatchKeyEvent), and after each step checks the
page against the data block the page carries (#explorer-data) and takes a screenshot:
  find      types part of a name: the matches are marked, their count shown, the view moved;
  filter    chooses a kind: exactly the actors of other kinds fade;
  focus     clicks an actor (Enter on it): it, its neighbours and the panel with its profile;
  what if   opens the actor's scenario: five lists, the actors it would cut off marked;
  pathway   chooses a pathway, language and district: the route's actors light up, breaks listed.
The keyboard run also checks that every control can be reached with Tab. Any script error
(an exception, console.error) fails the report.

Chromium is spoken to through --remote-debugging-pipe: the DevTools protocol as NUL-separated
JSON on file descriptors 3 (to the browser) and 4 (from it). Only the standard library is used.
"""
import base64
import json
import os
import subprocess
import sys
import time


class Browser:
    def __init__(self, binary):
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()

        def wire():
            # Through fresh copies: a pipe end that already is fd 3 or 4 would keep its
            # close-on-exec flag through a dup2 onto itself.
            read_end, write_end = os.dup(to_browser_r), os.dup(from_browser_w)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        self.process = subprocess.Popen(
            [binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--remote-debugging-pipe", "--no-first-run", "--no-default-browser-check",
             "--window-size=1280,1000", "about:blank"],
            preexec_fn=wire, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.call(domain + ".enable")
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": 1280, "height": 1000, "deviceScaleFactor": 1, "mobile": False})

    def _read_message(self, deadline):
        while b"\0" not in self.buffer:
            if time.time() > deadline:
                raise TimeoutError("Chromium did not answer")
            chunk = os.read(self.from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, timeout=60):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if self.session:
            message["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def wait_for(self, method, timeout=60):
        deadline = time.time() + timeout
        while True:
            for index, event in enumerate(self.events):
                if event["method"] == method:
                    return self.events.pop(index)
            self.events.append(self._read_message(deadline))

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"evaluating {expression[:60]}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def errors(self):
        found = []
        for event in self.events:
            if event["method"] == "Runtime.exceptionThrown":
                details = event["params"]["exceptionDetails"]
                found.append(details.get("exception", {}).get("description") or details.get("text"))
            elif event["method"] == "Runtime.consoleAPICalled" and event["params"]["type"] == "error":
                found.append("console.error: " + " ".join(str(a.get("value")) for a in event["params"]["args"]))
            elif event["method"] == "Log.entryAdded" and event["params"]["entry"]["level"] == "error":
                found.append("log: " + event["params"]["entry"]["text"])
        return found

    def open(self, url):
        self.events.clear()
        self.call("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired")
        time.sleep(0.3)

    def key(self, key, code=None, vk=0, text=None, shift=False):
        params = {"key": key, "code": code or key, "windowsVirtualKeyCode": vk, "modifiers": 8 if shift else 0}
        down = dict(params, type="keyDown")
        if text is not None:
            down["text"] = text
        self.call("Input.dispatchKeyEvent", down)
        self.call("Input.dispatchKeyEvent", dict(params, type="keyUp"))

    def tab(self, shift=False):
        self.key("Tab", vk=9, shift=shift)

    def enter(self):
        self.key("Enter", vk=13, text="\r")

    def space(self):
        self.key(" ", code="Space", vk=32, text=" ")

    def arrow_down(self):
        self.key("ArrowDown", vk=40)

    def type_text(self, text):
        for char in text:
            self.key(char, code="", text=char)

    def click_at(self, x, y):
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})

    def click(self, selector):
        box = self.evaluate(f"""(function () {{
            var el = document.querySelector({json.dumps(selector)});
            if (!el) return null;
            el.scrollIntoView({{block: "center", inline: "center"}});
            var r = el.getBoundingClientRect();
            return [r.left + r.width / 2, r.top + r.height / 2];
        }})()""")
        if box is None:
            raise AssertionError(f"nothing to click at {selector}")
        self.click_at(box[0], box[1])

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", {"format": "png"})["data"]
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))

    def close(self):
        try:
            self.call("Browser.close", timeout=10)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


# What the page should show, worked out here from the data block, independently of explorer.js.
def neighbours_within(data, start, depth):
    adjacent = {}
    for a, b, _ in data["links"]:
        adjacent.setdefault(a, set()).add(b)
        adjacent.setdefault(b, set()).add(a)
    seen, frontier = {start}, {start}
    for _ in range(depth):
        frontier = {w for v in frontier for w in adjacent.get(v, ())} - seen
        seen |= frontier
    return seen


def count(browser, selector):
    return browser.evaluate(f"document.querySelectorAll({json.dumps(selector)}).length")


def active(browser):
    """What has the keyboard focus: an id, a filter's name, or 'actor:<index>' for a node."""
    return browser.evaluate("""(function () {
        var el = document.activeElement;
        if (!el) return "";
        if (el.id) return el.id;
        if (el.getAttribute("data-filter")) return "filter:" + el.getAttribute("data-filter");
        var node = el.closest && el.closest("#diagram .diagram g.node");
        if (node) return "actor:" + node.getAttribute("id");
        if (el.classList && el.classList.contains("xp-whatif")) return "whatif";
        return el.tagName.toLowerCase();
    })()""")


def tab_to(browser, wanted, limit=2500, shift=False):
    """Presses Tab until `wanted(active)` holds; returns every focus stop passed."""
    passed = []
    for _ in range(limit):
        browser.tab(shift=shift)
        now = active(browser)
        passed.append(now)
        if wanted(now):
            return passed
    raise AssertionError(f"Tab never reached the control (last: {passed[-5:]})")


def check(condition, message, problems):
    if not condition:
        problems.append(message)


def run(browser, page, shots, name, keyboard):
    problems = []
    how = "keyboard" if keyboard else "mouse"
    browser.open("file://" + os.path.abspath(page))
    data = browser.evaluate("JSON.parse(document.getElementById('explorer-data').textContent)")
    if data is None:
        return ["no #explorer-data block"]
    check(browser.evaluate("!document.getElementById('explorer').hidden"), "the explorer stayed hidden", problems)
    actors, links = data["actors"], data["links"]
    drawn = count(browser, "#diagram .diagram g.node[id^='actor-']")
    check(drawn == len(actors), f"{drawn} actors drawn, {len(actors)} in the data", problems)
    shot = lambda step: browser.screenshot(os.path.join(shots, f"{name}-{how}-{step}.png"))
    viewbox = lambda: browser.evaluate("document.querySelector('#diagram .diagram svg').getAttribute('viewBox')")

    # The actor the run works with: the one whose loss cuts most actors off (ties: the first).
    scenario_sizes = [len(s["cutOff"]) if s else -1 for s in data["whatIf"]]
    chosen = scenario_sizes.index(max(scenario_sizes))
    actor = actors[chosen]

    if keyboard:
        # Every control can be reached by Tab, in one pass from the top of the page.
        browser.evaluate("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
        wanted = {"xp-find", "xp-clear", "xp-depth"} | {
            "filter:" + f for f in browser.evaluate(
                "Array.prototype.map.call(document.querySelectorAll('select[data-filter]'), s => s.getAttribute('data-filter'))")}
        if data["pathways"]:
            wanted |= {"xp-pathway", "xp-route-language", "xp-show-route"}
            if browser.evaluate("!!document.getElementById('xp-route-district')"):
                wanted.add("xp-route-district")
        passed = tab_to(browser, lambda a: a.startswith("actor:"))
        missing = wanted - set(passed)
        check(not missing, f"not reachable by Tab: {sorted(missing)}", problems)

    # Find: part of the chosen actor's name.
    query = actor["name"][:4]
    before = viewbox()
    if keyboard:
        # Back from the first actor, where the Tab pass above stopped.
        tab_to(browser, lambda a: a == "xp-find", shift=True)
    else:
        browser.click("#xp-find")
    browser.type_text(query)
    folded = query.lower()
    expected = sum(1 for a in actors if folded in (a["name"] + " " + a["id"]).lower())
    hits = count(browser, "#diagram g.node.xm-hit")
    check(hits >= 1 and hits >= expected, f"find '{query}': {hits} marked, at least {expected} expected", problems)
    shown = browser.evaluate("document.getElementById('xp-found').textContent")
    check(str(hits) in shown, f"find: the count says '{shown}', {hits} marked", problems)
    check(viewbox() != before, "find: the view did not move to the matches", problems)
    shot("1-find")

    # Filter: the first kind in the list.
    if keyboard:
        tab_to(browser, lambda a: a == "filter:kind")
        browser.arrow_down()
    else:
        browser.click("select[data-filter=kind]")
        browser.arrow_down()
        browser.key("Escape", vk=27)
    kind = browser.evaluate("document.querySelector('select[data-filter=kind]').value")
    check(kind != "", "filter: no kind chosen", problems)
    faded = count(browser, "#diagram g.node.xm-dim")
    others = sum(1 for a in actors if a["kind"] != kind)
    check(faded == others, f"filter kind={kind}: {faded} actors faded, {others} expected", problems)
    shot("2-filter")

    # Clear, then focus on the chosen actor.
    if keyboard:
        tab_to(browser, lambda a: a == "xp-clear", shift=True)
        browser.enter()
    else:
        browser.click("#xp-clear")
    check(count(browser, "#diagram g.xm-dim, #diagram g.xm-hit, #diagram g.xm-miss") == 0, "clear left marks behind", problems)
    if keyboard:
        tab_to(browser, lambda a: a == "actor:actor-" + actor["id"])
        browser.enter()
    else:
        browser.evaluate("document.querySelector('[data-zoom=reset]').click()")
        browser.click(f"#diagram .diagram g.node[id='actor-{actor['id']}'] a")
    check(browser.evaluate("!document.getElementById('xp-panel').hidden"), "focus: the panel did not open", problems)
    title = browser.evaluate("(document.querySelector('#xp-panel-body h3') || {}).textContent")
    check(title == actor["name"], f"focus: the panel shows '{title}', not '{actor['name']}'", problems)
    near = neighbours_within(data, chosen, 1)
    check(count(browser, "#diagram g.node.xm-center") == 1, "focus: no single centre", problems)
    lit = count(browser, "#diagram g.node.xm-near")
    check(lit == len(near) - 1, f"focus: {lit} neighbours marked, {len(near) - 1} expected", problems)
    check(count(browser, "#diagram g.node.xm-out") == len(actors) - len(near), "focus: the rest did not fade", problems)
    shot("3-focus")

    # What if.
    scenario = data["whatIf"][chosen]
    if keyboard:
        if active(browser) != "whatif":
            tab_to(browser, lambda a: a == "whatif")
        browser.space()
    else:
        browser.click("#xp-panel .xp-whatif")
    lists = count(browser, "#xp-panel .xp-scenario h5")
    check(lists == 5, f"what if: {lists} lists, 5 expected", problems)
    cut = count(browser, "#diagram g.node.xm-cut")
    check(cut == len(scenario["cutOff"]), f"what if: {cut} actors marked cut off, {len(scenario['cutOff'])} expected", problems)
    check(count(browser, "#diagram g.node.xm-removed") == 1, "what if: the actor is not marked as gone", problems)
    shot("4-whatif")

    # A tie in the panel's profile: its actor becomes the focus, and the page stays where it is.
    if not keyboard:
        tie = browser.evaluate("""(function () {
            var a = document.querySelector("#xp-panel-body .xp-profile dd a[href^='#profile-']");
            return a ? a.textContent : null; })()""")
        if tie is not None:
            browser.click("#xp-panel-body .xp-profile dd a[href^='#profile-']")
            title = browser.evaluate("(document.querySelector('#xp-panel-body h3') || {}).textContent")
            check(title == tie, f"a tie in the panel: the panel shows '{title}', not '{tie}'", problems)
            check(browser.evaluate("location.hash") == "", "a tie in the panel left the diagram", problems)
            check(count(browser, "#diagram g.node.xm-center") == 1, "a tie in the panel: no single centre", problems)

    # Pathway: the last language and the first district, so the route differs from the default.
    if data["pathways"]:
        if keyboard:
            tab_to(browser, lambda a: a == "xp-route-language", shift=True)
            for _ in range(len(data["routes"])):
                browser.arrow_down()
            tab_to(browser, lambda a: a == "xp-show-route")
            browser.enter()
        else:
            browser.click("#xp-route-language")
            browser.evaluate("document.activeElement.blur()")
            browser.evaluate("""(function () { var s = document.getElementById('xp-route-language');
                s.selectedIndex = s.options.length - 1; s.dispatchEvent(new Event('change')); })()""")
            browser.click("#xp-show-route")
        key = browser.evaluate("""(function () { var d = document.getElementById('xp-route-district');
            return document.getElementById('xp-pathway').value + '|' + document.getElementById('xp-route-language').value
              + '|' + (d ? d.value : ''); })()""")
        route = data["routes"].get(key)
        check(route is not None, f"pathway: no route {key} in the data", problems)
        if route:
            items = count(browser, "#xp-panel .xp-stages > li")
            expected_items = len(route["stages"]) + len(route["steps"])
            check(items == expected_items, f"pathway {key}: {items} stages and steps listed, {expected_items} expected", problems)
            on_route = {i for usable in route["stages"] for i in usable} | {
                i for step in route["steps"] for chain in step["handOffs"] for i in chain}
            marked = count(browser, "#diagram g.node.xm-route")
            check(marked == len(on_route), f"pathway {key}: {marked} actors lit, {len(on_route)} expected", problems)
            breaks = sum(1 for step in route["steps"] if not step["holds"]) + sum(1 for u in route["stages"] if not u)
            listed = count(browser, "#xp-panel .xp-stages .broken")
            check(listed == breaks, f"pathway {key}: {listed} breaks listed, {breaks} expected", problems)
        shot("5-route")

    for error in browser.errors():
        problems.append("script error: " + str(error))
    return [f"{how}: {p}" for p in problems]


def main():
    binary, shots, pages = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(shots, exist_ok=True)
    failures = 0
    browser = Browser(binary)
    try:
        for page in pages:
            name = os.path.basename(os.path.dirname(os.path.abspath(page)))
            problems = []
            for keyboard in (False, True):
                try:
                    problems += run(browser, page, shots, name, keyboard=keyboard)
                except (AssertionError, RuntimeError, TimeoutError) as stopped:
                    # A step that cannot go on (nothing to click, no answer): the script errors
                    # behind it are usually the reason.
                    how = "keyboard" if keyboard else "mouse"
                    problems.append(f"{how}: stopped: {stopped}")
                    problems += [f"{how}: script error: {error}" for error in browser.errors()]
            if problems:
                failures += 1
                for problem in problems:
                    print(f"FAIL: {page}: {problem}")
            else:
                print(f"ok: {page} (screenshots {shots}/{name}-*.png)")
    finally:
        browser.close()
    print(f"explorer check: {len(pages) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
