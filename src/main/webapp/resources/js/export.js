// Exports run as a normal download; this shows how far the app has got ("12,000 of 50,000 rows") by asking
// /api/v1/progress/<id> while it runs. The id is random and only means something in this session. It stops
// asking once the entry says finished, or is gone (404 after the start, 401 when the session ended).
(function () {
    "use strict";
    var status = null;
    var started = 0;

    function poll(url, id) {
        var xhr = new XMLHttpRequest();
        xhr.open("GET", url + id);
        xhr.setRequestHeader("Accept", "application/json");
        xhr.onload = function () {
            if (xhr.status === 404 && Date.now() - started < 3000) {
                setTimeout(function () { poll(url, id); }, 500); // the download has not started yet
                return;
            }
            if (xhr.status !== 200) {
                return; // gone (finished long ago, or the session ended): stop asking
            }
            var state = JSON.parse(xhr.responseText);
            var total = state.total > 0 ? " of " + state.total.toLocaleString() : "";
            if (state.problem) {
                status.textContent = "Export stopped after " + state.rows.toLocaleString() + " rows: " + state.problem;
            } else if (state.finished) {
                status.textContent = "Export ready: " + state.rows.toLocaleString() + " rows.";
            } else {
                status.textContent = "Exporting… " + state.rows.toLocaleString() + total + " rows";
                setTimeout(function () { poll(url, id); }, 500);
            }
        };
        xhr.send();
    }

    document.addEventListener("click", function (event) {
        var link = event.target.closest ? event.target.closest("a.export") : null;
        if (!link) {
            return;
        }
        status = document.getElementById("export-progress");
        var id = Math.random().toString(36).slice(2) + Date.now().toString(36);
        var base = link.getAttribute("href").split("/app/export/")[0];
        link.setAttribute("href", link.getAttribute("href").replace(/&progress=[^&]*/, "") + "&progress=" + id);
        status.textContent = "Exporting…";
        started = Date.now();
        setTimeout(function () { poll(base + "/api/v1/progress/", id); }, 300);
    });
})();
