/* The report's explorer: find, filter, focus, what if, pathways (issue 23).
   Everything it shows comes from the JSON block #explorer-data, computed by actormap with the same
   analyses as `scenario --remove-each` and `route`; the script looks results up and marks the
   diagram with classes (xm-*), so the layout never moves and the reader keeps their bearings.
   It writes text only (textContent), never markup, so nothing from a network file can become
   HTML here either. No dependency; works from a file:// page. */
(function () {
  "use strict";
  var block = document.getElementById("explorer-data");
  var controls = document.getElementById("explorer");
  var box = document.querySelector("#diagram .diagram");
  var svg = box && box.querySelector("svg");
  var panel = document.getElementById("xp-panel");
  if (!block || !controls || !svg || !panel) { return; }
  var data = JSON.parse(block.textContent);
  var W = data.words, actors = data.actors, links = data.links;
  var view = box.actormapView || null;

  // The drawing's elements, found once: nodes by actor, edges by link (stable ids from Graphviz:
  // actor-<id> and link-<from>-<to>-<type>).
  var nodeById = {}, edgeById = {};
  Array.prototype.forEach.call(svg.querySelectorAll("g.node"), function (g) { nodeById[g.getAttribute("id")] = g; });
  Array.prototype.forEach.call(svg.querySelectorAll("g.edge"), function (g) {
    var id = g.getAttribute("id");
    (edgeById[id] = edgeById[id] || []).push(g);
  });
  var nodes = actors.map(function (a) { return nodeById["actor-" + a.id] || null; });
  var indexOfNode = new Map();
  nodes.forEach(function (g, i) { if (g) { indexOfNode.set(g, i); } });
  var edges = links.map(function (l) {
    return edgeById["link-" + actors[l[0]].id + "-" + actors[l[1]].id + "-" + l[2]] || [];
  });
  var neighbours = actors.map(function () { return []; });
  var linkTypes = actors.map(function () { return {}; });
  var linksBetween = new Map();
  var pair = function (i, j) { return i < j ? i + "|" + j : j + "|" + i; };
  links.forEach(function (l, k) {
    neighbours[l[0]].push(l[1]); neighbours[l[1]].push(l[0]);
    linkTypes[l[0]][l[2]] = true; linkTypes[l[1]][l[2]] = true;
    var key = pair(l[0], l[1]);
    if (!linksBetween.has(key)) { linksBetween.set(key, []); }
    linksBetween.get(key).push(k);
  });

  var state = {query: "", filters: {}, focus: null, depth: 1, whatIf: null, route: null};
  var found = document.getElementById("xp-found");
  var findBox = document.getElementById("xp-find");
  var depthBox = document.getElementById("xp-depth");
  var panelBody = document.getElementById("xp-panel-body");

  // Accents do not hinder finding: "Sudost" finds "Südost", "zvez" finds "Zveza".
  var fold = function (text) { return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); };
  var folded = actors.map(function (a) { return fold(a.name + " " + a.id); });

  var passes = function (i) {
    var a = actors[i], f = state.filters;
    return (!f.kind || a.kind === f.kind) && (!f.sector || a.sector === f.sector)
      && (!f.service || a.services.indexOf(f.service) >= 0)
      && (!f.language || a.languages.indexOf(f.language) >= 0)
      // An actor without districts works city-wide, so it serves every district.
      && (!f.district || a.districts.length === 0 || a.districts.indexOf(f.district) >= 0)
      && (!f.mark || a.marks.indexOf(f.mark) >= 0)
      && (!f.linkType || linkTypes[i][f.linkType] === true);
  };

  var withinDepth = function (start, depth) {
    var seen = {}, frontier = [start];
    seen[start] = true;
    for (var step = 0; step < depth; step++) {
      var next = [];
      frontier.forEach(function (v) {
        neighbours[v].forEach(function (w) { if (!seen[w]) { seen[w] = true; next.push(w); } });
      });
      frontier = next;
    }
    return seen;
  };

  var text = function (tag, content, className) {
    var el = document.createElement(tag);
    if (content !== undefined) { el.textContent = content; }
    if (className) { el.className = className; }
    return el;
  };
  var names = function (indices) { return indices.map(function (i) { return actors[i].name; }); };

  // One pass sets every mark from the state: filters fade, find and focus highlight, what if and
  // the route mark their actors and links.
  var render = function () {
    var q = fold(state.query.trim());
    var scenario = state.whatIf === null ? null : data.whatIf[state.whatIf];
    // A loss reaches beyond the neighbours: while it is shown, the focus does not fade the rest.
    var hits = [], focusSet = state.focus === null || scenario ? null : withinDepth(state.focus, state.depth);
    var cut = {};
    if (scenario) { scenario.cutOff.forEach(function (i) { cut[i] = true; }); }
    var route = state.route, onRoute = {}, atBreak = {}, routeLinks = {};
    if (route) {
      route.stages.forEach(function (usable) { usable.forEach(function (i) { onRoute[i] = true; }); });
      route.steps.forEach(function (step, s) {
        step.handOffs.forEach(function (chain) {
          chain.forEach(function (i) { onRoute[i] = true; });
          for (var c = 0; c + 1 < chain.length; c++) {
            (linksBetween.get(pair(chain[c], chain[c + 1])) || []).forEach(function (k) { routeLinks[k] = true; });
          }
        });
        if (!step.holds) { route.stages[s].forEach(function (i) { atBreak[i] = true; }); }
      });
    }
    var pass = actors.map(function (_, i) { return passes(i); });
    nodes.forEach(function (g, i) {
      if (!g) { return; }
      var hit = q !== "" && folded[i].indexOf(q) >= 0;
      if (hit) { hits.push(i); }
      g.classList.toggle("xm-dim", !pass[i]);
      g.classList.toggle("xm-hit", hit);
      // The rest steps back while a search is typed, so a few matches stand out among hundreds.
      g.classList.toggle("xm-miss", q !== "" && !hit);
      g.classList.toggle("xm-out", focusSet !== null && !focusSet[i]);
      g.classList.toggle("xm-near", focusSet !== null && !!focusSet[i] && i !== state.focus);
      g.classList.toggle("xm-center", i === state.focus);
      g.classList.toggle("xm-removed", scenario !== null && i === state.whatIf);
      g.classList.toggle("xm-cut", !!cut[i]);
      g.classList.toggle("xm-route", !!onRoute[i]);
      g.classList.toggle("xm-break", !!atBreak[i]);
    });
    edges.forEach(function (list, k) {
      var l = links[k];
      var typeOK = !state.filters.linkType || l[2] === state.filters.linkType;
      var near = focusSet !== null && !!focusSet[l[0]] && !!focusSet[l[1]];
      list.forEach(function (g) {
        g.classList.toggle("xm-dim", !typeOK || !pass[l[0]] || !pass[l[1]]);
        g.classList.toggle("xm-out", focusSet !== null && !near);
        g.classList.toggle("xm-near", near);
        g.classList.toggle("xm-route", !!routeLinks[k]);
      });
    });
    found.textContent = q === "" ? "" : W.explorerFound.replace("{n}", String(hits.length));
    return hits;
  };

  var showActors = function (indices) {
    if (!view || indices.length === 0) { return; }
    var left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
    indices.forEach(function (i) {
      if (!nodes[i]) { return; }
      var r = nodes[i].getBoundingClientRect();
      left = Math.min(left, r.left); top = Math.min(top, r.top);
      right = Math.max(right, r.right); bottom = Math.max(bottom, r.bottom);
    });
    if (left < right) { view.show(left, top, right, bottom); }
  };

  // The panel beside the diagram: the actor's profile (a copy of its article further down) and
  // the what-if button; or the route.
  var openPanel = function (heading) {
    panelBody.textContent = "";
    panel.hidden = false;
    box.parentNode.classList.add("xp-open");
    if (heading) { panelBody.appendChild(heading); }
  };
  var closePanel = function () {
    panel.hidden = true;
    box.parentNode.classList.remove("xp-open");
    panelBody.textContent = "";
  };

  var list = function (label, items) {
    var section = document.createElement("div");
    section.className = "xp-list";
    section.appendChild(text("h5", label));
    if (items.length === 0) {
      section.appendChild(text("p", W.explorerNothing, "hint"));
    } else {
      var ul = document.createElement("ul");
      items.forEach(function (item) { ul.appendChild(text("li", item)); });
      section.appendChild(ul);
    }
    return section;
  };

  var showWhatIf = function (i, where, button) {
    var scenario = data.whatIf[i];
    if (!scenario) { return; }
    state.whatIf = i;
    button.setAttribute("aria-expanded", "true");
    where.textContent = "";
    where.appendChild(list(W.cutOff, names(scenario.cutOff)));
    where.appendChild(list(W.servicesLost, scenario.servicesLost));
    where.appendChild(list(W.explorerCoverageLost, scenario.coverageLost));
    where.appendChild(list(W.explorerPathwaysBroken, scenario.pathwaysBroken));
    where.appendChild(list(W.gapsOpened, scenario.gapsOpened));
    render();
    // The answer opens under the button, below the panel's fold on a long profile: bring it up.
    if (where.scrollIntoView) { where.scrollIntoView({block: "nearest"}); }
    if (scenario.cutOff.length > 0) { showActors(scenario.cutOff.concat([i])); }
  };

  var focusOn = function (i) {
    state.focus = i;
    state.whatIf = null;
    state.route = null;
    render();
    var profile = document.getElementById("profile-" + actors[i].id);
    var card;
    if (profile) {
      card = profile.cloneNode(true);
      card.removeAttribute("id");
      // The copy loses the parts that only make sense once on the page: ids, its small diagram,
      // the way back to the diagram it now sits beside.
      Array.prototype.forEach.call(card.querySelectorAll(".focus, .noprint"), function (el) { el.remove(); });
      Array.prototype.forEach.call(card.querySelectorAll("[id]"), function (el) { el.removeAttribute("id"); });
      card.className = "xp-profile";
    } else {
      card = text("div", undefined, "xp-profile");
      card.appendChild(text("h3", actors[i].name));
    }
    openPanel(card);
    if (data.whatIf[i]) {
      var button = text("button", W.explorerWhatIf, "xp-whatif");
      button.type = "button";
      button.setAttribute("aria-expanded", "false");
      var where = text("div", undefined, "xp-scenario");
      where.setAttribute("aria-live", "polite");
      button.addEventListener("click", function () { showWhatIf(i, where, button); });
      panelBody.appendChild(button);
      panelBody.appendChild(where);
    }
    showActors(Object.keys(withinDepth(i, state.depth)).map(Number));
  };

  var showRoute = function () {
    var pathway = document.getElementById("xp-pathway");
    var language = document.getElementById("xp-route-language");
    var district = document.getElementById("xp-route-district");
    if (!pathway || !language) { return; }
    var key = pathway.value + "|" + language.value + "|" + (district ? district.value : "");
    var route = data.routes[key];
    if (!route) { return; }
    var shape = data.pathways[Number(pathway.value)];
    state.route = route;
    state.focus = null;
    state.whatIf = null;
    render();
    var heading = text("h3", shape.name + " · " + language.options[language.selectedIndex].text
      + (district ? " · " + district.value : ""));
    openPanel(heading);
    var holds = route.steps.every(function (s) { return s.holds; })
      && route.stages.every(function (u) { return u.length > 0; });
    if (holds) { panelBody.appendChild(text("p", W.explorerRouteHolds, "xp-holds")); }
    var ol = text("ol", undefined, "xp-stages");
    route.stages.forEach(function (usable, s) {
      var li = text("li", undefined, usable.length === 0 ? "xp-stage broken" : "xp-stage");
      li.appendChild(text("strong", shape.stages[s]));
      li.appendChild(text("span", usable.length === 0 ? W.explorerNobodyServes : names(usable).join(", ")));
      ol.appendChild(li);
      var step = route.steps[s];
      if (step) {
        var arrow = step.holds ? "↓" + (step.via.length > 0 ? " " + W.explorerRouteVia + " " + names(step.via).join(", ") : "")
          : "✕ " + W.explorerRouteBreaks;
        ol.appendChild(text("li", arrow, step.holds ? "xp-step" : "xp-step broken"));
      }
    });
    panelBody.appendChild(ol);
    var lit = [];
    route.stages.forEach(function (u) { lit = lit.concat(u); });
    showActors(lit);
  };

  // Wiring. The controls were written hidden, for pages read without script.
  controls.hidden = false;
  findBox.addEventListener("input", function () {
    state.query = findBox.value;
    var hits = render();
    showActors(hits);
  });
  Array.prototype.forEach.call(controls.querySelectorAll("select[data-filter]"), function (select) {
    select.addEventListener("change", function () {
      state.filters[select.getAttribute("data-filter")] = select.value;
      render();
    });
  });
  depthBox.addEventListener("change", function () {
    state.depth = Number(depthBox.value);
    if (state.focus !== null) { focusOn(state.focus); }
  });
  var routeButton = document.getElementById("xp-show-route");
  if (routeButton) {
    routeButton.addEventListener("click", showRoute);
    ["xp-pathway", "xp-route-language", "xp-route-district"].forEach(function (id) {
      var select = document.getElementById(id);
      if (select) { select.addEventListener("change", function () { if (state.route) { showRoute(); } }); }
    });
  }
  document.getElementById("xp-clear").addEventListener("click", function () {
    findBox.value = "";
    Array.prototype.forEach.call(controls.querySelectorAll("select[data-filter]"), function (s) { s.value = ""; });
    state = {query: "", filters: {}, focus: null, depth: state.depth, whatIf: null, route: null};
    closePanel();
    render();
  });
  document.getElementById("xp-close").addEventListener("click", function () {
    var back = state.focus !== null ? nodes[state.focus] : null;
    state.focus = null; state.whatIf = null; state.route = null;
    closePanel();
    render();
    var link = back && back.querySelector("a");
    if (link) { link.focus(); }
  });

  // A tie in the panel's profile walks the network: its actor becomes the focus, beside the
  // diagram, instead of the page jumping to the profile further down.
  var indexOfId = {};
  actors.forEach(function (a, i) { indexOfId[a.id] = i; });
  panelBody.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href^='#profile-']") : null;
    var i = link ? indexOfId[link.getAttribute("href").slice("#profile-".length)] : undefined;
    if (i === undefined || !nodes[i]) { return; }
    event.preventDefault();
    focusOn(i);
    var next = panelBody.querySelector(".xp-whatif") || document.getElementById("xp-close");
    if (next) { next.focus(); }
  });

  // A click on an actor, or Enter or Space on it, focuses it instead of jumping to the profile
  // below; the profile opens beside the diagram instead.
  var actorOf = function (target) {
    var g = target.closest ? target.closest("g.node") : null;
    return g && indexOfNode.has(g) ? indexOfNode.get(g) : null;
  };
  svg.addEventListener("click", function (event) {
    var i = actorOf(event.target);
    if (i === null) { return; }
    event.preventDefault();
    focusOn(i);
  });
  svg.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" && event.key !== " ") { return; }
    var i = actorOf(event.target);
    if (i === null) { return; }
    event.preventDefault();
    focusOn(i);
    // The keyboard goes on where the mouse would: to the what-if button beside the diagram.
    var next = panelBody.querySelector(".xp-whatif") || document.getElementById("xp-close");
    if (next) { next.focus(); }
  });
  render();
})();
