// PrimeFaces' script-nonce mode (web.xml: primefaces.CSP) gives each form of the page a hidden field with the
// page's nonce once, when the page loads, and every postback must carry it back. A form that an AJAX update
// replaces comes back without that field, so its next postback would be refused. Whatever replaced it (Faces'
// f:ajax, PrimeFaces, a deferred panel), a form that appears without the field gets it again.
(function () {
    "use strict";
    var FIELD = "primefaces.nonce";
    var pending = false;

    function renew() {
        pending = false;
        var nonce = window.PrimeFaces && PrimeFaces.csp && PrimeFaces.csp.NONCE_VALUE;
        if (!nonce) {
            return;
        }
        Array.prototype.forEach.call(document.forms, function (form) {
            if (form.method !== "post" || form.elements[FIELD]) {
                return;
            }
            var input = document.createElement("input");
            input.type = "hidden";
            input.name = FIELD;
            input.value = nonce;
            form.appendChild(input);
        });
    }

    // Once the update has settled (Faces writes the view state into new forms after their markup).
    new MutationObserver(function () {
        if (!pending) {
            pending = true;
            window.setTimeout(renew, 0);
        }
    }).observe(document.body, {childList: true, subtree: true});
})();
