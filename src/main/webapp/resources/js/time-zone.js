// Tells the app the browser's time zone (a cookie the app keeps in the session), so that dates and times are
// shown in the user's own zone. Only the zone's name is sent, nothing else.
(function () {
    "use strict";
    var zone;
    try {
        zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (e) {
        return;
    }
    if (zone && document.cookie.indexOf("vine-tz=" + encodeURIComponent(zone)) < 0) {
        document.cookie = "vine-tz=" + encodeURIComponent(zone) + "; path=/; SameSite=Lax";
    }
}());
