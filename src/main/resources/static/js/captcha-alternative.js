// The captcha's alternative to the picture: the browser finds the number that proves some work
// (ALTCHA's format, from /api/captcha?alternative=proof-of-work) and puts it in the answer field.
// The server checks it as it checks copied characters. Without scripts the button stays hidden.
(function () {
  var button = document.getElementById('captcha-alternative');
  if (!button || !window.crypto || !window.crypto.subtle || !window.fetch) {
    return;
  }
  var status = document.getElementById('captcha-status');
  var answer = document.getElementById('captchaAnswer');
  var challengeId = button.form.querySelector('input[name=captchaId]');
  var encoder = new TextEncoder();
  button.hidden = false;

  function bytes(hex) {
    return new Uint8Array(hex.match(/../g).map(function (pair) { return parseInt(pair, 16); }));
  }

  function same(buffer, expected) {
    var actual = new Uint8Array(buffer);
    for (var i = 0; i < expected.length; i++) {
      if (actual[i] !== expected[i]) {
        return false;
      }
    }
    return true;
  }

  // Hashes are asked for in batches: one at a time, the browser spends more time switching than hashing.
  async function solve(work) {
    var expected = bytes(work.challenge);
    var batch = 5000;
    for (var start = 0; start <= work.maxnumber; start += batch) {
      var numbers = [];
      for (var n = start; n < start + batch && n <= work.maxnumber; n++) {
        numbers.push(n);
      }
      var hashes = await Promise.all(numbers.map(function (n) {
        return crypto.subtle.digest('SHA-256', encoder.encode(work.salt + n));
      }));
      var found = hashes.findIndex(function (hash) { return same(hash, expected); });
      if (found >= 0) {
        return numbers[found];
      }
    }
    throw new Error('no solution');
  }

  button.addEventListener('click', async function () {
    button.disabled = true;
    status.textContent = button.dataset.working;
    try {
      var response = await fetch('/api/captcha?alternative=proof-of-work', { headers: { Accept: 'application/json' } });
      if (!response.ok) {
        throw new Error('challenge refused');
      }
      var challenge = await response.json();
      var number = await solve(challenge.proofOfWork);
      challengeId.value = challenge.id;
      answer.value = String(number);
      answer.readOnly = true;
      status.textContent = button.dataset.done;
    } catch (e) {
      button.disabled = false;
      status.textContent = button.dataset.failed;
    }
  });
})();
