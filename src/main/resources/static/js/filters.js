// Progressive enhancement of filter forms: changing the city reloads the list with that city's counties.
// Without JavaScript the "search" button does the same.
document.querySelectorAll('form[data-auto-submit]').forEach(function (form) {
  var city = form.querySelector('select[name="city"]');
  var county = form.querySelector('select[name="county"]');
  if (!city) { return; }
  city.addEventListener('change', function () {
    if (county) { county.value = ''; }
    form.submit();
  });
});
