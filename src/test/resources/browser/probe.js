// Measures a report page as a reader's browser lays it out, and runs axe-core over it. The page
// stands in an iframe of the width to test; the result goes to the frame's parent, named as the
// test named the page (PROBE_NAME is replaced), and the test reads the parent's DOM back.
(function () {
  function lineCount(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var tops = {};
    Array.prototype.forEach.call(range.getClientRects(), function (box) {
      if (box.width > 0) {
        tops[Math.round(box.top)] = true;
      }
    });
    return Object.keys(tops).length;
  }
  function all(selector) {
    return Array.prototype.slice.call(document.querySelectorAll(selector));
  }
  var tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
  axe.run(document, {runOnly: {type: 'tag', values: tags}}).then(function (checked) {
    var result = {
      width: window.innerWidth,
      scrollWidth: document.documentElement.scrollWidth,
      // a short cell is a figure with its unit, a date, a name: it must stand on one line
      brokenCells: all('td').filter(function (td) {
        return td.textContent.trim().length <= 14 && lineCount(td) > 1;
      }).map(function (td) { return td.textContent.trim(); }),
      justified: all('main p, main li').filter(function (p) {
        return getComputedStyle(p).textAlign === 'justify';
      }).length,
      violations: checked.violations.map(function (v) {
        return v.id + ': ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', ');
      })
    };
    var out = window.parent.document.createElement('pre');
    out.className = 'probe-result';
    out.setAttribute('data-name', 'PROBE_NAME');
    out.textContent = JSON.stringify(result);
    window.parent.document.body.appendChild(out);
  });
})();
