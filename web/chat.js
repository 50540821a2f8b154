// Starts the chat widget (rasa-webchat, served from this site) against the
// Rasa server's socket.io channel. config.js (written by the page server) sets
// window.CHAT_CONFIG.socketUrl.
(function () {
  "use strict";
  var config = window.CHAT_CONFIG || {};
  window.WebChat.default({
    selector: "#webchat",
    socketUrl: config.socketUrl,
    socketPath: "/socket.io/",
    initPayload: "/greet",
    customData: { language: "en" },
    title: "ML career assistant",
    subtitle: "Answers from the career guide",
    inputTextFieldHint: "Ask about degrees, costs, salaries...",
    params: { storage: "session" },
    showMessageDate: false,
    displayUnreadCount: false
  }, null);
})();
