/// The report's style sheet and scripts, inline so that `index.html` works offline, from a USB
/// stick, and behind a council's firewall. The page is complete without script: the diagram
/// scrolls, tables are already in a useful order; the script only adds zoom, pan and sorting.
enum HTMLPageAssets {
    static let style = """
    :root { --ink: #1a1a1a; --muted: #555; --line: #d0d0d0; --high: #b00020; --medium: #a15c00; --low: #2f5d8a;
            --accent: #0072b2; --paper: #fff; --shade: #f4f4f2; }
    * { box-sizing: border-box; }
    body { margin: 0; font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink);
           background: var(--paper); line-height: 1.45; }
    main { max-width: 1100px; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
    h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--line); }
    h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
    p.lead { color: var(--muted); margin: 0 0 1rem; }
    nav.toc { font-size: .9rem; margin: .8rem 0 0; }
    nav.toc a { margin-right: 1rem; }
    a { color: var(--accent); }
    .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); gap: .6rem; margin: .6rem 0; }
    .figure { background: var(--shade); padding: .6rem .8rem; border-radius: 4px; }
    .figure b { display: block; font-size: 1.6rem; }
    .figure span { color: var(--muted); font-size: .85rem; }
    .diagram { border: 1px solid var(--line); border-radius: 4px; overflow: auto; max-height: 80vh; background: #fff;
               position: relative; }
    .diagram svg { display: block; max-width: 100%; height: auto; }
    .diagram.zoomable svg { max-width: none; width: 100%; height: auto; max-height: 75vh; cursor: grab; }
    .overview { border: 1px solid var(--line); border-radius: 4px; background: #fff; overflow: auto; }
    .overview svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
    figure { margin: 0; }
    figcaption { margin-top: .3rem; }
    .zoom { margin: .4rem 0; display: none; gap: .3rem; }
    .zoom button { font: inherit; padding: .15rem .6rem; }
    .hint { color: var(--muted); font-size: .85rem; }
    table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .4rem 0 1rem; }
    th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { background: var(--shade); }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    table.sortable th { cursor: pointer; }
    table.sortable th[aria-sort="descending"]::after { content: " ▼"; }
    table.sortable th[aria-sort="ascending"]::after { content: " ▲"; }
    td.missing { color: var(--high); font-weight: bold; text-align: center; }
    td.thin { background: #fff4d6; text-align: center; }
    td.covered { text-align: center; }
    td.interpreted { text-align: center; font-style: italic; }
    td.not-needed { color: var(--muted); text-align: center; }
    .gap { border-left: 4px solid var(--line); padding: .3rem .7rem; margin: .35rem 0; background: var(--shade); }
    .gap.high { border-color: var(--high); }
    .gap.medium { border-color: var(--medium); }
    .gap.low { border-color: var(--low); }
    .gap .kind { color: var(--muted); font-size: .8rem; display: block; }
    .gap.accepted { border-style: dashed; }
    .gap .reason { color: var(--muted); display: block; }
    ol.pathway { list-style: none; padding: 0; display: flex; flex-wrap: wrap; align-items: stretch; gap: .3rem; }
    ol.pathway li { display: flex; align-items: center; gap: .3rem; }
    .stage { border: 1px solid var(--line); border-radius: 4px; padding: .35rem .6rem; background: var(--shade); }
    .stage small { display: block; color: var(--muted); }
    .handover { font-size: .8rem; color: var(--muted); max-width: 9rem; text-align: center; }
    .handover.broken { color: var(--high); font-weight: bold; }
    .profiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: .8rem; }
    .profile { border: 1px solid var(--line); border-radius: 4px; padding: .6rem .8rem; }
    .profile:target { outline: 3px solid var(--accent); }
    .profile h3 { margin-top: 0; }
    .profile dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .6rem; margin: 0; font-size: .88rem; }
    .profile dt { color: var(--muted); }
    .profile dd { margin: 0; }
    footer { margin-top: 3rem; color: var(--muted); font-size: .8rem; }
    .focus { margin: .5rem 0 0; border: 1px solid var(--line); border-radius: 4px; overflow: auto; }
    .focus svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
    .print-only { display: none; }
    /* On paper (measured by scripts/check-report-print.sh: no word below 6 pt, none past the
       right edge). The diagram gets a landscape page of its own, scaled to its width; tables wrap
       inside the page instead of running off it; headings stay with what follows them. */
    @page { size: A4; margin: 15mm 14mm; }
    @page diagram { size: A4 landscape; margin: 10mm; }
    @media print {
      html, body { font-size: 9.5pt; }
      body { line-height: 1.35; }
      main { max-width: none; padding: 0; }
      nav.toc, .zoom, .hint, .noprint { display: none !important; }
      .print-only { display: block; }
      h1 { font-size: 16pt; }
      h2 { font-size: 13pt; margin-top: 1.2rem; }
      h3 { font-size: 11pt; }
      h1, h2, h3, h4, caption, thead { break-after: avoid; page-break-after: avoid; }
      p, li, dd { orphans: 3; widows: 3; }
      .figures { grid-template-columns: repeat(4, 1fr); }
      .figure b { font-size: 14pt; }
      #diagram { page: diagram; break-before: page; break-after: page; }
      #diagram h2 { margin: 0 0 2mm; }
      /* The screen's diagram (services, languages, 2,400 points wide for Halle) would print its
         words at 3 points; paper gets the compact drawing, its viewBox keeping the proportions
         while it fills the width or the height left under the heading, and the key on the next
         page (PrintDiagram in NetworkReports). */
      #diagram .diagram { display: none; }
      .diagram-print svg { display: block; width: 100%; height: auto; max-height: 175mm; }
      .diagram-print-key { break-before: page; }
      .diagram-print-key svg { display: block; max-width: 100%; height: auto; }
      /* No compact drawing is legible on A4 (a big network): the diagram gives way on paper to
         its overviews, or to the tables, which the caption names. */
      #diagram.print-replaced { page: auto; break-before: auto; break-after: auto; }
      #diagram.print-replaced figcaption.hint { display: block !important; }
      .overview { border: none; overflow: visible; }
      .overview svg { width: 100%; height: auto; max-height: 190mm; }
      .focus { display: none; }
      figure { break-inside: avoid; }
      table { font-size: 7.5pt; width: 100%; max-width: 100%; }
      th, td { padding: .15rem .25rem; }
      /* A cell's words may break anywhere (a long name, a web address), so no column is wider
         than the page; a heading breaks only between words ("Betwee-nness" helps nobody), and
         at 7 pt the longest, "Betweenness", needs 40 points. */
      td { overflow-wrap: anywhere; }
      th { font-size: 7pt; overflow-wrap: normal; }
      tr, .gap, .profile, ol.pathway, .stage { break-inside: avoid; }
      .profiles { display: block; }
      .profile { margin: 0 0 .5rem; }
      .profile dl { grid-template-columns: 9rem 1fr; }
      .profile dd, .profile dt { overflow-wrap: anywhere; }
      ol.pathway { display: block; }
      ol.pathway li { display: inline-flex; margin: 0 0 .2rem; }
      a { color: inherit; text-decoration: none; }
      pre, code { white-space: pre-wrap; overflow-wrap: anywhere; }
    }
    """

    /// Zoom and pan by changing the diagram's viewBox; sorting by a column's `data-value`s.
    static let script = """
    (function () {
      "use strict";
      var box = document.querySelector(".diagram");
      var svg = box && box.querySelector("svg");
      if (svg && svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width > 0) {
        var base = svg.viewBox.baseVal, start = {x: base.x, y: base.y, w: base.width, h: base.height};
        var view = {x: start.x, y: start.y, w: start.w, h: start.h};
        box.classList.add("zoomable");
        var apply = function () { svg.setAttribute("viewBox", view.x + " " + view.y + " " + view.w + " " + view.h); };
        var zoom = function (factor, cx, cy) {
          var nw = view.w * factor, nh = view.h * factor;
          if (nw < start.w / 40 || nw > start.w * 4) { return; }
          view.x = cx - (cx - view.x) * factor; view.y = cy - (cy - view.y) * factor; view.w = nw; view.h = nh; apply();
        };
        var toDiagram = function (event) {
          var r = svg.getBoundingClientRect();
          var s = Math.max(view.w / r.width, view.h / r.height);
          var ox = (r.width * s - view.w) / 2, oy = (r.height * s - view.h) / 2;
          return {x: view.x - ox + (event.clientX - r.left) * s, y: view.y - oy + (event.clientY - r.top) * s, s: s};
        };
        svg.addEventListener("wheel", function (event) {
          event.preventDefault(); var p = toDiagram(event); zoom(event.deltaY < 0 ? 0.85 : 1 / 0.85, p.x, p.y);
        }, {passive: false});
        var drag = null;
        svg.addEventListener("pointerdown", function (event) {
          if (event.target.closest && event.target.closest("a")) { return; }
          var r = svg.getBoundingClientRect();
          drag = {cx: event.clientX, cy: event.clientY, x: view.x, y: view.y,
                  s: Math.max(view.w / r.width, view.h / r.height)};
          svg.style.cursor = "grabbing";
        });
        window.addEventListener("pointermove", function (event) {
          if (!drag) { return; }
          view.x = drag.x - (event.clientX - drag.cx) * drag.s;
          view.y = drag.y - (event.clientY - drag.cy) * drag.s;
          apply();
        });
        window.addEventListener("pointerup", function () { drag = null; svg.style.cursor = ""; });
        var controls = document.querySelector(".zoom");
        if (controls) {
          controls.style.display = "flex";
          controls.addEventListener("click", function (event) {
            var action = event.target.getAttribute("data-zoom");
            var cx = view.x + view.w / 2, cy = view.y + view.h / 2;
            if (action === "in") { zoom(0.8, cx, cy); }
            if (action === "out") { zoom(1.25, cx, cy); }
            if (action === "reset") { view = {x: start.x, y: start.y, w: start.w, h: start.h}; apply(); }
          });
        }
      }
      Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
        var heads = table.querySelectorAll("th");
        Array.prototype.forEach.call(heads, function (th, column) {
          th.setAttribute("tabindex", "0");
          var sort = function () {
            var descending = th.getAttribute("aria-sort") !== "descending";
            Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
            th.setAttribute("aria-sort", descending ? "descending" : "ascending");
            var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
            var key = function (row) {
              var cell = row.cells[column], v = cell.getAttribute("data-value");
              return v === null ? cell.textContent : (v === "" ? -Infinity : parseFloat(v));
            };
            rows.sort(function (a, b) {
              var x = key(a), y = key(b), c = (typeof x === "number" && typeof y === "number") ? x - y
                : String(x).localeCompare(String(y));
              return descending ? -c : c;
            });
            rows.forEach(function (row) { body.appendChild(row); });
          };
          th.addEventListener("click", sort);
          th.addEventListener("keydown", function (event) { if (event.key === "Enter") { sort(); } });
        });
      });
    })();
    """
}
