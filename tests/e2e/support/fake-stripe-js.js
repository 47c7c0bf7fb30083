// A stand-in for Stripe.js (js.stripe.com, unreachable from these machines), served by
// support/stripe.ts in place of the real script. It implements only what our checkout uses —
// Stripe(key), elements({ clientSecret }), create("payment").mount(), confirmPayment(),
// retrievePaymentIntent() — and asks the test (at https://api.stripe.com/__test/..., where Stripe.js
// itself talks) what Stripe would answer. It exercises the storefront's code around Stripe.js, not
// Stripe.js itself.
;(function () {
  function ask(path, body) {
    return fetch("https://api.stripe.com/__test/" + path, { method: "POST", body: JSON.stringify(body) }).then(function (r) {
      return r.json()
    })
  }
  window.__stripeCalls = []
  window.Stripe = function Stripe(publishableKey) {
    var calls = window.__stripeCalls
    calls.push(["Stripe", publishableKey])
    var clientSecret = null
    var handlers = {}
    var element = {
      mount: function (node) {
        var target = typeof node === "string" ? document.querySelector(node) : node
        target.innerHTML = '<div data-testid="fake-payment-element">Card details (test stand-in for Stripe\'s Payment Element)</div>'
        setTimeout(function () {
          ;(handlers.ready || []).forEach(function (handler) {
            handler({ elementType: "payment" })
          })
        }, 0)
      },
      on: function (event, handler) {
        ;(handlers[event] = handlers[event] || []).push(handler)
        return element
      },
      off: function () {
        return element
      },
      update: function () {},
      destroy: function () {},
      unmount: function () {},
    }
    var elements = {
      create: function (type) {
        calls.push(["create", type])
        return element
      },
      getElement: function () {
        return element
      },
      update: function () {},
      submit: function () {
        return Promise.resolve({})
      },
    }
    return {
      elements: function (options) {
        clientSecret = options.clientSecret
        calls.push(["elements", clientSecret])
        return elements
      },
      confirmPayment: function (options) {
        calls.push(["confirmPayment", options.confirmParams.return_url, options.redirect])
        return ask("confirm", { clientSecret: clientSecret })
      },
      retrievePaymentIntent: function (secret) {
        return ask("retrieve", { clientSecret: secret })
      },
      createToken: function () {},
      createPaymentMethod: function () {},
      confirmCardPayment: function () {},
    }
  }
})()
