/*
 * Helpdesk agents: put a canned answer or a knowledge-base link where the cursor is in the
 * reply, instead of sending the form. Without this script the same buttons post the form and
 * the server adds the text at the end, so nothing depends on it.
 */
(function () {
  "use strict";

  function insertAtCursor(area, text) {
    var start = typeof area.selectionStart === "number" ? area.selectionStart : area.value.length;
    var end = typeof area.selectionEnd === "number" ? area.selectionEnd : start;
    area.setRangeText(text, start, end, "end");
    area.focus();
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function linkButton(result, label) {
    var item = document.createElement("li");
    item.appendChild(document.createTextNode(result.title + " "));
    var button = document.createElement("button");
    button.type = "submit";
    button.name = "artikel";
    button.value = String(result.id);
    button.className = "utrecht-button utrecht-button--subtle";
    button.dataset.text = result.text;
    button.appendChild(document.createTextNode(label));
    var hidden = document.createElement("span");
    hidden.className = "kennispunt-visually-hidden";
    hidden.textContent = ": " + result.title;
    button.appendChild(hidden);
    item.appendChild(button);
    return item;
  }

  function showResults(box, results, form) {
    box.replaceChildren();
    if (!results.length) {
      var none = document.createElement("p");
      none.className = "utrecht-paragraph";
      none.textContent = form.dataset.noArticles;
      box.appendChild(none);
      return;
    }
    var list = document.createElement("ul");
    list.className = "kennispunt-helpdesk-article-list";
    results.forEach(function (result) {
      list.appendChild(linkButton(result, form.dataset.insertLink));
    });
    box.appendChild(list);
  }

  function search(form) {
    var query = form.querySelector("[name=article_query]").value;
    var box = form.querySelector("[data-article-results]");
    var url = form.dataset.articleSearch + "?q=" + encodeURIComponent(query);
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (data) {
        showResults(box, data.results, form);
      })
      .catch(function () {
        // The server does the search instead.
        form.requestSubmit(form.querySelector("[name=hulpmiddel][value=artikel-zoeken]"));
      });
  }

  function setUp(form) {
    var area = form.querySelector("textarea[name=body]");
    var canned = form.querySelector("select[name=canned]");
    var query = form.querySelector("[name=article_query]");
    form.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button) {
        return;
      }
      if (button.name === "hulpmiddel" && button.value === "standaardantwoord") {
        var option = canned.options[canned.selectedIndex];
        if (option && option.dataset.text) {
          event.preventDefault();
          insertAtCursor(area, option.dataset.text);
        }
      } else if (button.name === "hulpmiddel" && button.value === "artikel-zoeken") {
        event.preventDefault();
        search(form);
      } else if (button.dataset.text) {
        // An article link or the explanation of registering a party.
        event.preventDefault();
        insertAtCursor(area, button.dataset.text);
      }
    });
    query.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
        search(form);
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-helpdesk-reply]").forEach(setUp);
  });
})();
