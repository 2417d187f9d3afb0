// Improves the page where scripts run; without them the form still submits and the answer is a
// page of its own. Nothing here builds markup from strings: answers are the server's own page,
// parsed by the browser (scripts in it do not run), and text is only ever moved as text.
"use strict";

function enhance(root) {
  const form = root.querySelector("#ask");
  const text = root.querySelector("#q");
  // A CSV export read in the browser and sent as text.
  const file = root.querySelector("#file");
  if (file && text) {
    file.closest(".file").hidden = false;
    file.addEventListener("change", () => {
      const chosen = file.files && file.files[0];
      if (chosen) chosen.text().then((content) => { text.value = content; });
    });
  }
  // Answers without a reload: the same request the form would make, the answer's <main> swapped
  // in, and the address kept as the form would have left it (so it can still be linked).
  if (form && text) {
    form.addEventListener("submit", (event) => {
      const data = new FormData(form);
      const long = text.value.length > 1500;
      const query = new URLSearchParams(data).toString();
      const request = long
        ? fetch("/", { method: "POST", body: new URLSearchParams(data) })
        : fetch("/?" + query);
      event.preventDefault();
      request.then((response) => response.text()).then((html) => {
        const next = new DOMParser().parseFromString(html, "text/html");
        const main = next.querySelector("main");
        if (!main) return;
        document.querySelector("main").replaceWith(main);
        document.title = next.title;
        if (!long) history.pushState(null, "", "/?" + query);
        enhance(document);
        const result = document.querySelector(".result h2, .error h2, .scan h2");
        if (result) { result.tabIndex = -1; result.focus(); }
      }).catch(() => form.submit());
    });
  }
  // "Copy as text" for a support ticket.
  for (const button of root.querySelectorAll(".copy-button")) {
    if (!navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener("click", () => {
      const source = document.getElementById(button.dataset.copy);
      if (source) navigator.clipboard.writeText(source.textContent);
    });
  }
}

document.addEventListener("DOMContentLoaded", () => enhance(document));
window.addEventListener("popstate", () => location.reload());
