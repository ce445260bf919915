// The measure page's "chart as PNG": the browser draws the server's SVG chart onto a canvas and saves
// the canvas, so the server needs no image library and the picture is exactly the SVG export.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  // Resolves to a PNG blob of the SVG text, drawn at twice its size for sharp print.
  window.stratumSvgToPng = function (svgText) {
    return new Promise(function (resolve, reject) {
      var url = URL.createObjectURL(new Blob([svgText], {type: 'image/svg+xml'}));
      var image = new Image();
      image.onload = function () {
        var canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth * 2;
        canvas.height = image.naturalHeight * 2;
        var context = canvas.getContext('2d');
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.drawImage(image, 0, 0, canvas.width, canvas.height);
        URL.revokeObjectURL(url);
        canvas.toBlob(function (png) { png ? resolve(png) : reject(new Error('no PNG')); }, 'image/png');
      };
      image.onerror = function () { URL.revokeObjectURL(url); reject(new Error('the chart could not be drawn')); };
      image.src = url;
    });
  };

  // Delegated, so the button keeps working after htmx swaps the view.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-png-from]');
    if (!button) {
      return;
    }
    fetch(button.getAttribute('data-png-from'), {credentials: 'same-origin'})
      .then(function (response) { return response.text(); })
      .then(window.stratumSvgToPng)
      .then(function (png) {
        var link = document.createElement('a');
        link.href = URL.createObjectURL(png);
        link.download = button.getAttribute('data-file-name');
        document.body.appendChild(link);
        link.click();
        link.remove();
      });
  });
}());
