// Shows, as the person types, which password rules are met. Only a help: the server decides.
// The classes mirror PasswordPolicy: accented letters count as special characters.
(function () {
  var password = document.getElementById('password');
  var list = document.getElementById('password-rules');
  if (!password || !list) {
    return;
  }
  var minLength = Number(list.dataset.minLength);
  var classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[!-\/:-@\[-`{-~\u00A1-\u024F €]/];

  function show(rule, met) {
    var item = list.querySelector('[data-rule="' + rule + '"]');
    item.classList.toggle('met', met);
    item.querySelector('.state').textContent = met ? list.dataset.met : list.dataset.unmet;
  }

  function update() {
    var value = password.value;
    show('length', Array.from(value).length >= minLength);
    show('kinds', classes.filter(function (c) { return c.test(value); }).length >= 3);
  }

  password.addEventListener('input', update);
  update();
})();
