/*
 * The member's half of the secret ballot (docs/anonymous-scoring.md), bundled into the WAR as resources/laureate/ballot.js.
 *
 * - Score sheet: obtains the round's credentials once (RFC 9474, RSABSSA-SHA384-PSS-Randomized): a random token per
 *   petition, blinded here, signed blindly by the server in one request, unblinded and verified here. The credentials,
 *   drafts, notes and what was cast are kept in this browser only (localStorage, by account and round), and can be
 *   exported to a file and imported in another browser.
 * - Ballot: drafts stay here; a cast goes to the ballot box with the credential and without cookies.
 * - Final vote: obtains the vote's credentials the same way (one per finalist the member may vote on and, for "for up
 *   to P", P approval credentials); each ballot is one finalist's credential with a choice (and an approval credential
 *   for a "for"), cast without cookies; an unspent credential is an abstention.
 * - Board: marks the ballots whose receipts this browser holds.
 * Every text shown comes from the page (its message bundle); nothing here is worded.
 */
import { RSABSSA } from "@cloudflare/blindrsa-ts";

const STORE = "laureate.credentials.";
const FORMAT = "laureate-credentials-1";

function b64url(bytes) {
    let text = "";
    bytes.forEach((b) => {
        text += String.fromCharCode(b);
    });
    return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromB64url(text) {
    const plain = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(plain, (c) => c.charCodeAt(0));
}

function fromB64(text) {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

async function sha256Hex(bytes) {
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The signed-in account's name: each account keeps its own credentials in a shared browser. */
function owner() {
    const element = document.getElementById("ballot-owner");
    return element ? element.dataset.user : "";
}

function load(round) {
    try {
        const stored = JSON.parse(localStorage.getItem(STORE + owner() + "." + round));
        return stored && stored.format === FORMAT ? stored : null;
    } catch (e) {
        return null;
    }
}

function save(wallet) {
    localStorage.setItem(STORE + owner() + "." + wallet.round, JSON.stringify(wallet));
}

function emptyWallet(round) {
    return { format: FORMAT, round: String(round), credentials: {}, approvals: [], cast: {}, drafts: {} };
}

/** The page's texts: <li data-key="…"> of #ballot-messages. */
function message(key, ...args) {
    const item = document.querySelector('#ballot-messages [data-key="' + key + '"]')
        || document.querySelector('#ballot-messages [data-key="ballot.error.retry"]');
    let text = item ? item.textContent : key;
    args.forEach((arg, i) => {
        text = text.replace("{" + i + "}", String(arg));
    });
    return text;
}

function say(element, text, kind) {
    if (!element) {
        return;
    }
    element.textContent = text;
    element.setAttribute("data-kind", kind || "info");
    element.hidden = false;
}

const suite = () => RSABSSA.SHA384.PSS.Randomized();

function importKey(spki) {
    return crypto.subtle.importKey("spki", fromB64(spki), { name: "RSA-PSS", hash: "SHA-384" }, true, ["verify"]);
}

async function credential(scheme, item, blindSignature) {
    const signature = await scheme.finalize(item.key, item.prepared, fromB64url(blindSignature), item.inv);
    if (!(await scheme.verify(item.key, signature, item.prepared))) {
        throw new Error("credential.error.invalid");
    }
    return { token: b64url(item.prepared), signature: b64url(signature), receipt: await sha256Hex(item.prepared) };
}

async function blind(scheme, key) {
    const prepared = scheme.prepare(crypto.getRandomValues(new Uint8Array(32)));
    const { blindedMsg, inv } = await scheme.blind(key, prepared);
    return { key, prepared, inv, message: b64url(blindedMsg) };
}

/**
 * Obtains credentials in one request: one per entry of {@code keys} (by petition) and {@code approvals} more under
 * {@code approvalKey}; each is unblinded and verified here. Returns { credentials: {petition: …}, approvals: […] }.
 */
async function issue(url, keys, approvalKey, approvals) {
    const scheme = suite();
    const pending = {};
    const blinded = {};
    for (const [petition, spki] of Object.entries(keys)) {
        pending[petition] = await blind(scheme, await importKey(spki));
        blinded[petition] = pending[petition].message;
    }
    const pendingApprovals = [];
    if (approvals > 0) {
        const key = await importKey(approvalKey);
        for (let i = 0; i < approvals; i++) {
            pendingApprovals.push(await blind(scheme, key));
        }
    }
    const body = { blinded };
    if (approvals > 0) {
        body.approvals = pendingApprovals.map((item) => item.message);
    }
    const response = await fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(body),
    });
    const answer = await response.json().catch(() => ({ error: "ballot.error.retry" }));
    if (!response.ok || !answer.signatures) {
        throw new Error(answer.error || "ballot.error.retry");
    }
    const issued = { credentials: {}, approvals: [] };
    for (const [petition, item] of Object.entries(pending)) {
        issued.credentials[petition] = await credential(scheme, item, answer.signatures[petition]);
    }
    for (let i = 0; i < pendingApprovals.length; i++) {
        issued.approvals.push(await credential(scheme, pendingApprovals[i], answer.approvals[i]));
    }
    return issued;
}

/**
 * R9.30 The fingerprint of the round's keys: SHA-256 of every petition's key, a line each in the order of the
 * petitions, its first 80 bits in groups of four hex digits. Every member's browser computes it from the keys it was
 * given, so a member given keys of their own sees another fingerprint than the others.
 */
async function fingerprint(roundKeys) {
    const lines = Object.keys(roundKeys).sort((a, b) => Number(a) - Number(b))
        .map((petition) => petition + " " + roundKeys[petition] + "\n").join("");
    const hex = await sha256Hex(new TextEncoder().encode(lines));
    return hex.slice(0, 20).match(/.{4}/g).join(" ");
}

/** Every key the credentials would be blinded under is the round's key of its petition. */
function requireRoundKeys(keys, roundKeys) {
    for (const [petition, key] of Object.entries(keys)) {
        if (roundKeys[petition] !== key) {
            throw new Error("credential.error.keys");
        }
    }
}

/** Obtains every credential of the round in one request; keeps them in this browser. */
async function obtain(sheet, keys, petitions) {
    const round = sheet.dataset.round;
    const issued = await issue(sheet.dataset.issueUrl, keys, null, 0);
    const wallet = load(round) || emptyWallet(round);
    for (const [petition, item] of Object.entries(issued.credentials)) {
        wallet.credentials[petition] = Object.assign(item, {
            number: petitions[petition] ? petitions[petition].number : "",
            title: petitions[petition] ? petitions[petition].title : "",
        });
    }
    save(wallet);
    return wallet;
}

function renderSheet(sheet) {
    const wallet = load(sheet.dataset.round);
    let cast = 0;
    document.querySelectorAll(".local-state[data-petition]").forEach((cell) => {
        const petition = cell.dataset.petition;
        let state = "NO_CREDENTIAL";
        if (wallet && wallet.cast[petition]) {
            state = "CAST";
            cast++;
        } else if (wallet && wallet.drafts[petition]) {
            state = "DRAFT";
        } else if (wallet && wallet.credentials[petition]) {
            state = "NOT_SCORED";
        }
        cell.dataset.state = state;
        cell.textContent = message("LocalState." + state);
    });
    const progress = document.getElementById("local-progress");
    if (progress) {
        progress.textContent = message("scoring.sheet.progress", cast, sheet.dataset.scorable);
    }
    return wallet;
}

function download(wallet) {
    const blob = new Blob([JSON.stringify(wallet, null, 1)], { type: "application/json" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "laureate-credentials-round-" + wallet.round + ".json";
    document.body.appendChild(link);
    link.click();
    link.remove();
}

/** The export and import of a page's credentials; {@code changed} is called after an import. */
function walletTransfer(round, status, changed) {
    const exportButton = document.getElementById("export-credentials");
    const exportText = document.getElementById("export-text");
    const importInput = document.getElementById("import-credentials");
    exportButton?.addEventListener("click", () => {
        const current = load(round);
        if (current) {
            download(current);
            if (exportText) {
                exportText.value = JSON.stringify(current);
                exportText.hidden = false;
            }
            say(status, message("credential.exported"), "ok");
        }
    });
    importInput?.addEventListener("change", async () => {
        const file = importInput.files[0];
        if (!file) {
            return;
        }
        try {
            const imported = JSON.parse(await file.text());
            if (imported.format !== FORMAT || imported.round !== round) {
                throw new Error("credential.error.file");
            }
            save(imported);
            changed();
            say(status, message("credential.imported"), "ok");
        } catch (e) {
            say(status, message("credential.error.file"), "error");
        }
    });
}

function errorKey(e, fallback) {
    return e.message && e.message.includes(".") ? e.message : fallback;
}

async function sheetPage(sheet) {
    const status = document.getElementById("credential-status");
    const keys = JSON.parse(sheet.dataset.keys || "{}");
    const roundKeys = JSON.parse(sheet.dataset.roundKeys || "{}");
    const petitions = JSON.parse(sheet.dataset.petitions || "{}");
    let wallet = renderSheet(sheet);
    const shown = document.getElementById("key-fingerprint");
    if (shown && Object.keys(roundKeys).length) {
        shown.textContent = message("credential.fingerprint", await fingerprint(roundKeys));
        shown.hidden = false;
    }
    walletTransfer(sheet.dataset.round, status, () => {
        wallet = renderSheet(sheet);
    });

    if (wallet && Object.keys(wallet.credentials).length) {
        say(status, message("credential.held"), "ok");
    } else if (sheet.dataset.issued === "true") {
        say(status, message("credential.elsewhere"), "warning");
    } else if (sheet.dataset.open === "true" && Object.keys(keys).length) {
        say(status, message("credential.obtaining"), "info");
        try {
            requireRoundKeys(keys, roundKeys);
            wallet = await obtain(sheet, keys, petitions);
            renderSheet(sheet);
            say(status, message("credential.obtained"), "ok");
        } catch (e) {
            say(status, message(errorKey(e, "credential.error.obtain")), "error");
        }
    }
    sheet.dataset.ready = "true";
}

function scoresOf(form) {
    const scores = {};
    form.querySelectorAll("input[type=radio]:checked").forEach((input) => {
        scores[input.dataset.criterion] = Number(input.value);
    });
    return scores;
}

function showScores(form, scores) {
    form.querySelectorAll("input[type=radio]").forEach((input) => {
        input.checked = scores && scores[input.dataset.criterion] === Number(input.value);
    });
}

async function send(url, round, petition, credential, scores) {
    const response = await fetch(url, {
        method: "POST",
        credentials: "omit",
        cache: "no-store",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({
            round: Number(round), petition: Number(petition), scores,
            token: credential.token, signature: credential.signature,
        }),
    });
    return response.json().catch(() => ({ counted: false, error: "ballot.error.retry" }));
}

function ballotPage(form) {
    const round = form.dataset.round;
    const petition = form.dataset.petition;
    const status = document.getElementById("ballot-status");
    const receipt = document.getElementById("receipt-code");
    const note = document.getElementById("ballot-note");
    const castButton = document.getElementById("cast");
    const draftButton = document.getElementById("saveDraft");
    const wallet = load(round) || emptyWallet(round);
    const credential = wallet.credentials[petition];
    const shown = wallet.drafts[petition] || wallet.cast[petition];
    showScores(form, shown ? shown.scores : null);
    if (note) {
        note.value = shown && shown.note ? shown.note : "";
    }
    if (wallet.cast[petition]) {
        receipt.textContent = wallet.cast[petition].receipt;
        receipt.parentElement.hidden = false;
        castButton.textContent = castButton.dataset.again;
        say(status, message(wallet.drafts[petition] ? "LocalState.DRAFT" : "LocalState.CAST"), "ok");
    }
    const editable = form.dataset.editable === "true";
    if (!credential && editable) {
        say(status, message("credential.missing"), "warning");
    }
    const usable = editable && Boolean(credential);
    form.querySelectorAll("input, textarea, button").forEach((element) => {
        element.disabled = !usable;
    });

    draftButton?.addEventListener("click", (event) => {
        event.preventDefault();
        const current = load(round) || wallet;
        current.drafts[petition] = { scores: scoresOf(form), note: note ? note.value : "" };
        save(current);
        say(status, message("scoring.ballot.saved"), "ok");
    });
    castButton?.addEventListener("click", async (event) => {
        event.preventDefault();
        const scores = scoresOf(form);
        castButton.disabled = true;
        say(status, message("ballot.sending"), "info");
        let answer;
        try {
            answer = await send(form.dataset.castUrl, round, petition, credential, scores);
        } catch (e) {
            answer = { counted: false, error: "ballot.error.network" };
        }
        castButton.disabled = false;
        if (answer.counted) {
            const current = load(round) || wallet;
            current.cast[petition] = { scores, note: note ? note.value : "", receipt: answer.receipt };
            delete current.drafts[petition];
            save(current);
            receipt.textContent = answer.receipt;
            receipt.parentElement.hidden = false;
            castButton.textContent = castButton.dataset.again;
            say(status, message(answer.revised ? "ballot.revised" : "ballot.counted"), "ok");
        } else {
            say(status, message("ballot.notCounted") + " "
                + message(answer.error, form.dataset.scaleMin, form.dataset.scaleMax), "error");
        }
        status.dataset.outcome = answer.counted ? (answer.revised ? "revised" : "counted") : "refused";
    });
    form.dataset.ready = "true";
}

/** Called by the sheet once a conflict is declared: withdraws a ballot cast there and forgets the credential. */
async function forget(round, petition, url) {
    const wallet = load(round);
    if (!wallet || !wallet.credentials[petition]) {
        return;
    }
    const credential = wallet.credentials[petition];
    if (wallet.cast[petition]) {
        await fetch(url, {
            method: "POST",
            credentials: "omit",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ round: Number(round), petition: Number(petition),
                token: credential.token, signature: credential.signature }),
        }).catch(() => null);
    }
    delete wallet.credentials[petition];
    delete wallet.cast[petition];
    delete wallet.drafts[petition];
    save(wallet);
}

async function post(url, body) {
    try {
        const response = await fetch(url, {
            method: "POST",
            credentials: "omit",
            cache: "no-store",
            headers: { "Content-Type": "application/json", Accept: "application/json" },
            body: JSON.stringify(body),
        });
        return await response.json().catch(() => ({ counted: false, error: "ballot.error.retry" }));
    } catch (e) {
        return { counted: false, error: "ballot.error.network" };
    }
}

/** The final vote: obtains the credentials once, shows the ballots cast from here, casts and withdraws them. */
async function votePage(card, form) {
    const round = card.dataset.round;
    const vote = Number(card.dataset.vote);
    const approval = card.dataset.mode === "APPROVAL";
    const seats = Number(card.dataset.seats);
    const open = card.dataset.open === "true";
    const status = document.getElementById("credential-status");
    const ballotStatus = document.getElementById("ballot-status");
    const castButton = document.getElementById("castBallot");
    const keys = JSON.parse(card.dataset.keys || "{}");
    const voteKeys = JSON.parse(card.dataset.roundKeys || "{}");
    const shown = document.getElementById("key-fingerprint");
    if (shown && Object.keys(voteKeys).length) {
        shown.textContent = message("vote.fingerprint", await fingerprint(voteKeys));
        shown.hidden = false;
    }

    function counter() {
        const element = document.getElementById("counter");
        if (element) {
            element.textContent = message("vote.counter", form.querySelectorAll("input.approve:checked").length,
                seats);
        }
    }

    function render() {
        const wallet = load(round);
        form.querySelectorAll(".vote-state[data-petition]").forEach((cell) => {
            const cast = wallet && wallet.cast[cell.dataset.petition];
            if (cell.dataset.outcome !== "refused") {
                cell.dataset.state = cast ? "cast" : "none";
                cell.textContent = message(cast ? "vote.state.cast" : "vote.state.none");
            }
        });
        form.querySelectorAll("input.approve, input.choice").forEach((input) => {
            const petition = input.dataset.petition;
            const cast = wallet && wallet.cast[petition];
            input.disabled = !open || !(wallet && wallet.credentials[petition]);
            input.checked = input.classList.contains("approve") ? Boolean(cast) : Boolean(cast)
                && cast.choice === input.value;
        });
        castButton.disabled = !open || !(wallet && Object.keys(wallet.credentials).length);
        counter();
        return wallet;
    }

    walletTransfer(round, status, render);
    form.querySelectorAll("input.approve").forEach((input) => input.addEventListener("change", counter));
    let wallet = render();
    if (wallet && Object.keys(wallet.credentials).length) {
        say(status, message("vote.credential.held"), "ok");
    } else if (card.dataset.issued === "true") {
        say(status, message("vote.credential.elsewhere"), "warning");
    } else if (open) {
        say(status, message("vote.credential.obtaining"), "info");
        try {
            requireRoundKeys(keys, voteKeys);
            if (approval && voteKeys[0] !== card.dataset.approvalKey) {
                throw new Error("credential.error.keys");
            }
            const issued = await issue(card.dataset.issueUrl, keys, card.dataset.approvalKey,
                approval ? seats : 0);
            wallet = emptyWallet(round);
            wallet.credentials = issued.credentials;
            wallet.approvals = issued.approvals;
            save(wallet);
            render();
            say(status, message("vote.credential.obtained"), "ok");
        } catch (e) {
            say(status, message(errorKey(e, "credential.error.obtain")), "error");
        }
    }

    castButton.addEventListener("click", async () => {
        const current = load(round);
        const wanted = {};
        form.querySelectorAll(approval ? "input.approve:checked" : "input.choice:checked").forEach((input) => {
            wanted[input.dataset.petition] = approval ? "FOR" : input.value;
        });
        if (approval && Object.keys(wanted).length > seats) {
            say(ballotStatus, message("ballot.notCounted") + " " + message("vote.error.tooMany", seats), "error");
            ballotStatus.dataset.outcome = "refused";
            return;
        }
        castButton.disabled = true;
        say(ballotStatus, message("ballot.sending"), "info");
        const failures = [];
        let sent = 0;
        for (const [petition, credential] of Object.entries(current.credentials)) {
            const cast = current.cast[petition];
            const choice = wanted[petition];
            const cell = form.querySelector('.vote-state[data-petition="' + petition + '"]');
            let answer = null;
            if (!choice && cast) {
                answer = await post(form.dataset.withdrawUrl, { vote, petition: Number(petition),
                    token: credential.token, signature: credential.signature });
                if (answer.withdrawn !== undefined) {
                    delete current.cast[petition];
                    answer.counted = true;
                }
            } else if (choice && (!cast || cast.choice !== choice)) {
                const body = { vote, petition: Number(petition), choice, token: credential.token,
                    signature: credential.signature };
                let spent = null;
                if (approval) {
                    const used = new Set(Object.values(current.cast).map((c) => c.approvalReceipt));
                    spent = current.approvals.find((a) => !used.has(a.receipt));
                    if (!spent) {
                        answer = { counted: false, error: "vote.error.approvalSpent" };
                    } else {
                        body.approvalToken = spent.token;
                        body.approvalSignature = spent.signature;
                    }
                }
                answer = answer || await post(form.dataset.castUrl, body);
                if (answer.counted) {
                    current.cast[petition] = { choice, receipt: answer.receipt,
                        approvalReceipt: spent ? spent.receipt : null };
                }
            }
            if (answer) {
                sent++;
                save(current);
                if (cell) {
                    cell.dataset.outcome = answer.counted ? "counted" : "refused";
                    if (!answer.counted) {
                        cell.dataset.state = "refused";
                        cell.textContent = message("vote.state.refused") + " " + message(answer.error, seats);
                    }
                }
                if (!answer.counted) {
                    failures.push(answer.error);
                }
            }
        }
        render();
        if (failures.length) {
            say(ballotStatus, message("ballot.notCounted") + " " + message(failures[0], seats), "error");
        } else {
            say(ballotStatus, message(sent ? "vote.counted" : "vote.unchanged"), "ok");
        }
        ballotStatus.dataset.outcome = failures.length ? "refused" : "counted";
    });
    card.dataset.ready = "true";
}

function boardPage(board) {
    const wallet = load(board.dataset.round);
    const mine = new Set(wallet ? Object.values(wallet.cast).map((cast) => cast.receipt) : []);
    let found = 0;
    document.querySelectorAll("#board tbody tr.board-row").forEach((row) => {
        if (mine.has(row.dataset.hash)) {
            row.classList.add("is-mine");
            found++;
        }
    });
    const status = document.getElementById("board-mine");
    if (status && wallet) {
        status.textContent = message("scoring.board.mine", found, mine.size);
        status.hidden = false;
    }
}

function receiptsPage(table) {
    const wallet = load(table.dataset.round);
    const body = table.querySelector("tbody");
    const criteria = Array.from(table.querySelectorAll("th[data-criterion]"), (th) => th.dataset.criterion);
    if (!wallet) {
        return;
    }
    Object.entries(wallet.cast).forEach(([petition, cast]) => {
        const credential = wallet.credentials[petition] || {};
        const row = document.createElement("tr");
        row.className = "receipt-row";
        row.dataset.number = credential.number || "";
        [credential.number, credential.title, cast.receipt].concat(criteria.map((c) => cast.scores[c]))
            .forEach((value, i) => {
                const cell = document.createElement("td");
                cell.textContent = value === undefined ? "" : String(value);
                if (i === 2) {
                    cell.className = "receipt-hash checksum";
                }
                row.appendChild(cell);
            });
        body.appendChild(row);
    });
    document.getElementById("receipts-empty").hidden = body.children.length > 0;
}

window.LaureateBallot = {
    forget,
    refresh() {
        const sheet = document.getElementById("credentials");
        if (sheet) {
            renderSheet(sheet);
        }
    },
};

const sheet = document.getElementById("credentials");
const voteForm = document.getElementById("vote-form");
if (sheet && voteForm) {
    votePage(sheet, voteForm);
} else if (sheet) {
    sheetPage(sheet);
}
const form = document.getElementById("ballot-form");
if (form) {
    ballotPage(form);
}
const board = document.getElementById("board-area");
if (board) {
    boardPage(board);
}
const receipts = document.getElementById("receipts");
if (receipts) {
    receiptsPage(receipts);
}
