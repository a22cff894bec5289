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
    // For the explorer: bring a part of the drawing (in window coordinates) into view, centred,
    // zooming out if it does not fit and in no further than a third of the whole drawing.
    box.actormapView = {
      show: function (left, top, right, bottom) {
        var a = toDiagram({clientX: left, clientY: top}), b = toDiagram({clientX: right, clientY: bottom});
        var w = Math.min(Math.max((b.x - a.x) * 1.4, start.w / 3), start.w * 1.2);
        var h = w * start.h / start.w;
        if ((b.y - a.y) * 1.4 > h) { h = Math.min((b.y - a.y) * 1.4, start.h * 1.2); w = h * start.w / start.h; }
        view = {x: (a.x + b.x) / 2 - w / 2, y: (a.y + b.y) / 2 - h / 2, w: w, h: h};
        apply();
        box.scrollIntoView({block: "nearest"});
      }
    };
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
