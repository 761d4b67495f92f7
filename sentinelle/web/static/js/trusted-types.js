// Defence in depth against article text ever becoming markup.
// The server's CSP says `require-trusted-types-for 'script'`: every string assigned to
// innerHTML/outerHTML/insertAdjacentHTML goes through this "default" policy, which only
// lets through the handful of constant snippets Leaflet itself writes. Our own code never
// uses innerHTML (it builds DOM nodes and sets textContent), so article text that somehow
// reached innerHTML would throw here instead of being parsed.
(function () {
  "use strict";
  if (!window.trustedTypes || !window.trustedTypes.createPolicy) {
    return;
  }
  var LEAFLET_CONSTANTS = new Set([
    "<svg/>",
    '<span aria-hidden="true">+</span>',
    '<span aria-hidden="true">&#x2212;</span>',
    '<span aria-hidden="true">&#215;</span>',
  ]);
  var SCALE_TEXT = /^\d+(\.\d+)? (km|m|mi|ft)$/; // L.control.scale labels
  window.trustedTypes.createPolicy("default", {
    createHTML: function (html) {
      if (LEAFLET_CONSTANTS.has(html) || SCALE_TEXT.test(html)) {
        return html;
      }
      throw new TypeError("Sentinelle: refused to parse a string as HTML (" + String(html).slice(0, 40) + ")");
    },
  });
})();
