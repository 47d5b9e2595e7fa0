// While a report panel loads, says how far the Filevine pages have come: "3,000 of 50,000 matters".
// It asks /api/v1/progress/<report> every 400 ms while the panel's loading message is on the page, and stops
// when the report has finished, or its entry is gone, or the session has ended.
(function () {
    "use strict";
    var noun = {dashboard: "matters", stale: "matters", upcoming: "matters checked"};

    function watch(element) {
        var report = element.getAttribute("data-progress");
        var url = (window.PrimeFaces && PrimeFaces.settings ? PrimeFaces.settings.contextPath : "") + "/api/v1/progress/" + report;
        var started = Date.now();
        function poll() {
            if (!document.body.contains(element)) {
                return; // the report has arrived
            }
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url);
            xhr.setRequestHeader("Accept", "application/json");
            xhr.onload = function () {
                if (xhr.status === 404 && Date.now() - started < 3000) {
                    setTimeout(poll, 400); // the report has not started yet
                    return;
                }
                if (xhr.status !== 200) {
                    return; // gone, or the session ended: stop asking
                }
                var state = JSON.parse(xhr.responseText);
                if (state.finished) {
                    return; // the panel is on its way
                }
                if (state.rows > 0) {
                    element.textContent = "Loading from Filevine: " + state.rows.toLocaleString()
                        + (state.total > 0 ? " of " + state.total.toLocaleString() : "") + " " + (noun[report] || "rows");
                }
                setTimeout(poll, 400);
            };
            xhr.onerror = function () {
                setTimeout(poll, 1000);
            };
            xhr.send();
        }
        setTimeout(poll, 400);
    }

    function start() {
        var panels = document.querySelectorAll(".report-progress[data-progress]");
        for (var i = 0; i < panels.length; i++) {
            watch(panels[i]);
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
