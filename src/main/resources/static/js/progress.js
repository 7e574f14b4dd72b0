/* Progress bars take their width from data-percent: the CSP forbids style attributes, not the CSSOM. */
document.querySelectorAll('.progress-bar[data-percent]').forEach(function (bar) {
  bar.style.width = Math.max(0, Math.min(100, Number(bar.getAttribute('data-percent')) || 0)) + '%';
});
