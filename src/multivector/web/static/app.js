// multivector web: progressive enhancement only; every page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const detail = document.getElementById("event-detail");
  const text = document.getElementById("doctext");
  if (!detail || !text) return;
  // Selecting a highlight shows its events' rows (codes, date, Goldstein, rule) beside the text.
  text.addEventListener("click", (ev) => {
    const mark = ev.target.closest("a.hl");
    if (!mark) return;
    ev.preventDefault();
    text.querySelectorAll("a.hl.selected").forEach((m) => m.classList.remove("selected"));
    const ids = (mark.dataset.events || "").split(" ").filter(Boolean);
    text.querySelectorAll("a.hl").forEach((m) => {
      if ((m.dataset.events || "").split(" ").some((id) => ids.includes(id))) m.classList.add("selected");
    });
    detail.replaceChildren();
    for (const id of ids) {
      const box = document.createElement("div");
      box.className = "event-detail-item";
      const title = document.createElement("p");
      title.textContent = (mark.title || "").split("\n")[ids.indexOf(id)] || id;
      const link = document.createElement("a");
      link.href = "/events/" + encodeURIComponent(id);
      link.textContent = "Open event " + id;
      box.append(title, link);
      detail.append(box);
    }
    detail.hidden = false;
  });
});
