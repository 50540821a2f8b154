// The chat widget: a small accessible client of the Rasa server's socket.io channel
// (socket.io-client from npm, served from this site). config.js, written by the page
// server, sets window.CHAT_CONFIG.socketUrl.
//
// - Replies show as soon as they arrive, in order (no simulated typing delay); a
//   "typing" status shows while an answer is awaited.
// - The conversation is a role="log" live region: screen readers announce new replies;
//   each message says who wrote it. Everything works by keyboard: Tab, Enter, Escape.
// - Text is always inserted as text, never as HTML.
// - The conversation (id, messages, suggested replies) survives a reload of the tab
//   (sessionStorage; the server keeps the conversation under the same id).
(function () {
  "use strict";
  var config = window.CHAT_CONFIG || {};
  var KEY = "mlcareer.chat";
  var KEEP = 200; // messages kept for a reload
  var WAITING = "The assistant is typing\u2026";
  var SLOW = "Still waiting for the assistant\u2026";
  var OFFLINE = "Connecting to the assistant\u2026";

  var toggle = document.getElementById("chat-toggle");
  var panel = document.getElementById("chat-panel");
  var closer = document.getElementById("chat-close");
  var log = document.getElementById("chat-log");
  var status = document.getElementById("chat-status");
  var replies = document.getElementById("chat-replies");
  var form = document.getElementById("chat-form");
  var input = document.getElementById("chat-input");
  var state = load();
  var socket = null;
  var slowTimer = null;

  function load() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(KEY) || "{}");
      return {
        sessionId: typeof saved.sessionId === "string" ? saved.sessionId : null,
        messages: Array.isArray(saved.messages) ? saved.messages : [],
        replies: Array.isArray(saved.replies) ? saved.replies : [],
        open: saved.open === true
      };
    } catch (e) {
      return { sessionId: null, messages: [], replies: [], open: false };
    }
  }

  function save() {
    state.messages = state.messages.slice(-KEEP);
    try { window.sessionStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* full */ }
  }

  function setStatus(text) {
    status.textContent = text;
    window.clearTimeout(slowTimer);
    if (text === WAITING) {
      slowTimer = window.setTimeout(function () { setStatus(SLOW); }, 15000);
    }
  }

  function render(who, text) {
    var item = document.createElement("div");
    item.className = "chat-msg chat-" + who;
    var label = document.createElement("span");
    label.className = "visually-hidden";
    label.textContent = who === "bot" ? "Assistant said: " : "You said: ";
    var body = document.createElement("span");
    body.className = "chat-text";
    body.textContent = text;
    item.appendChild(label);
    item.appendChild(body);
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  function add(who, text) {
    render(who, text);
    state.messages.push({ who: who, text: text });
    save();
  }

  function showReplies(list) {
    replies.textContent = "";
    list.forEach(function (reply) {
      if (!reply || typeof reply.title !== "string" || typeof reply.payload !== "string") {
        return;
      }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "chat-reply";
      button.textContent = reply.title;
      if (reply.payload === "/feedback_up") { button.setAttribute("aria-label", "Helpful"); }
      if (reply.payload === "/feedback_down") { button.setAttribute("aria-label", "Not helpful"); }
      button.addEventListener("click", function () {
        send(reply.payload, reply.title);
        input.focus(); // the buttons go away: keep the keyboard in the chat
      });
      replies.appendChild(button);
    });
  }

  function keepReplies(list) {
    state.replies = list;
    save();
    showReplies(list);
  }

  function emit(message) {
    if (!socket || !state.sessionId) { return false; }
    socket.emit("user_uttered", { message: message, session_id: state.sessionId,
                                  customData: { language: "en" } });
    return true;
  }

  function send(message, shown) {
    if (!message || !message.trim()) { return; }
    add("user", shown || message);
    keepReplies([]);
    setStatus(emit(message) ? WAITING : OFFLINE);
  }

  function open(focus) {
    panel.hidden = false;
    toggle.setAttribute("aria-expanded", "true");
    toggle.classList.add("is-open");
    state.open = true;
    save();
    connect();
    if (focus) { input.focus(); }
    log.scrollTop = log.scrollHeight;
  }

  function close() {
    panel.hidden = true;
    toggle.setAttribute("aria-expanded", "false");
    toggle.classList.remove("is-open");
    state.open = false;
    save();
    toggle.focus();
  }

  function connect() {
    if (socket || typeof window.io !== "function") { return; }
    setStatus(OFFLINE);
    socket = window.io(config.socketUrl, { path: "/socket.io/" });
    socket.on("connect", function () {
      socket.emit("session_request", { session_id: state.sessionId });
    });
    socket.on("session_confirm", function (data) {
      var id = typeof data === "string" ? data : data && data.session_id;
      if (typeof id !== "string") { return; }
      var fresh = state.sessionId === null && state.messages.length === 0;
      state.sessionId = id;
      save();
      if (fresh) {
        emit("/greet");
        setStatus(WAITING);
      } else if (status.textContent === OFFLINE) {
        setStatus("");
      }
    });
    socket.on("bot_uttered", function (message) {
      if (!message) { return; }
      setStatus("");
      if (typeof message.text === "string" && message.text) { add("bot", message.text); }
      var list = message.quick_replies || message.buttons || [];
      if (Array.isArray(list) && list.length) { keepReplies(list); }
    });
    socket.on("disconnect", function () { setStatus(OFFLINE); });
  }

  toggle.addEventListener("click", function () {
    if (panel.hidden) { open(true); } else { close(); }
  });
  closer.addEventListener("click", close);
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { close(); }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    input.value = "";
    send(text);
  });

  state.messages.forEach(function (m) { render(m.who === "bot" ? "bot" : "user", String(m.text)); });
  showReplies(state.replies);
  if (state.open) { open(false); }
})();
