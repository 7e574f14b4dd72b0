// Progressive enhancement of filter forms: changing the city (a select marked data-auto-submit) reloads the list
// with that city's counties. Without JavaScript the "search" button does the same.
document.querySelectorAll('select[data-auto-submit]').forEach(function (city) {
  var form = city.form;
  var county = form.querySelector('select[name="county"]');
  city.addEventListener('change', function () {
    if (county) { county.value = ''; }
    form.submit();
  });
});
