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
        var xhr = new XMLHttpRequest();
        xhr.open("GET", statusUrl);
        xhr.setRequestHeader("Accept", "application/json");
        xhr.setRequestHeader("X-Requested-With", "XMLHttpRequest");
        xhr.onload = function () {
            if (xhr.status === 401) {
                ended();
                return;
            }
            if (xhr.status !== 200) {
                schedule(60); // the app itself has trouble: ask again in a minute
                return;
            }
            var status = JSON.parse(xhr.responseText);
            if (!status.signedIn) {
                ended();
            } else {
                schedule(typeof status.sessionSecondsLeft === "number" ? status.sessionSecondsLeft : idle);
            }
        };
        xhr.onerror = function () {
            schedule(60);
        };
        xhr.send();
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
