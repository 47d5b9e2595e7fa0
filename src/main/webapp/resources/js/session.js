// Tells the user when their session has ended, instead of letting the next click fail.
// It asks /api/v1/session only when the session should have timed out (the check itself does not count as
// activity on the server), and again after each JSF AJAX request moves that moment.
(function () {
    "use strict";
    var indicator = document.getElementById("session-indicator");
    if (!indicator) {
        return;
    }
    var idle = parseInt(indicator.getAttribute("data-idle-seconds"), 10) || 1800;
    var statusUrl = indicator.getAttribute("data-status-url");
    var timer = null;

    function schedule(seconds) {
        clearTimeout(timer);
        timer = setTimeout(check, (Math.max(seconds, 1) + 2) * 1000);
    }

    function ended() {
        indicator.textContent = "Session ended";
        indicator.className = "session ended";
        var banner = document.getElementById("session-ended");
        document.getElementById("session-ended-login").setAttribute("href", window.location.href);
        banner.hidden = false;
    }

    function check() {
        fetch(statusUrl, {credentials: "same-origin", headers: {"Accept": "application/json", "X-Requested-With": "XMLHttpRequest"}})
            .then(function (answer) {
                if (answer.status === 401) {
                    ended();
                    return null;
                }
                return answer.ok ? answer.json() : Promise.reject(answer.status);
            })
            .then(function (status) {
                if (status === null) {
                    return;
                }
                if (!status.signedIn) {
                    ended();
                } else {
                    schedule(typeof status.sessionSecondsLeft === "number" ? status.sessionSecondsLeft : idle);
                }
            })
            .catch(function () {
                schedule(60); // the app itself is unreachable for now: ask again in a minute
            });
    }

    schedule(idle);
    if (window.faces && faces.ajax) {
        faces.ajax.addOnEvent(function (event) {
            if (event.status === "success") {
                schedule(idle);
            }
        });
    }
})();
