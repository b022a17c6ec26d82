/*
 * The bulletin board's filter: a member types or pastes the hash of a receipt, or the receipt code itself, and the
 * matching ballots are shown. A code is hashed here, in the browser (SHA-256 of its ASCII bytes, as the server hashed
 * it); nothing is sent anywhere.
 */
(function () {
    "use strict";

    var filter = document.getElementById("board-filter");
    var status = document.getElementById("board-status");
    if (!filter || !status) {
        return;
    }
    var rows = Array.prototype.slice.call(document.querySelectorAll("#board tbody tr.board-row"));
    var HASH = /^[0-9a-f]{64}$/;
    var CODE = /^[A-Z0-9]{16}$/;

    function say(template, count) {
        status.textContent = template.replace("{0}", String(count));
    }

    function hex(buffer) {
        return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
            return ("0" + b.toString(16)).slice(-2);
        }).join("");
    }

    /** A code as the member may type it: any case, with or without dashes and spaces; as issued: XXXX-XXXX-XXXX-XXXX. */
    function asIssued(text) {
        var bare = text.toUpperCase().replace(/[\s-]/g, "");
        return CODE.test(bare) ? bare.match(/.{4}/g).join("-") : null;
    }

    function show(hash) {
        var found = 0;
        rows.forEach(function (row) {
            var match = hash === null || row.getAttribute("data-hash") === hash;
            row.hidden = !match;
            row.classList.toggle("is-match", hash !== null && match);
            if (hash !== null && match) {
                found++;
            }
        });
        if (hash === null) {
            say(status.getAttribute("data-all"), rows.length);
        } else {
            say(status.getAttribute(found ? "data-found" : "data-none"), found);
        }
    }

    var latest = 0;

    function apply() {
        var text = filter.value.trim();
        var asked = ++latest;
        if (!text) {
            show(null);
            return;
        }
        if (HASH.test(text.toLowerCase())) {
            show(text.toLowerCase());
            return;
        }
        var code = asIssued(text);
        if (code === null) {
            show("");
            return;
        }
        if (!window.crypto || !window.crypto.subtle) {
            say(status.getAttribute("data-insecure"), 0);
            return;
        }
        var bytes = new Uint8Array(code.length);
        for (var i = 0; i < code.length; i++) {
            bytes[i] = code.charCodeAt(i);
        }
        window.crypto.subtle.digest("SHA-256", bytes).then(function (digest) {
            if (asked === latest) {
                show(hex(digest));
            }
        });
    }

    filter.addEventListener("input", apply);
    apply();
}());
