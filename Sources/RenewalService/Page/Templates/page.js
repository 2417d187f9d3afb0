// Improves the page where scripts run; without them the form still submits and the text stays
// selectable. Nothing here builds markup from data: it only moves text and calls the server.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("ask");
  const text = document.getElementById("q");
  // A CSV export read in the browser and sent as text.
  const file = document.getElementById("file");
  if (file && text) {
    file.closest(".file").hidden = false;
    file.addEventListener("change", () => {
      const chosen = file.files && file.files[0];
      if (!chosen) return;
      chosen.text().then((content) => { text.value = content; });
    });
  }
  // Long input goes by POST, so that it is not cut by a URL's length.
  if (form && text) {
    form.addEventListener("submit", () => {
      if (text.value.length > 1500) form.method = "post";
    });
  }
  // "Copy as text" for a support ticket.
  for (const button of document.querySelectorAll(".copy-button")) {
    if (!navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener("click", () => {
      const source = document.getElementById(button.dataset.copy);
      if (source) navigator.clipboard.writeText(source.textContent);
    });
  }
});
