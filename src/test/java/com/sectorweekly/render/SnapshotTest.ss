╔═ charts ═╗
--- telecom-weekly-2026-W13-panel-figure-1.svg ---
<?xml version="1.0"?>
<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='236' height='165' viewBox='0 0 236 165'>
<defs>
<clipPath id='panel-figure-1-clip-0'>
<path d='M0,0L236,0L236,165L0,165L0,0Z'/>
</clipPath>
<clipPath id='panel-figure-1-clip-1'>
<path d='M31,27L31,145L230,145L230,27Z'/>
</clipPath>
</defs>
<g style='stroke-width:1.25;stroke:rgb(140,29,43);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#panel-figure-1-clip-0)'>
<path d='M57.5,12.5L71.5,12.5'/>
</g>
<g>
<text x='75.5' y='15.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#panel-figure-1-clip-0)'>通信（申万）</text>
</g>
<g style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#panel-figure-1-clip-0)'>
<path d='M129.5,12.5L143.5,12.5'/>
</g>
<g>
<text x='147.5' y='15.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#panel-figure-1-clip-0)'>沪深 300</text>
</g>
<line x1='31' y1='145' x2='230' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#panel-figure-1-clip-0)'/>
<g>
<text x='58.31' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#panel-figure-1-clip-0)'>2025/6</text>
</g>
<line x1='70.81' y1='147' x2='70.81' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#panel-figure-1-clip-0)'/>
<g>
<text x='106.69' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#panel-figure-1-clip-0)'>2025/9</text>
</g>
<line x1='119.19' y1='147' x2='119.19' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#panel-figure-1-clip-0)'/>
<g>
<text x='152.05' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#panel-figure-1-clip-0)'>2025/12</text>
</g>
<line x1='167.05' y1='147' x2='167.05' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#panel-figure-1-clip-0)'/>
<g>
<text x='201.88' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#panel-figure-1-clip-0)'>2026/3</text>
</g>
<line x1='214.38' y1='147' x2='214.38' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#panel-figure-1-clip-0)'/>
<line x1='31' y1='27' x2='31' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#panel-figure-1-clip-0)'/>
<g>
<text x='6' y='146.84' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#panel-figure-1-clip-0)'>-10%</text>
</g>
<line x1='29' y1='142.65' x2='31' y2='142.65' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#panel-figure-1-clip-0)'/>
<g>
<text x='13' y='130.29' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#panel-figure-1-clip-0)'>0%</text>
</g>
<line x1='29' y1='126.1' x2='31' y2='126.1' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#panel-figure-1-clip-0)'/>
<g>
<text x='9' y='113.74' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#panel-figure-1-clip-0)'>10%</text>
</g>
<line x1='29' y1='109.55' x2='31' y2='109.55' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#panel-figure-1-clip-0)'/>
<g>
<text x='9' y='97.19' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#panel-figure-1-clip-0)'>20%</text>
</g>
<line x1='29' y1='92.99' x2='31' y2='92.99' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#panel-figure-1-clip-0)'/>
<g>
<text x='9' y='80.64' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#panel-figure-1-clip-0)'>30%</text>
</g>
<line x1='29' y1='76.44' x2='31' y2='76.44' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#panel-figure-1-clip-0)'/>
<g>
<text x='9' y='64.09' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#panel-figure-1-clip-0)'>40%</text>
</g>
<line x1='29' y1='59.89' x2='31' y2='59.89' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#panel-figure-1-clip-0)'/>
<g>
<text x='9' y='47.53' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#panel-figure-1-clip-0)'>50%</text>
</g>
<line x1='29' y1='43.34' x2='31' y2='43.34' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#panel-figure-1-clip-0)'/>
<line x1='31' y1='142.65' x2='230' y2='142.65' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#panel-figure-1-clip-1)'/>
<line x1='31' y1='126.1' x2='230' y2='126.1' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#panel-figure-1-clip-1)'/>
<line x1='31' y1='109.55' x2='230' y2='109.55' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#panel-figure-1-clip-1)'/>
<line x1='31' y1='92.99' x2='230' y2='92.99' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#panel-figure-1-clip-1)'/>
<line x1='31' y1='76.44' x2='230' y2='76.44' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#panel-figure-1-clip-1)'/>
<line x1='31' y1='59.89' x2='230' y2='59.89' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#panel-figure-1-clip-1)'/>
<line x1='31' y1='43.34' x2='230' y2='43.34' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#panel-figure-1-clip-1)'/>
<g style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#panel-figure-1-clip-1)'>
<path d='M32.95,126.1L36.63,125.5L40.31,122.57L43.99,124.52L47.68,124.95L51.36,126.54L55.04,123.2L58.72,121.18L62.4,122.89L66.08,119.05L69.76,116.03L73.44,114.99L77.12,117.06L80.81,116.71L84.49,114.2L88.17,115.92L91.85,116.5L95.53,115.52L99.21,118.02L102.89,113.19L106.57,113.98L110.25,111.81L113.94,110.67L117.62,113.88L121.3,114.87L124.98,114.91L128.66,105.99L132.34,106.91L136.02,109.23L139.7,115.65L143.38,114.61L147.06,117.09L150.75,109.76L154.43,108.62L158.11,112.29L161.79,112.94L165.47,115.42L169.15,113.91L172.83,114.96L176.51,115.19L180.19,112.44L182.82,112.64L187.56,110.44L191.24,112.24L194.92,109.2L198.6,108.15L202.28,108.68L205.96,106.23L209.64,105.39L213.32,105.64L217.01,104.6L220.69,103.98L224.37,104.51L228.05,104.99'/>
</g>
<g style='stroke-width:1.25;stroke:rgb(140,29,43);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#panel-figure-1-clip-1)'>
<path d='M32.95,126.1L36.63,118.62L40.31,125.68L43.99,133.98L47.68,139.64L51.36,127.55L55.04,128.33L58.72,123.3L62.4,121.21L66.08,114.84L69.76,122.87L73.44,121.73L77.12,113.82L80.81,124.21L84.49,117.99L88.17,108.19L91.85,110.72L95.53,106.07L99.21,111.76L102.89,103.29L106.57,113.07L110.25,103.4L113.94,106.81L117.62,101.48L121.3,105.85L124.98,110.49L128.66,105.85L132.34,103.93L136.02,105.62L139.7,112.66L143.38,108.6L147.06,120.6L150.75,118.7L154.43,120.59L158.11,114.61L161.79,102.44L165.47,104.94L169.15,95.11L172.83,83.53L176.51,79.35L180.19,79.78L182.82,62.31L187.56,56.25L191.24,58.42L194.92,50.7L198.6,47.26L202.28,48.1L205.96,40.84L209.64,38.5L213.32,40.31L217.01,36.27L220.69,32.36L224.37,34.2L228.05,37.86'/>
</g>
</svg>
--- telecom-weekly-2026-W13-figure-1.svg ---
<?xml version="1.0"?>
<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='483' height='165' viewBox='0 0 483 165'>
<defs>
<clipPath id='figure-1-clip-0'>
<path d='M0,0L483,0L483,165L0,165L0,0Z'/>
</clipPath>
<clipPath id='figure-1-clip-1'>
<path d='M32,6L32,145L477,145L477,6Z'/>
</clipPath>
</defs>
<line x1='32' y1='145' x2='477' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='41.13' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>1/7</text>
</g>
<line x1='47.13' y1='147' x2='47.13' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='76.84' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>1/14</text>
</g>
<line x1='84.84' y1='147' x2='84.84' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='114.54' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>1/21</text>
</g>
<line x1='122.54' y1='147' x2='122.54' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='152.24' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>1/28</text>
</g>
<line x1='160.24' y1='147' x2='160.24' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='191.95' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>2/4</text>
</g>
<line x1='197.95' y1='147' x2='197.95' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='227.65' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>2/11</text>
</g>
<line x1='235.65' y1='147' x2='235.65' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='265.35' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>2/18</text>
</g>
<line x1='273.35' y1='147' x2='273.35' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='303.05' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>2/25</text>
</g>
<line x1='311.05' y1='147' x2='311.05' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='342.76' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>3/4</text>
</g>
<line x1='348.76' y1='147' x2='348.76' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='378.46' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>3/11</text>
</g>
<line x1='386.46' y1='147' x2='386.46' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='416.16' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>3/18</text>
</g>
<line x1='424.16' y1='147' x2='424.16' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='453.87' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>3/25</text>
</g>
<line x1='461.87' y1='147' x2='461.87' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<line x1='32' y1='6' x2='32' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='6' y='139.44' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>4,800</text>
</g>
<line x1='30' y1='135.24' x2='32' y2='135.24' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='6' y='119.2' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>4,900</text>
</g>
<line x1='30' y1='115.01' x2='32' y2='115.01' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='6' y='98.97' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>5,000</text>
</g>
<line x1='30' y1='94.77' x2='32' y2='94.77' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='6' y='78.74' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>5,100</text>
</g>
<line x1='30' y1='74.54' x2='32' y2='74.54' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='6' y='58.5' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>5,200</text>
</g>
<line x1='30' y1='54.31' x2='32' y2='54.31' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='6' y='38.27' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>5,300</text>
</g>
<line x1='30' y1='34.07' x2='32' y2='34.07' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='6' y='18.04' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>5,400</text>
</g>
<line x1='30' y1='13.84' x2='32' y2='13.84' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<line x1='32' y1='135.24' x2='477' y2='135.24' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-1)'/>
<line x1='32' y1='115.01' x2='477' y2='115.01' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-1)'/>
<line x1='32' y1='94.77' x2='477' y2='94.77' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-1)'/>
<line x1='32' y1='74.54' x2='477' y2='74.54' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-1)'/>
<line x1='32' y1='54.31' x2='477' y2='54.31' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-1)'/>
<line x1='32' y1='34.07' x2='477' y2='34.07' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-1)'/>
<line x1='32' y1='13.84' x2='477' y2='13.84' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-1)'/>
<rect x='448.4' y='6' width='26.93' height='139' style='fill:rgb(243,235,207);fill-opacity:0.800000011920929' clip-path='url(#figure-1-clip-1)'/>
<g style='stroke-width:1.25;stroke:rgb(140,29,43);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-1-clip-1)'>
<path d='M36.36,111.76L41.75,123.64L47.13,119.23L52.52,110.4L57.91,110.67L74.07,102.76L79.45,78.93L84.84,97.47L90.22,101.27L95.61,118.12L111.77,120.06L117.15,112.73L122.54,130.9L127.93,134.91L133.31,135.51L149.47,135.87L154.86,135.59L160.24,124.87L165.63,133.88L171.02,120.99L187.17,135.46L192.56,134.86L197.95,138.68L203.33,134.44L208.72,90.83L224.88,62.4L230.26,68.78L235.65,46.17L241.03,41.16L246.42,23.9L300.28,12.32L305.67,19.01L311.05,18.32L316.44,42.92L321.83,29.74L337.98,36.17L343.37,55.63L348.76,33.28L354.14,30.41L359.53,41.48L375.69,30.4L381.07,47.16L386.46,36.2L391.85,44.41L397.23,45.13L413.39,70.34L418.78,72.07L424.16,86.35L429.55,96.82L434.93,88.06L451.09,93.65L456.48,121.71L461.87,106.52L467.25,123.23L472.64,121.16'/>
</g>
</svg>
--- telecom-weekly-2026-W13-figure-2.svg ---
<?xml version="1.0"?>
<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='483' height='165' viewBox='0 0 483 165'>
<defs>
<clipPath id='figure-2-clip-0'>
<path d='M0,0L483,0L483,165L0,165L0,0Z'/>
</clipPath>
<clipPath id='figure-2-clip-1'>
<path d='M36,6L36,145L477,145L477,6Z'/>
</clipPath>
</defs>
<line x1='36' y1='145' x2='477' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='45' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>1/7</text>
</g>
<line x1='51' y1='147' x2='51' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='80.36' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>1/14</text>
</g>
<line x1='88.36' y1='147' x2='88.36' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='117.73' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>1/21</text>
</g>
<line x1='125.73' y1='147' x2='125.73' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='155.09' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>1/28</text>
</g>
<line x1='163.09' y1='147' x2='163.09' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='194.45' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>2/4</text>
</g>
<line x1='200.45' y1='147' x2='200.45' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='229.82' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>2/11</text>
</g>
<line x1='237.82' y1='147' x2='237.82' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='267.18' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>2/18</text>
</g>
<line x1='275.18' y1='147' x2='275.18' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='304.55' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>2/25</text>
</g>
<line x1='312.55' y1='147' x2='312.55' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='343.91' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>3/4</text>
</g>
<line x1='349.91' y1='147' x2='349.91' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='379.27' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>3/11</text>
</g>
<line x1='387.27' y1='147' x2='387.27' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='416.64' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>3/18</text>
</g>
<line x1='424.64' y1='147' x2='424.64' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='454' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>3/25</text>
</g>
<line x1='462' y1='147' x2='462' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<line x1='36' y1='6' x2='36' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='10' y='138.89' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>8,000</text>
</g>
<line x1='34' y1='134.69' x2='36' y2='134.69' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='10' y='109.02' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>8,500</text>
</g>
<line x1='34' y1='104.82' x2='36' y2='104.82' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='10' y='79.15' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>9,000</text>
</g>
<line x1='34' y1='74.96' x2='36' y2='74.96' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='10' y='49.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>9,500</text>
</g>
<line x1='34' y1='45.09' x2='36' y2='45.09' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='6' y='19.42' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>10,000</text>
</g>
<line x1='34' y1='15.22' x2='36' y2='15.22' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<line x1='36' y1='134.69' x2='477' y2='134.69' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-1)'/>
<line x1='36' y1='104.82' x2='477' y2='104.82' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-1)'/>
<line x1='36' y1='74.96' x2='477' y2='74.96' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-1)'/>
<line x1='36' y1='45.09' x2='477' y2='45.09' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-1)'/>
<line x1='36' y1='15.22' x2='477' y2='15.22' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-1)'/>
<rect x='448.66' y='6' width='26.69' height='139' style='fill:rgb(243,235,207);fill-opacity:0.800000011920929' clip-path='url(#figure-2-clip-1)'/>
<g style='stroke-width:1.25;stroke:rgb(140,29,43);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-2-clip-1)'>
<path d='M40.32,138.68L45.66,133.91L51,124.87L56.34,105.92L61.67,96.83L77.69,88.83L83.03,87.64L88.36,91.76L93.7,95.56L99.04,98.64L115.05,93.5L120.39,77.96L125.73,83.33L131.06,90.35L136.4,82.79L152.42,49.08L157.75,58.57L163.09,67.49L168.43,66.89L173.77,66.86L189.78,70.49L195.12,61.96L200.45,69.69L205.79,87.23L211.13,79.91L227.14,83.58L232.48,75.5L237.82,71.34L243.16,63.98L248.49,67.66L301.87,75.26L307.21,83.34L312.55,75.53L317.88,94.87L323.22,88.98L339.23,86.17L344.57,70.24L349.91,86.53L355.25,84.33L360.58,75.86L376.6,84.94L381.94,64.33L387.27,71.92L392.61,78.01L397.95,51.97L413.96,33.9L419.3,19.52L424.64,12.32L429.97,22.24L435.31,46.96L451.33,40.03L456.66,19.8L462,26.15L467.34,32.08L472.68,33.22'/>
</g>
</svg>
--- telecom-weekly-2026-W13-figure-3.svg ---
<?xml version="1.0"?>
<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='483' height='165' viewBox='0 0 483 165'>
<defs>
<clipPath id='figure-3-clip-0'>
<path d='M0,0L483,0L483,165L0,165L0,0Z'/>
</clipPath>
<clipPath id='figure-3-clip-1'>
<path d='M32,6L32,145L477,145L477,6Z'/>
</clipPath>
</defs>
<line x1='32' y1='145' x2='477' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-0)'/>
<g>
<text x='41.13' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-3-clip-0)'>1/7</text>
</g>
<line x1='47.13' y1='147' x2='47.13' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-0)'/>
<g>
<text x='76.84' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-3-clip-0)'>1/14</text>
</g>
<line x1='84.84' y1='147' x2='84.84' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-0)'/>
<g>
<text x='114.54' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-3-clip-0)'>1/21</text>
</g>
<line x1='122.54' y1='147' x2='122.54' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-0)'/>
<g>
<text x='152.24' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-3-clip-0)'>1/28</text>
</g>
<line x1='160.24' y1='147' x2='160.24' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-0)'/>
<g>
<text x='191.95' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-3-clip-0)'>2/4</text>
</g>
<line x1='197.95' y1='147' x2='197.95' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-0)'/>
<g>
<text x='227.65' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-3-clip-0)'>2/11</text>
</g>
<line x1='235.65' y1='147' x2='235.65' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-0)'/>
<g>
<text x='265.35' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-3-clip-0)'>2/18</text>
</g>
<line x1='273.35' y1='147' x2='273.35' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-0)'/>
<g>
<text x='303.05' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-3-clip-0)'>2/25</text>
</g>
<line x1='311.05' y1='147' x2='311.05' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-0)'/>
<g>
<text x='342.76' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-3-clip-0)'>3/4</text>
</g>
<line x1='348.76' y1='147' x2='348.76' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-0)'/>
<g>
<text x='378.46' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-3-clip-0)'>3/11</text>
</g>
<line x1='386.46' y1='147' x2='386.46' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-0)'/>
<g>
<text x='416.16' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-3-clip-0)'>3/18</text>
</g>
<line x1='424.16' y1='147' x2='424.16' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-0)'/>
<g>
<text x='453.87' y='159.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-3-clip-0)'>3/25</text>
</g>
<line x1='461.87' y1='147' x2='461.87' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-0)'/>
<line x1='32' y1='6' x2='32' y2='145' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-0)'/>
<g>
<text x='6' y='138.92' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-3-clip-0)'>2,900</text>
</g>
<line x1='30' y1='134.72' x2='32' y2='134.72' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-0)'/>
<g>
<text x='6' y='114.53' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-3-clip-0)'>2,950</text>
</g>
<line x1='30' y1='110.33' x2='32' y2='110.33' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-0)'/>
<g>
<text x='6' y='90.14' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-3-clip-0)'>3,000</text>
</g>
<line x1='30' y1='85.95' x2='32' y2='85.95' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-0)'/>
<g>
<text x='6' y='65.76' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-3-clip-0)'>3,050</text>
</g>
<line x1='30' y1='61.56' x2='32' y2='61.56' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-0)'/>
<g>
<text x='6' y='41.37' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-3-clip-0)'>3,100</text>
</g>
<line x1='30' y1='37.17' x2='32' y2='37.17' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-0)'/>
<g>
<text x='6' y='16.98' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-3-clip-0)'>3,150</text>
</g>
<line x1='30' y1='12.79' x2='32' y2='12.79' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-0)'/>
<line x1='32' y1='134.72' x2='477' y2='134.72' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-1)'/>
<line x1='32' y1='110.33' x2='477' y2='110.33' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-1)'/>
<line x1='32' y1='85.95' x2='477' y2='85.95' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-1)'/>
<line x1='32' y1='61.56' x2='477' y2='61.56' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-1)'/>
<line x1='32' y1='37.17' x2='477' y2='37.17' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-1)'/>
<line x1='32' y1='12.79' x2='477' y2='12.79' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-3-clip-1)'/>
<rect x='448.4' y='6' width='26.93' height='139' style='fill:rgb(243,235,207);fill-opacity:0.800000011920929' clip-path='url(#figure-3-clip-1)'/>
<g style='stroke-width:1.25;stroke:rgb(140,29,43);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-3-clip-1)'>
<path d='M36.36,94.82L41.75,97.98L47.13,93.19L52.52,88.74L57.91,101.99L74.07,100.08L79.45,94.46L84.84,66.46L90.22,61.62L95.61,49.99L111.77,48.23L117.15,39.65L122.54,47.9L127.93,64.73L133.31,80.34L149.47,50.06L154.86,52.44L160.24,54.46L165.63,57.43L171.02,61.78L187.17,34.97L192.56,24.58L197.95,63.57L203.33,87.01L208.72,80.85L224.88,67.75L230.26,53.42L235.65,86.71L241.03,105.07L246.42,85.64L300.28,95.5L305.67,68.18L311.05,49.9L316.44,15.78L321.83,23.57L337.98,12.32L343.37,22.59L348.76,52.87L354.14,37.9L359.53,51.98L375.69,55.69L381.07,49.44L386.46,50.9L391.85,48.68L397.23,54.68L413.39,66.44L418.78,54.98L424.16,56.69L429.55,62.96L434.93,80.91L451.09,104.25L456.48,131.23L461.87,138.68L467.25,130.44L472.64,123.49'/>
</g>
</svg>
--- telecom-weekly-2026-W13-figure-5.svg ---
<?xml version="1.0"?>
<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='236' height='165' viewBox='0 0 236 165'>
<defs>
<clipPath id='figure-5-clip-0'>
<path d='M0,0L236,0L236,165L0,165L0,0Z'/>
</clipPath>
<clipPath id='figure-5-clip-1'>
<path d='M98.56,16.06L265.43,182.94L148.76,299.61L-18.12,132.74L98.56,16.06Z'/>
</clipPath>
<clipPath id='figure-5-clip-2'>
<path d='M103.25,4.74L270.13,171.61L153.45,288.29L-13.42,121.41L103.25,4.74Z'/>
</clipPath>
<clipPath id='figure-5-clip-3'>
<path d='M107.94,-6.59L274.82,160.28L158.15,276.96L-8.73,110.08L107.94,-6.59Z'/>
</clipPath>
<clipPath id='figure-5-clip-4'>
<path d='M112.63,-17.92L279.51,148.96L162.84,265.63L-4.04,98.75L112.63,-17.92Z'/>
</clipPath>
<clipPath id='figure-5-clip-5'>
<path d='M117.33,-29.25L284.2,137.63L167.53,254.3L0.65,87.42L117.33,-29.25Z'/>
</clipPath>
<clipPath id='figure-5-clip-6'>
<path d='M122.02,-40.58L288.9,126.3L172.22,242.97L5.35,76.1L122.02,-40.58Z'/>
</clipPath>
<clipPath id='figure-5-clip-7'>
<path d='M126.71,-51.91L293.59,114.97L176.91,231.64L10.04,64.77L126.71,-51.91Z'/>
</clipPath>
<clipPath id='figure-5-clip-8'>
<path d='M131.4,-63.23L298.28,103.64L181.61,220.32L14.73,53.44L131.4,-63.23Z'/>
</clipPath>
<clipPath id='figure-5-clip-9'>
<path d='M136.09,-74.56L302.97,92.32L186.3,208.99L19.42,42.11L136.09,-74.56Z'/>
</clipPath>
<clipPath id='figure-5-clip-10'>
<path d='M140.79,-85.89L307.66,80.99L190.99,197.66L24.11,30.78L140.79,-85.89Z'/>
</clipPath>
<clipPath id='figure-5-clip-11'>
<path d='M145.48,-97.22L312.36,69.66L195.68,186.33L28.81,19.45L145.48,-97.22Z'/>
</clipPath>
<clipPath id='figure-5-clip-12'>
<path d='M150.17,-108.55L317.05,58.33L200.38,175L33.5,8.13L150.17,-108.55Z'/>
</clipPath>
<clipPath id='figure-5-clip-13'>
<path d='M23,27L23,123L213,123L213,27Z'/>
</clipPath>
</defs>
<g style='fill:rgb(140,29,43);stroke:none' clip-path='url(#figure-5-clip-0)'>
<path d='M28.5,8.5L36.5,8.5L36.5,16.5L28.5,16.5L28.5,8.5Z'/>
</g>
<g>
<text x='40.5' y='15.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>千兆及以上宽带用户（亿户）</text>
</g>
<g style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-0)'>
<path d='M150.5,12.5L164.5,12.5'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-5-clip-0)'>
<path d='M159.3,12.5C159.3,13.49,158.49,14.3,157.5,14.3C156.51,14.3,155.7,13.49,155.7,12.5C155.7,11.51,156.51,10.7,157.5,10.7C158.49,10.7,159.3,11.51,159.3,12.5Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-0)'>
<path d='M159.3,12.5C159.3,13.49,158.49,14.3,157.5,14.3C156.51,14.3,155.7,13.49,155.7,12.5C155.7,11.51,156.51,10.7,157.5,10.7C158.49,10.7,159.3,11.51,159.3,12.5Z'/>
</g>
<g>
<text x='168.5' y='15.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>同比（%）</text>
</g>
<line x1='23' y1='123' x2='213' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g transform='matrix(0.71,-0.71,0.71,0.71,-81.05,58.33)'>
<text x='0.89' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-1)'>2025-02</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-76.36,69.66)'>
<text x='16.91' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-2)'>2025-03</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-71.66,80.99)'>
<text x='32.93' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-3)'>2025-04</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-66.97,92.32)'>
<text x='48.95' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-4)'>2025-05</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-62.28,103.64)'>
<text x='64.97' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-5)'>2025-06</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-57.59,114.97)'>
<text x='80.99' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-6)'>2025-07</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-52.9,126.3)'>
<text x='97.01' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-7)'>2025-08</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-48.2,137.63)'>
<text x='113.03' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-8)'>2025-09</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-43.51,148.96)'>
<text x='129.05' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-9)'>2025-10</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-38.82,160.28)'>
<text x='145.07' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-10)'>2025-11</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-34.13,171.61)'>
<text x='161.09' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-11)'>2025-12</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-29.43,182.94)'>
<text x='177.11' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-12)'>2026-02</text>
</g>
<line x1='23' y1='27' x2='23' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='13' y='127.2' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>0</text>
</g>
<line x1='21' y1='123' x2='23' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='6' y='108.54' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>0.5</text>
</g>
<line x1='21' y1='104.34' x2='23' y2='104.34' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='13' y='89.88' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>1</text>
</g>
<line x1='21' y1='85.68' x2='23' y2='85.68' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='6' y='71.22' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>1.5</text>
</g>
<line x1='21' y1='67.02' x2='23' y2='67.02' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='13' y='52.56' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>2</text>
</g>
<line x1='21' y1='48.36' x2='23' y2='48.36' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='6' y='33.9' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>2.5</text>
</g>
<line x1='21' y1='29.71' x2='23' y2='29.71' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<line x1='213' y1='27' x2='213' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='219' y='122.95' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>15</text>
</g>
<line x1='215' y1='118.76' x2='213' y2='118.76' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='219' y='92.82' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>20</text>
</g>
<line x1='215' y1='88.62' x2='213' y2='88.62' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='219' y='62.68' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>25</text>
</g>
<line x1='215' y1='58.49' x2='213' y2='58.49' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='219' y='32.55' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>30</text>
</g>
<line x1='215' y1='28.35' x2='213' y2='28.35' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<line x1='23' y1='123' x2='213' y2='123' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-13)'/>
<line x1='23' y1='104.34' x2='213' y2='104.34' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-13)'/>
<line x1='23' y1='85.68' x2='213' y2='85.68' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-13)'/>
<line x1='23' y1='67.02' x2='213' y2='67.02' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-13)'/>
<line x1='23' y1='48.36' x2='213' y2='48.36' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-13)'/>
<line x1='23' y1='29.71' x2='213' y2='29.71' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-13)'/>
<rect x='24.9' y='43.51' width='9.98' height='79.49' style='fill:rgb(140,29,43)' clip-path='url(#figure-5-clip-13)'/>
<rect x='40.92' y='42.39' width='9.98' height='80.61' style='fill:rgb(140,29,43)' clip-path='url(#figure-5-clip-13)'/>
<rect x='56.94' y='41.27' width='9.98' height='81.73' style='fill:rgb(140,29,43)' clip-path='url(#figure-5-clip-13)'/>
<rect x='72.96' y='40.15' width='9.98' height='82.85' style='fill:rgb(140,29,43)' clip-path='url(#figure-5-clip-13)'/>
<rect x='88.98' y='39.03' width='9.98' height='83.97' style='fill:rgb(140,29,43)' clip-path='url(#figure-5-clip-13)'/>
<rect x='105' y='38.29' width='9.98' height='84.71' style='fill:rgb(140,29,43)' clip-path='url(#figure-5-clip-13)'/>
<rect x='121.02' y='37.17' width='9.98' height='85.83' style='fill:rgb(140,29,43)' clip-path='url(#figure-5-clip-13)'/>
<rect x='137.04' y='36.05' width='9.98' height='86.95' style='fill:rgb(140,29,43)' clip-path='url(#figure-5-clip-13)'/>
<rect x='153.06' y='34.93' width='9.98' height='88.07' style='fill:rgb(140,29,43)' clip-path='url(#figure-5-clip-13)'/>
<rect x='169.08' y='33.44' width='9.98' height='89.56' style='fill:rgb(140,29,43)' clip-path='url(#figure-5-clip-13)'/>
<rect x='185.1' y='33.06' width='9.98' height='89.94' style='fill:rgb(140,29,43)' clip-path='url(#figure-5-clip-13)'/>
<rect x='201.13' y='31.57' width='9.98' height='91.43' style='fill:rgb(140,29,43)' clip-path='url(#figure-5-clip-13)'/>
<line x1='29.89' y1='31.36' x2='45.91' y2='39.08' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-5-clip-13)'/>
<line x1='45.91' y1='39.08' x2='61.93' y2='49.32' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-5-clip-13)'/>
<line x1='61.93' y1='49.32' x2='77.95' y2='56.68' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-5-clip-13)'/>
<line x1='77.95' y1='56.68' x2='93.97' y2='63.61' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-5-clip-13)'/>
<line x1='93.97' y1='63.61' x2='109.99' y2='68.61' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-5-clip-13)'/>
<line x1='109.99' y1='68.61' x2='126.01' y2='78.19' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-5-clip-13)'/>
<line x1='126.01' y1='78.19' x2='142.03' y2='90.43' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-5-clip-13)'/>
<line x1='142.03' y1='90.43' x2='158.05' y2='96.46' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-5-clip-13)'/>
<line x1='158.05' y1='96.46' x2='174.07' y2='105.32' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-5-clip-13)'/>
<line x1='174.07' y1='105.32' x2='190.09' y2='108.03' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-5-clip-13)'/>
<line x1='190.09' y1='108.03' x2='206.11' y2='118.64' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-5-clip-13)'/>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-5-clip-13)'>
<path d='M31.69,31.36C31.69,32.36,30.88,33.16,29.89,33.16C28.89,33.16,28.09,32.36,28.09,31.36C28.09,30.37,28.89,29.56,29.89,29.56C30.88,29.56,31.69,30.37,31.69,31.36Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-13)'>
<path d='M31.69,31.36C31.69,32.36,30.88,33.16,29.89,33.16C28.89,33.16,28.09,32.36,28.09,31.36C28.09,30.37,28.89,29.56,29.89,29.56C30.88,29.56,31.69,30.37,31.69,31.36Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-5-clip-13)'>
<path d='M47.71,39.08C47.71,40.07,46.9,40.88,45.91,40.88C44.91,40.88,44.11,40.07,44.11,39.08C44.11,38.08,44.91,37.28,45.91,37.28C46.9,37.28,47.71,38.08,47.71,39.08Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-13)'>
<path d='M47.71,39.08C47.71,40.07,46.9,40.88,45.91,40.88C44.91,40.88,44.11,40.07,44.11,39.08C44.11,38.08,44.91,37.28,45.91,37.28C46.9,37.28,47.71,38.08,47.71,39.08Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-5-clip-13)'>
<path d='M63.73,49.32C63.73,50.32,62.92,51.12,61.93,51.12C60.93,51.12,60.13,50.32,60.13,49.32C60.13,48.33,60.93,47.52,61.93,47.52C62.92,47.52,63.73,48.33,63.73,49.32Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-13)'>
<path d='M63.73,49.32C63.73,50.32,62.92,51.12,61.93,51.12C60.93,51.12,60.13,50.32,60.13,49.32C60.13,48.33,60.93,47.52,61.93,47.52C62.92,47.52,63.73,48.33,63.73,49.32Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-5-clip-13)'>
<path d='M79.75,56.68C79.75,57.67,78.94,58.48,77.95,58.48C76.95,58.48,76.15,57.67,76.15,56.68C76.15,55.68,76.95,54.88,77.95,54.88C78.94,54.88,79.75,55.68,79.75,56.68Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-13)'>
<path d='M79.75,56.68C79.75,57.67,78.94,58.48,77.95,58.48C76.95,58.48,76.15,57.67,76.15,56.68C76.15,55.68,76.95,54.88,77.95,54.88C78.94,54.88,79.75,55.68,79.75,56.68Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-5-clip-13)'>
<path d='M95.77,63.61C95.77,64.6,94.96,65.41,93.97,65.41C92.98,65.41,92.17,64.6,92.17,63.61C92.17,62.61,92.98,61.81,93.97,61.81C94.96,61.81,95.77,62.61,95.77,63.61Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-13)'>
<path d='M95.77,63.61C95.77,64.6,94.96,65.41,93.97,65.41C92.98,65.41,92.17,64.6,92.17,63.61C92.17,62.61,92.98,61.81,93.97,61.81C94.96,61.81,95.77,62.61,95.77,63.61Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-5-clip-13)'>
<path d='M111.79,68.61C111.79,69.61,110.98,70.41,109.99,70.41C109,70.41,108.19,69.61,108.19,68.61C108.19,67.62,109,66.81,109.99,66.81C110.98,66.81,111.79,67.62,111.79,68.61Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-13)'>
<path d='M111.79,68.61C111.79,69.61,110.98,70.41,109.99,70.41C109,70.41,108.19,69.61,108.19,68.61C108.19,67.62,109,66.81,109.99,66.81C110.98,66.81,111.79,67.62,111.79,68.61Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-5-clip-13)'>
<path d='M127.81,78.19C127.81,79.19,127,79.99,126.01,79.99C125.02,79.99,124.21,79.19,124.21,78.19C124.21,77.2,125.02,76.39,126.01,76.39C127,76.39,127.81,77.2,127.81,78.19Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-13)'>
<path d='M127.81,78.19C127.81,79.19,127,79.99,126.01,79.99C125.02,79.99,124.21,79.19,124.21,78.19C124.21,77.2,125.02,76.39,126.01,76.39C127,76.39,127.81,77.2,127.81,78.19Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-5-clip-13)'>
<path d='M143.83,90.43C143.83,91.42,143.02,92.23,142.03,92.23C141.04,92.23,140.23,91.42,140.23,90.43C140.23,89.44,141.04,88.63,142.03,88.63C143.02,88.63,143.83,89.44,143.83,90.43Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-13)'>
<path d='M143.83,90.43C143.83,91.42,143.02,92.23,142.03,92.23C141.04,92.23,140.23,91.42,140.23,90.43C140.23,89.44,141.04,88.63,142.03,88.63C143.02,88.63,143.83,89.44,143.83,90.43Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-5-clip-13)'>
<path d='M159.85,96.46C159.85,97.45,159.05,98.26,158.05,98.26C157.06,98.26,156.25,97.45,156.25,96.46C156.25,95.46,157.06,94.66,158.05,94.66C159.05,94.66,159.85,95.46,159.85,96.46Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-13)'>
<path d='M159.85,96.46C159.85,97.45,159.05,98.26,158.05,98.26C157.06,98.26,156.25,97.45,156.25,96.46C156.25,95.46,157.06,94.66,158.05,94.66C159.05,94.66,159.85,95.46,159.85,96.46Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-5-clip-13)'>
<path d='M175.87,105.32C175.87,106.31,175.07,107.12,174.07,107.12C173.08,107.12,172.27,106.31,172.27,105.32C172.27,104.32,173.08,103.52,174.07,103.52C175.07,103.52,175.87,104.32,175.87,105.32Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-13)'>
<path d='M175.87,105.32C175.87,106.31,175.07,107.12,174.07,107.12C173.08,107.12,172.27,106.31,172.27,105.32C172.27,104.32,173.08,103.52,174.07,103.52C175.07,103.52,175.87,104.32,175.87,105.32Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-5-clip-13)'>
<path d='M191.89,108.03C191.89,109.02,191.09,109.83,190.09,109.83C189.1,109.83,188.29,109.02,188.29,108.03C188.29,107.03,189.1,106.23,190.09,106.23C191.09,106.23,191.89,107.03,191.89,108.03Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-13)'>
<path d='M191.89,108.03C191.89,109.02,191.09,109.83,190.09,109.83C189.1,109.83,188.29,109.02,188.29,108.03C188.29,107.03,189.1,106.23,190.09,106.23C191.09,106.23,191.89,107.03,191.89,108.03Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-5-clip-13)'>
<path d='M207.91,118.64C207.91,119.63,207.11,120.44,206.11,120.44C205.12,120.44,204.31,119.63,204.31,118.64C204.31,117.64,205.12,116.84,206.11,116.84C207.11,116.84,207.91,117.64,207.91,118.64Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-13)'>
<path d='M207.91,118.64C207.91,119.63,207.11,120.44,206.11,120.44C205.12,120.44,204.31,119.63,204.31,118.64C204.31,117.64,205.12,116.84,206.11,116.84C207.11,116.84,207.91,117.64,207.91,118.64Z'/>
</g>
</svg>
--- telecom-weekly-2026-W13-figure-6.svg ---
<?xml version="1.0"?>
<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='236' height='165' viewBox='0 0 236 165'>
<defs>
<clipPath id='figure-6-clip-0'>
<path d='M0,0L236,0L236,165L0,165L0,0Z'/>
</clipPath>
<clipPath id='figure-6-clip-1'>
<path d='M97.99,17.43L264.87,184.3L148.2,300.98L-18.68,134.1L97.99,17.43Z'/>
</clipPath>
<clipPath id='figure-6-clip-2'>
<path d='M102.73,5.98L269.61,172.86L152.94,289.53L-13.94,122.65L102.73,5.98Z'/>
</clipPath>
<clipPath id='figure-6-clip-3'>
<path d='M107.48,-5.47L274.35,161.41L157.68,278.08L-9.2,111.2L107.48,-5.47Z'/>
</clipPath>
<clipPath id='figure-6-clip-4'>
<path d='M112.22,-16.92L279.09,149.96L162.42,266.63L-4.46,99.76L112.22,-16.92Z'/>
</clipPath>
<clipPath id='figure-6-clip-5'>
<path d='M116.96,-28.36L283.84,138.51L167.16,255.19L0.29,88.31L116.96,-28.36Z'/>
</clipPath>
<clipPath id='figure-6-clip-6'>
<path d='M121.7,-39.81L288.58,127.07L171.9,243.74L5.03,76.86L121.7,-39.81Z'/>
</clipPath>
<clipPath id='figure-6-clip-7'>
<path d='M126.44,-51.26L293.32,115.62L176.65,232.29L9.77,65.41L126.44,-51.26Z'/>
</clipPath>
<clipPath id='figure-6-clip-8'>
<path d='M131.18,-62.71L298.06,104.17L181.39,220.84L14.51,53.97L131.18,-62.71Z'/>
</clipPath>
<clipPath id='figure-6-clip-9'>
<path d='M135.93,-74.15L302.8,92.72L186.13,209.4L19.25,42.52L135.93,-74.15Z'/>
</clipPath>
<clipPath id='figure-6-clip-10'>
<path d='M140.67,-85.6L307.54,81.28L190.87,197.95L23.99,31.07L140.67,-85.6Z'/>
</clipPath>
<clipPath id='figure-6-clip-11'>
<path d='M145.41,-97.05L312.29,69.83L195.61,186.5L28.74,19.63L145.41,-97.05Z'/>
</clipPath>
<clipPath id='figure-6-clip-12'>
<path d='M150.15,-108.49L317.03,58.38L200.35,175.05L33.48,8.18L150.15,-108.49Z'/>
</clipPath>
<clipPath id='figure-6-clip-13'>
<path d='M21,27L21,123L213,123L213,27Z'/>
</clipPath>
</defs>
<g style='fill:rgb(140,29,43);stroke:none' clip-path='url(#figure-6-clip-0)'>
<path d='M34.5,8.5L42.5,8.5L42.5,16.5L34.5,16.5L34.5,8.5Z'/>
</g>
<g>
<text x='46.5' y='15.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>5G 移动电话用户（亿户）</text>
</g>
<g style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-6-clip-0)'>
<path d='M144.5,12.5L158.5,12.5'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-6-clip-0)'>
<path d='M153.3,12.5C153.3,13.49,152.49,14.3,151.5,14.3C150.51,14.3,149.7,13.49,149.7,12.5C149.7,11.51,150.51,10.7,151.5,10.7C152.49,10.7,153.3,11.51,153.3,12.5Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-6-clip-0)'>
<path d='M153.3,12.5C153.3,13.49,152.49,14.3,151.5,14.3C150.51,14.3,149.7,13.49,149.7,12.5C149.7,11.51,150.51,10.7,151.5,10.7C152.49,10.7,153.3,11.51,153.3,12.5Z'/>
</g>
<g>
<text x='162.5' y='15.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>同比（%）</text>
</g>
<line x1='21' y1='123' x2='213' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-0)'/>
<g transform='matrix(0.71,-0.71,0.71,0.71,-81.61,56.97)'>
<text x='-1.04' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-1)'>2025-02</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-76.87,68.42)'>
<text x='15.15' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-2)'>2025-03</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-72.13,79.86)'>
<text x='31.34' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-3)'>2025-04</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-67.39,91.31)'>
<text x='47.53' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-4)'>2025-05</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-62.65,102.76)'>
<text x='63.72' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-5)'>2025-06</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-57.9,114.21)'>
<text x='79.91' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-6)'>2025-07</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-53.16,125.65)'>
<text x='96.09' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-7)'>2025-08</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-48.42,137.1)'>
<text x='112.28' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-8)'>2025-09</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-43.68,148.55)'>
<text x='128.47' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-9)'>2025-10</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-38.94,159.99)'>
<text x='144.66' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-10)'>2025-11</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-34.2,171.44)'>
<text x='160.85' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-11)'>2025-12</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-29.45,182.89)'>
<text x='177.04' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-12)'>2026-02</text>
</g>
<line x1='21' y1='27' x2='21' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-0)'/>
<g>
<text x='11' y='127.2' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>0</text>
</g>
<line x1='19' y1='123' x2='21' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-0)'/>
<g>
<text x='11' y='90.18' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>5</text>
</g>
<line x1='19' y1='85.98' x2='21' y2='85.98' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-0)'/>
<g>
<text x='6' y='53.16' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>10</text>
</g>
<line x1='19' y1='48.97' x2='21' y2='48.97' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-0)'/>
<line x1='213' y1='27' x2='213' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-0)'/>
<g>
<text x='219' y='111.18' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>18</text>
</g>
<line x1='215' y1='106.98' x2='213' y2='106.98' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-0)'/>
<g>
<text x='219' y='86.39' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>20</text>
</g>
<line x1='215' y1='82.19' x2='213' y2='82.19' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-0)'/>
<g>
<text x='219' y='61.59' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>22</text>
</g>
<line x1='215' y1='57.4' x2='213' y2='57.4' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-0)'/>
<g>
<text x='219' y='36.8' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>24</text>
</g>
<line x1='215' y1='32.6' x2='213' y2='32.6' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-0)'/>
<line x1='21' y1='123' x2='213' y2='123' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-13)'/>
<line x1='21' y1='85.98' x2='213' y2='85.98' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-13)'/>
<line x1='21' y1='48.97' x2='213' y2='48.97' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-13)'/>
<rect x='22.92' y='44.9' width='10.08' height='78.1' style='fill:rgb(140,29,43)' clip-path='url(#figure-6-clip-13)'/>
<rect x='39.11' y='43.56' width='10.08' height='79.44' style='fill:rgb(140,29,43)' clip-path='url(#figure-6-clip-13)'/>
<rect x='55.3' y='42.38' width='10.08' height='80.62' style='fill:rgb(140,29,43)' clip-path='url(#figure-6-clip-13)'/>
<rect x='71.49' y='41.2' width='10.08' height='81.8' style='fill:rgb(140,29,43)' clip-path='url(#figure-6-clip-13)'/>
<rect x='87.68' y='40.01' width='10.08' height='82.99' style='fill:rgb(140,29,43)' clip-path='url(#figure-6-clip-13)'/>
<rect x='103.87' y='38.68' width='10.08' height='84.32' style='fill:rgb(140,29,43)' clip-path='url(#figure-6-clip-13)'/>
<rect x='120.05' y='37.57' width='10.08' height='85.43' style='fill:rgb(140,29,43)' clip-path='url(#figure-6-clip-13)'/>
<rect x='136.24' y='36.46' width='10.08' height='86.54' style='fill:rgb(140,29,43)' clip-path='url(#figure-6-clip-13)'/>
<rect x='152.43' y='35.12' width='10.08' height='87.88' style='fill:rgb(140,29,43)' clip-path='url(#figure-6-clip-13)'/>
<rect x='168.62' y='34.01' width='10.08' height='88.99' style='fill:rgb(140,29,43)' clip-path='url(#figure-6-clip-13)'/>
<rect x='184.81' y='32.68' width='10.08' height='90.32' style='fill:rgb(140,29,43)' clip-path='url(#figure-6-clip-13)'/>
<rect x='201' y='31.57' width='10.08' height='91.43' style='fill:rgb(140,29,43)' clip-path='url(#figure-6-clip-13)'/>
<line x1='27.96' y1='31.36' x2='44.15' y2='38.55' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-6-clip-13)'/>
<line x1='44.15' y1='38.55' x2='60.34' y2='48.1' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-6-clip-13)'/>
<line x1='60.34' y1='48.1' x2='76.53' y2='56.9' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-6-clip-13)'/>
<line x1='76.53' y1='56.9' x2='92.72' y2='63.97' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-6-clip-13)'/>
<line x1='92.72' y1='63.97' x2='108.91' y2='73.39' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-6-clip-13)'/>
<line x1='108.91' y1='73.39' x2='125.09' y2='83.68' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-6-clip-13)'/>
<line x1='125.09' y1='83.68' x2='141.28' y2='82.93' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-6-clip-13)'/>
<line x1='141.28' y1='82.93' x2='157.47' y2='91.12' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-6-clip-13)'/>
<line x1='157.47' y1='91.12' x2='173.66' y2='96.69' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-6-clip-13)'/>
<line x1='173.66' y1='96.69' x2='189.85' y2='108.35' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-6-clip-13)'/>
<line x1='189.85' y1='108.35' x2='206.04' y2='118.64' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-6-clip-13)'/>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-6-clip-13)'>
<path d='M29.76,31.36C29.76,32.36,28.95,33.16,27.96,33.16C26.97,33.16,26.16,32.36,26.16,31.36C26.16,30.37,26.97,29.56,27.96,29.56C28.95,29.56,29.76,30.37,29.76,31.36Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-6-clip-13)'>
<path d='M29.76,31.36C29.76,32.36,28.95,33.16,27.96,33.16C26.97,33.16,26.16,32.36,26.16,31.36C26.16,30.37,26.97,29.56,27.96,29.56C28.95,29.56,29.76,30.37,29.76,31.36Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-6-clip-13)'>
<path d='M45.95,38.55C45.95,39.55,45.14,40.35,44.15,40.35C43.15,40.35,42.35,39.55,42.35,38.55C42.35,37.56,43.15,36.75,44.15,36.75C45.14,36.75,45.95,37.56,45.95,38.55Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-6-clip-13)'>
<path d='M45.95,38.55C45.95,39.55,45.14,40.35,44.15,40.35C43.15,40.35,42.35,39.55,42.35,38.55C42.35,37.56,43.15,36.75,44.15,36.75C45.14,36.75,45.95,37.56,45.95,38.55Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-6-clip-13)'>
<path d='M62.14,48.1C62.14,49.09,61.33,49.9,60.34,49.9C59.34,49.9,58.54,49.09,58.54,48.1C58.54,47.11,59.34,46.3,60.34,46.3C61.33,46.3,62.14,47.11,62.14,48.1Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-6-clip-13)'>
<path d='M62.14,48.1C62.14,49.09,61.33,49.9,60.34,49.9C59.34,49.9,58.54,49.09,58.54,48.1C58.54,47.11,59.34,46.3,60.34,46.3C61.33,46.3,62.14,47.11,62.14,48.1Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-6-clip-13)'>
<path d='M78.33,56.9C78.33,57.89,77.52,58.7,76.53,58.7C75.53,58.7,74.73,57.89,74.73,56.9C74.73,55.91,75.53,55.1,76.53,55.1C77.52,55.1,78.33,55.91,78.33,56.9Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-6-clip-13)'>
<path d='M78.33,56.9C78.33,57.89,77.52,58.7,76.53,58.7C75.53,58.7,74.73,57.89,74.73,56.9C74.73,55.91,75.53,55.1,76.53,55.1C77.52,55.1,78.33,55.91,78.33,56.9Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-6-clip-13)'>
<path d='M94.52,63.97C94.52,64.96,93.71,65.77,92.72,65.77C91.72,65.77,90.92,64.96,90.92,63.97C90.92,62.97,91.72,62.17,92.72,62.17C93.71,62.17,94.52,62.97,94.52,63.97Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-6-clip-13)'>
<path d='M94.52,63.97C94.52,64.96,93.71,65.77,92.72,65.77C91.72,65.77,90.92,64.96,90.92,63.97C90.92,62.97,91.72,62.17,92.72,62.17C93.71,62.17,94.52,62.97,94.52,63.97Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-6-clip-13)'>
<path d='M110.71,73.39C110.71,74.38,109.9,75.19,108.91,75.19C107.91,75.19,107.11,74.38,107.11,73.39C107.11,72.39,107.91,71.59,108.91,71.59C109.9,71.59,110.71,72.39,110.71,73.39Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-6-clip-13)'>
<path d='M110.71,73.39C110.71,74.38,109.9,75.19,108.91,75.19C107.91,75.19,107.11,74.38,107.11,73.39C107.11,72.39,107.91,71.59,108.91,71.59C109.9,71.59,110.71,72.39,110.71,73.39Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-6-clip-13)'>
<path d='M126.89,83.68C126.89,84.67,126.09,85.48,125.09,85.48C124.1,85.48,123.29,84.67,123.29,83.68C123.29,82.68,124.1,81.88,125.09,81.88C126.09,81.88,126.89,82.68,126.89,83.68Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-6-clip-13)'>
<path d='M126.89,83.68C126.89,84.67,126.09,85.48,125.09,85.48C124.1,85.48,123.29,84.67,123.29,83.68C123.29,82.68,124.1,81.88,125.09,81.88C126.09,81.88,126.89,82.68,126.89,83.68Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-6-clip-13)'>
<path d='M143.08,82.93C143.08,83.93,142.28,84.73,141.28,84.73C140.29,84.73,139.48,83.93,139.48,82.93C139.48,81.94,140.29,81.13,141.28,81.13C142.28,81.13,143.08,81.94,143.08,82.93Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-6-clip-13)'>
<path d='M143.08,82.93C143.08,83.93,142.28,84.73,141.28,84.73C140.29,84.73,139.48,83.93,139.48,82.93C139.48,81.94,140.29,81.13,141.28,81.13C142.28,81.13,143.08,81.94,143.08,82.93Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-6-clip-13)'>
<path d='M159.27,91.12C159.27,92.11,158.47,92.92,157.47,92.92C156.48,92.92,155.67,92.11,155.67,91.12C155.67,90.12,156.48,89.32,157.47,89.32C158.47,89.32,159.27,90.12,159.27,91.12Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-6-clip-13)'>
<path d='M159.27,91.12C159.27,92.11,158.47,92.92,157.47,92.92C156.48,92.92,155.67,92.11,155.67,91.12C155.67,90.12,156.48,89.32,157.47,89.32C158.47,89.32,159.27,90.12,159.27,91.12Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-6-clip-13)'>
<path d='M175.46,96.69C175.46,97.69,174.66,98.49,173.66,98.49C172.67,98.49,171.86,97.69,171.86,96.69C171.86,95.7,172.67,94.89,173.66,94.89C174.66,94.89,175.46,95.7,175.46,96.69Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-6-clip-13)'>
<path d='M175.46,96.69C175.46,97.69,174.66,98.49,173.66,98.49C172.67,98.49,171.86,97.69,171.86,96.69C171.86,95.7,172.67,94.89,173.66,94.89C174.66,94.89,175.46,95.7,175.46,96.69Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-6-clip-13)'>
<path d='M191.65,108.35C191.65,109.34,190.85,110.15,189.85,110.15C188.86,110.15,188.05,109.34,188.05,108.35C188.05,107.35,188.86,106.55,189.85,106.55C190.85,106.55,191.65,107.35,191.65,108.35Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-6-clip-13)'>
<path d='M191.65,108.35C191.65,109.34,190.85,110.15,189.85,110.15C188.86,110.15,188.05,109.34,188.05,108.35C188.05,107.35,188.86,106.55,189.85,106.55C190.85,106.55,191.65,107.35,191.65,108.35Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-6-clip-13)'>
<path d='M207.84,118.64C207.84,119.63,207.03,120.44,206.04,120.44C205.05,120.44,204.24,119.63,204.24,118.64C204.24,117.64,205.05,116.84,206.04,116.84C207.03,116.84,207.84,117.64,207.84,118.64Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-6-clip-13)'>
<path d='M207.84,118.64C207.84,119.63,207.03,120.44,206.04,120.44C205.05,120.44,204.24,119.63,204.24,118.64C204.24,117.64,205.05,116.84,206.04,116.84C207.03,116.84,207.84,117.64,207.84,118.64Z'/>
</g>
</svg>
--- telecom-weekly-2026-W13-figure-7.svg ---
<?xml version="1.0"?>
<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='236' height='165' viewBox='0 0 236 165'>
<defs>
<clipPath id='figure-7-clip-0'>
<path d='M0,0L236,0L236,165L0,165L0,0Z'/>
</clipPath>
<clipPath id='figure-7-clip-1'>
<path d='M101.1,9.93L267.97,176.81L151.3,293.48L-15.58,126.6L101.1,9.93Z'/>
</clipPath>
<clipPath id='figure-7-clip-2'>
<path d='M105.57,-0.86L272.44,166.02L155.77,282.69L-11.11,115.81L105.57,-0.86Z'/>
</clipPath>
<clipPath id='figure-7-clip-3'>
<path d='M110.04,-11.65L276.91,155.22L160.24,271.9L-6.64,105.02L110.04,-11.65Z'/>
</clipPath>
<clipPath id='figure-7-clip-4'>
<path d='M114.51,-22.44L281.38,144.43L164.71,261.11L-2.17,94.23L114.51,-22.44Z'/>
</clipPath>
<clipPath id='figure-7-clip-5'>
<path d='M118.98,-33.24L285.85,133.64L169.18,250.31L2.3,83.44L118.98,-33.24Z'/>
</clipPath>
<clipPath id='figure-7-clip-6'>
<path d='M123.45,-44.03L290.32,122.85L173.65,239.52L6.77,72.65L123.45,-44.03Z'/>
</clipPath>
<clipPath id='figure-7-clip-7'>
<path d='M127.92,-54.82L294.79,112.06L178.12,228.73L11.24,61.85L127.92,-54.82Z'/>
</clipPath>
<clipPath id='figure-7-clip-8'>
<path d='M132.39,-65.61L299.26,101.27L182.59,217.94L15.71,51.06L132.39,-65.61Z'/>
</clipPath>
<clipPath id='figure-7-clip-9'>
<path d='M136.86,-76.4L303.73,90.48L187.06,207.15L20.18,40.27L136.86,-76.4Z'/>
</clipPath>
<clipPath id='figure-7-clip-10'>
<path d='M141.33,-87.19L308.2,79.68L191.53,196.36L24.65,29.48L141.33,-87.19Z'/>
</clipPath>
<clipPath id='figure-7-clip-11'>
<path d='M145.8,-97.99L312.67,68.89L196,185.56L29.12,18.69L145.8,-97.99Z'/>
</clipPath>
<clipPath id='figure-7-clip-12'>
<path d='M150.27,-108.78L317.14,58.1L200.47,174.77L33.59,7.9L150.27,-108.78Z'/>
</clipPath>
<clipPath id='figure-7-clip-13'>
<path d='M32,27L32,123L213,123L213,27Z'/>
</clipPath>
</defs>
<g style='fill:rgb(140,29,43);stroke:none' clip-path='url(#figure-7-clip-0)'>
<path d='M26,8.5L34,8.5L34,16.5L26,16.5L26,8.5Z'/>
</g>
<g>
<text x='38' y='15.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-0)'>移动互联网累计流量（亿 GB）</text>
</g>
<g style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-7-clip-0)'>
<path d='M153,12.5L167,12.5'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-7-clip-0)'>
<path d='M161.8,12.5C161.8,13.49,160.99,14.3,160,14.3C159.01,14.3,158.2,13.49,158.2,12.5C158.2,11.51,159.01,10.7,160,10.7C160.99,10.7,161.8,11.51,161.8,12.5Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-7-clip-0)'>
<path d='M161.8,12.5C161.8,13.49,160.99,14.3,160,14.3C159.01,14.3,158.2,13.49,158.2,12.5C158.2,11.51,159.01,10.7,160,10.7C160.99,10.7,161.8,11.51,161.8,12.5Z'/>
</g>
<g>
<text x='171' y='15.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-0)'>同比（%）</text>
</g>
<line x1='32' y1='123' x2='213' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-7-clip-0)'/>
<g transform='matrix(0.71,-0.71,0.71,0.71,-78.51,64.46)'>
<text x='9.56' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-1)'>2025-02</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-74.04,75.26)'>
<text x='24.82' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-2)'>2025-03</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-69.57,86.05)'>
<text x='40.08' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-3)'>2025-04</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-65.1,96.84)'>
<text x='55.35' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-4)'>2025-05</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-60.63,107.63)'>
<text x='70.61' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-5)'>2025-06</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-56.16,118.42)'>
<text x='85.87' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-6)'>2025-07</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-51.69,129.21)'>
<text x='101.13' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-7)'>2025-08</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-47.22,140.01)'>
<text x='116.39' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-8)'>2025-09</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-42.75,150.8)'>
<text x='131.65' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-9)'>2025-10</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-38.28,161.59)'>
<text x='146.92' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-10)'>2025-11</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-33.81,172.38)'>
<text x='162.18' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-11)'>2025-12</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-29.34,183.17)'>
<text x='177.44' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-12)'>2026-02</text>
</g>
<line x1='32' y1='27' x2='32' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-7-clip-0)'/>
<g>
<text x='22' y='127.2' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-0)'>0</text>
</g>
<line x1='30' y1='123' x2='32' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-7-clip-0)'/>
<g>
<text x='6' y='101.09' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-0)'>1,000</text>
</g>
<line x1='30' y1='96.9' x2='32' y2='96.9' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-7-clip-0)'/>
<g>
<text x='6' y='74.99' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-0)'>2,000</text>
</g>
<line x1='30' y1='70.79' x2='32' y2='70.79' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-7-clip-0)'/>
<g>
<text x='6' y='48.88' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-0)'>3,000</text>
</g>
<line x1='30' y1='44.69' x2='32' y2='44.69' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-7-clip-0)'/>
<line x1='213' y1='27' x2='213' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-7-clip-0)'/>
<g>
<text x='219' y='126.99' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-0)'>16</text>
</g>
<line x1='215' y1='122.79' x2='213' y2='122.79' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-7-clip-0)'/>
<g>
<text x='219' y='106.21' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-0)'>17</text>
</g>
<line x1='215' y1='102.01' x2='213' y2='102.01' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-7-clip-0)'/>
<g>
<text x='219' y='85.43' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-0)'>18</text>
</g>
<line x1='215' y1='81.23' x2='213' y2='81.23' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-7-clip-0)'/>
<g>
<text x='219' y='64.65' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-0)'>19</text>
</g>
<line x1='215' y1='60.45' x2='213' y2='60.45' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-7-clip-0)'/>
<g>
<text x='219' y='43.87' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-7-clip-0)'>20</text>
</g>
<line x1='215' y1='39.68' x2='213' y2='39.68' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-7-clip-0)'/>
<line x1='32' y1='123' x2='213' y2='123' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-7-clip-13)'/>
<line x1='32' y1='96.9' x2='213' y2='96.9' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-7-clip-13)'/>
<line x1='32' y1='70.79' x2='213' y2='70.79' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-7-clip-13)'/>
<line x1='32' y1='44.69' x2='213' y2='44.69' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-7-clip-13)'/>
<rect x='33.81' y='108.55' width='9.5' height='14.45' style='fill:rgb(140,29,43)' clip-path='url(#figure-7-clip-13)'/>
<rect x='49.07' y='100.91' width='9.5' height='22.09' style='fill:rgb(140,29,43)' clip-path='url(#figure-7-clip-13)'/>
<rect x='64.33' y='93.46' width='9.5' height='29.54' style='fill:rgb(140,29,43)' clip-path='url(#figure-7-clip-13)'/>
<rect x='79.59' y='85.78' width='9.5' height='37.22' style='fill:rgb(140,29,43)' clip-path='url(#figure-7-clip-13)'/>
<rect x='94.86' y='78.2' width='9.5' height='44.8' style='fill:rgb(140,29,43)' clip-path='url(#figure-7-clip-13)'/>
<rect x='110.12' y='70.48' width='9.5' height='52.52' style='fill:rgb(140,29,43)' clip-path='url(#figure-7-clip-13)'/>
<rect x='125.38' y='62.69' width='9.5' height='60.31' style='fill:rgb(140,29,43)' clip-path='url(#figure-7-clip-13)'/>
<rect x='140.64' y='55.11' width='9.5' height='67.89' style='fill:rgb(140,29,43)' clip-path='url(#figure-7-clip-13)'/>
<rect x='155.9' y='47.22' width='9.5' height='75.78' style='fill:rgb(140,29,43)' clip-path='url(#figure-7-clip-13)'/>
<rect x='171.16' y='39.5' width='9.5' height='83.5' style='fill:rgb(140,29,43)' clip-path='url(#figure-7-clip-13)'/>
<rect x='186.43' y='31.57' width='9.5' height='91.43' style='fill:rgb(140,29,43)' clip-path='url(#figure-7-clip-13)'/>
<rect x='201.69' y='105.6' width='9.5' height='17.4' style='fill:rgb(140,29,43)' clip-path='url(#figure-7-clip-13)'/>
<line x1='38.56' y1='112.4' x2='53.82' y2='118.64' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-7-clip-13)'/>
<line x1='53.82' y1='118.64' x2='69.08' y2='106.17' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-7-clip-13)'/>
<line x1='69.08' y1='106.17' x2='84.35' y2='114.48' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-7-clip-13)'/>
<line x1='84.35' y1='114.48' x2='99.61' y2='104.09' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-7-clip-13)'/>
<line x1='99.61' y1='104.09' x2='114.87' y2='95.78' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-7-clip-13)'/>
<line x1='114.87' y1='95.78' x2='130.13' y2='102.01' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-7-clip-13)'/>
<line x1='130.13' y1='102.01' x2='145.39' y2='89.55' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-7-clip-13)'/>
<line x1='145.39' y1='89.55' x2='160.65' y2='83.31' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-7-clip-13)'/>
<line x1='160.65' y1='83.31' x2='175.92' y2='77.08' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-7-clip-13)'/>
<line x1='175.92' y1='77.08' x2='191.18' y2='68.77' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-7-clip-13)'/>
<line x1='191.18' y1='68.77' x2='206.44' y2='31.36' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-7-clip-13)'/>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-7-clip-13)'>
<path d='M40.36,112.4C40.36,113.4,39.56,114.2,38.56,114.2C37.57,114.2,36.76,113.4,36.76,112.4C36.76,111.41,37.57,110.6,38.56,110.6C39.56,110.6,40.36,111.41,40.36,112.4Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-7-clip-13)'>
<path d='M40.36,112.4C40.36,113.4,39.56,114.2,38.56,114.2C37.57,114.2,36.76,113.4,36.76,112.4C36.76,111.41,37.57,110.6,38.56,110.6C39.56,110.6,40.36,111.41,40.36,112.4Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-7-clip-13)'>
<path d='M55.62,118.64C55.62,119.63,54.82,120.44,53.82,120.44C52.83,120.44,52.02,119.63,52.02,118.64C52.02,117.64,52.83,116.84,53.82,116.84C54.82,116.84,55.62,117.64,55.62,118.64Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-7-clip-13)'>
<path d='M55.62,118.64C55.62,119.63,54.82,120.44,53.82,120.44C52.83,120.44,52.02,119.63,52.02,118.64C52.02,117.64,52.83,116.84,53.82,116.84C54.82,116.84,55.62,117.64,55.62,118.64Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-7-clip-13)'>
<path d='M70.88,106.17C70.88,107.16,70.08,107.97,69.08,107.97C68.09,107.97,67.28,107.16,67.28,106.17C67.28,105.17,68.09,104.37,69.08,104.37C70.08,104.37,70.88,105.17,70.88,106.17Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-7-clip-13)'>
<path d='M70.88,106.17C70.88,107.16,70.08,107.97,69.08,107.97C68.09,107.97,67.28,107.16,67.28,106.17C67.28,105.17,68.09,104.37,69.08,104.37C70.08,104.37,70.88,105.17,70.88,106.17Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-7-clip-13)'>
<path d='M86.15,114.48C86.15,115.47,85.34,116.28,84.35,116.28C83.35,116.28,82.55,115.47,82.55,114.48C82.55,113.49,83.35,112.68,84.35,112.68C85.34,112.68,86.15,113.49,86.15,114.48Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-7-clip-13)'>
<path d='M86.15,114.48C86.15,115.47,85.34,116.28,84.35,116.28C83.35,116.28,82.55,115.47,82.55,114.48C82.55,113.49,83.35,112.68,84.35,112.68C85.34,112.68,86.15,113.49,86.15,114.48Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-7-clip-13)'>
<path d='M101.41,104.09C101.41,105.09,100.6,105.89,99.61,105.89C98.61,105.89,97.81,105.09,97.81,104.09C97.81,103.1,98.61,102.29,99.61,102.29C100.6,102.29,101.41,103.1,101.41,104.09Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-7-clip-13)'>
<path d='M101.41,104.09C101.41,105.09,100.6,105.89,99.61,105.89C98.61,105.89,97.81,105.09,97.81,104.09C97.81,103.1,98.61,102.29,99.61,102.29C100.6,102.29,101.41,103.1,101.41,104.09Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-7-clip-13)'>
<path d='M116.67,95.78C116.67,96.77,115.86,97.58,114.87,97.58C113.88,97.58,113.07,96.77,113.07,95.78C113.07,94.79,113.88,93.98,114.87,93.98C115.86,93.98,116.67,94.79,116.67,95.78Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-7-clip-13)'>
<path d='M116.67,95.78C116.67,96.77,115.86,97.58,114.87,97.58C113.88,97.58,113.07,96.77,113.07,95.78C113.07,94.79,113.88,93.98,114.87,93.98C115.86,93.98,116.67,94.79,116.67,95.78Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-7-clip-13)'>
<path d='M131.93,102.01C131.93,103.01,131.12,103.81,130.13,103.81C129.14,103.81,128.33,103.01,128.33,102.01C128.33,101.02,129.14,100.21,130.13,100.21C131.12,100.21,131.93,101.02,131.93,102.01Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-7-clip-13)'>
<path d='M131.93,102.01C131.93,103.01,131.12,103.81,130.13,103.81C129.14,103.81,128.33,103.01,128.33,102.01C128.33,101.02,129.14,100.21,130.13,100.21C131.12,100.21,131.93,101.02,131.93,102.01Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-7-clip-13)'>
<path d='M147.19,89.55C147.19,90.54,146.39,91.35,145.39,91.35C144.4,91.35,143.59,90.54,143.59,89.55C143.59,88.55,144.4,87.75,145.39,87.75C146.39,87.75,147.19,88.55,147.19,89.55Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-7-clip-13)'>
<path d='M147.19,89.55C147.19,90.54,146.39,91.35,145.39,91.35C144.4,91.35,143.59,90.54,143.59,89.55C143.59,88.55,144.4,87.75,145.39,87.75C146.39,87.75,147.19,88.55,147.19,89.55Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-7-clip-13)'>
<path d='M162.45,83.31C162.45,84.31,161.65,85.11,160.65,85.11C159.66,85.11,158.85,84.31,158.85,83.31C158.85,82.32,159.66,81.51,160.65,81.51C161.65,81.51,162.45,82.32,162.45,83.31Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-7-clip-13)'>
<path d='M162.45,83.31C162.45,84.31,161.65,85.11,160.65,85.11C159.66,85.11,158.85,84.31,158.85,83.31C158.85,82.32,159.66,81.51,160.65,81.51C161.65,81.51,162.45,82.32,162.45,83.31Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-7-clip-13)'>
<path d='M177.72,77.08C177.72,78.07,176.91,78.88,175.92,78.88C174.92,78.88,174.12,78.07,174.12,77.08C174.12,76.08,174.92,75.28,175.92,75.28C176.91,75.28,177.72,76.08,177.72,77.08Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-7-clip-13)'>
<path d='M177.72,77.08C177.72,78.07,176.91,78.88,175.92,78.88C174.92,78.88,174.12,78.07,174.12,77.08C174.12,76.08,174.92,75.28,175.92,75.28C176.91,75.28,177.72,76.08,177.72,77.08Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-7-clip-13)'>
<path d='M192.98,68.77C192.98,69.76,192.17,70.57,191.18,70.57C190.18,70.57,189.38,69.76,189.38,68.77C189.38,67.77,190.18,66.97,191.18,66.97C192.17,66.97,192.98,67.77,192.98,68.77Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-7-clip-13)'>
<path d='M192.98,68.77C192.98,69.76,192.17,70.57,191.18,70.57C190.18,70.57,189.38,69.76,189.38,68.77C189.38,67.77,190.18,66.97,191.18,66.97C192.17,66.97,192.98,67.77,192.98,68.77Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-7-clip-13)'>
<path d='M208.24,31.36C208.24,32.36,207.43,33.16,206.44,33.16C205.44,33.16,204.64,32.36,204.64,31.36C204.64,30.37,205.44,29.56,206.44,29.56C207.43,29.56,208.24,30.37,208.24,31.36Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-7-clip-13)'>
<path d='M208.24,31.36C208.24,32.36,207.43,33.16,206.44,33.16C205.44,33.16,204.64,32.36,204.64,31.36C204.64,30.37,205.44,29.56,206.44,29.56C207.43,29.56,208.24,30.37,208.24,31.36Z'/>
</g>
</svg>
--- telecom-weekly-2026-W13-figure-8.svg ---
<?xml version="1.0"?>
<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='236' height='165' viewBox='0 0 236 165'>
<defs>
<clipPath id='figure-8-clip-0'>
<path d='M0,0L236,0L236,165L0,165L0,0Z'/>
</clipPath>
<clipPath id='figure-8-clip-1'>
<path d='M97.92,17.61L264.79,184.48L148.12,301.16L-18.76,134.28L97.92,17.61Z'/>
</clipPath>
<clipPath id='figure-8-clip-2'>
<path d='M102.49,6.58L269.36,173.45L152.69,290.13L-14.19,123.25L102.49,6.58Z'/>
</clipPath>
<clipPath id='figure-8-clip-3'>
<path d='M107.06,-4.45L273.93,162.42L157.26,279.1L-9.62,112.22L107.06,-4.45Z'/>
</clipPath>
<clipPath id='figure-8-clip-4'>
<path d='M111.62,-15.48L278.5,151.39L161.83,268.07L-5.05,101.19L111.62,-15.48Z'/>
</clipPath>
<clipPath id='figure-8-clip-5'>
<path d='M116.19,-26.51L283.07,140.36L166.4,257.04L-0.48,90.16L116.19,-26.51Z'/>
</clipPath>
<clipPath id='figure-8-clip-6'>
<path d='M120.76,-37.54L287.64,129.33L170.97,246.01L4.09,79.13L120.76,-37.54Z'/>
</clipPath>
<clipPath id='figure-8-clip-7'>
<path d='M125.33,-48.57L292.21,118.3L175.53,234.98L8.66,68.1L125.33,-48.57Z'/>
</clipPath>
<clipPath id='figure-8-clip-8'>
<path d='M129.9,-59.6L296.78,107.27L180.1,223.95L13.23,57.07L129.9,-59.6Z'/>
</clipPath>
<clipPath id='figure-8-clip-9'>
<path d='M134.47,-70.63L301.35,96.24L184.67,212.92L17.8,46.04L134.47,-70.63Z'/>
</clipPath>
<clipPath id='figure-8-clip-10'>
<path d='M139.04,-81.66L305.91,85.21L189.24,201.89L22.36,35.01L139.04,-81.66Z'/>
</clipPath>
<clipPath id='figure-8-clip-11'>
<path d='M143.61,-92.69L310.48,74.18L193.81,190.86L26.93,23.98L143.61,-92.69Z'/>
</clipPath>
<clipPath id='figure-8-clip-12'>
<path d='M148.17,-103.72L315.05,63.15L198.38,179.83L31.5,12.95L148.17,-103.72Z'/>
</clipPath>
<clipPath id='figure-8-clip-13'>
<path d='M21,46L21,123L206,123L206,46Z'/>
</clipPath>
</defs>
<g style='fill:rgb(140,29,43);stroke:none' clip-path='url(#figure-8-clip-0)'>
<path d='M6,8.5L14,8.5L14,16.5L6,16.5L6,8.5Z'/>
</g>
<g>
<text x='18' y='15.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-0)'>户均移动互联网接入流量 (DOU)（GB/户·月）</text>
</g>
<g style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-8-clip-0)'>
<path d='M6,31.5L20,31.5'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-8-clip-0)'>
<path d='M14.8,31.5C14.8,32.49,13.99,33.3,13,33.3C12.01,33.3,11.2,32.49,11.2,31.5C11.2,30.51,12.01,29.7,13,29.7C13.99,29.7,14.8,30.51,14.8,31.5Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-8-clip-0)'>
<path d='M14.8,31.5C14.8,32.49,13.99,33.3,13,33.3C12.01,33.3,11.2,32.49,11.2,31.5C11.2,30.51,12.01,29.7,13,29.7C13.99,29.7,14.8,30.51,14.8,31.5Z'/>
</g>
<g>
<text x='24' y='34.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-0)'>同比（%）</text>
</g>
<line x1='21' y1='123' x2='206' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-8-clip-0)'/>
<g transform='matrix(0.71,-0.71,0.71,0.71,-81.69,56.79)'>
<text x='-1.29' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-1)'>2025-02</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-77.12,67.82)'>
<text x='14.31' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-2)'>2025-03</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-72.55,78.85)'>
<text x='29.9' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-3)'>2025-04</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-67.98,89.88)'>
<text x='45.5' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-4)'>2025-05</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-63.41,100.91)'>
<text x='61.1' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-5)'>2025-06</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-58.84,111.94)'>
<text x='76.7' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-6)'>2025-07</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-54.27,122.97)'>
<text x='92.3' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-7)'>2025-08</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-49.71,134)'>
<text x='107.9' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-8)'>2025-09</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-45.14,145.03)'>
<text x='123.5' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-9)'>2025-10</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-40.57,156.06)'>
<text x='139.1' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-10)'>2025-11</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-36,167.09)'>
<text x='154.69' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-11)'>2025-12</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-31.43,178.12)'>
<text x='170.29' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-12)'>2026-02</text>
</g>
<line x1='21' y1='46' x2='21' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-8-clip-0)'/>
<g>
<text x='11' y='127.2' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-0)'>0</text>
</g>
<line x1='19' y1='123' x2='21' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-8-clip-0)'/>
<g>
<text x='11' y='108.21' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-0)'>5</text>
</g>
<line x1='19' y1='104.01' x2='21' y2='104.01' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-8-clip-0)'/>
<g>
<text x='6' y='89.22' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-0)'>10</text>
</g>
<line x1='19' y1='85.02' x2='21' y2='85.02' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-8-clip-0)'/>
<g>
<text x='6' y='70.23' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-0)'>15</text>
</g>
<line x1='19' y1='66.03' x2='21' y2='66.03' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-8-clip-0)'/>
<g>
<text x='6' y='51.24' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-0)'>20</text>
</g>
<line x1='19' y1='47.05' x2='21' y2='47.05' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-8-clip-0)'/>
<line x1='206' y1='46' x2='206' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-8-clip-0)'/>
<g>
<text x='212' y='124.84' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-0)'>9.5</text>
</g>
<line x1='208' y1='120.64' x2='206' y2='120.64' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-8-clip-0)'/>
<g>
<text x='212' y='105.82' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-0)'>10</text>
</g>
<line x1='208' y1='101.62' x2='206' y2='101.62' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-8-clip-0)'/>
<g>
<text x='212' y='86.79' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-0)'>10.5</text>
</g>
<line x1='208' y1='82.6' x2='206' y2='82.6' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-8-clip-0)'/>
<g>
<text x='212' y='67.77' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-8-clip-0)'>11</text>
</g>
<line x1='208' y1='63.58' x2='206' y2='63.58' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-8-clip-0)'/>
<line x1='21' y1='123' x2='206' y2='123' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-8-clip-13)'/>
<line x1='21' y1='104.01' x2='206' y2='104.01' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-8-clip-13)'/>
<line x1='21' y1='85.02' x2='206' y2='85.02' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-8-clip-13)'/>
<line x1='21' y1='66.03' x2='206' y2='66.03' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-8-clip-13)'/>
<line x1='21' y1='47.05' x2='206' y2='47.05' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-8-clip-13)'/>
<rect x='22.85' y='57.07' width='9.71' height='65.93' style='fill:rgb(140,29,43)' clip-path='url(#figure-8-clip-13)'/>
<rect x='38.45' y='56.31' width='9.71' height='66.69' style='fill:rgb(140,29,43)' clip-path='url(#figure-8-clip-13)'/>
<rect x='54.05' y='55.25' width='9.71' height='67.75' style='fill:rgb(140,29,43)' clip-path='url(#figure-8-clip-13)'/>
<rect x='69.65' y='55.74' width='9.71' height='67.26' style='fill:rgb(140,29,43)' clip-path='url(#figure-8-clip-13)'/>
<rect x='85.25' y='54.03' width='9.71' height='68.97' style='fill:rgb(140,29,43)' clip-path='url(#figure-8-clip-13)'/>
<rect x='100.84' y='53.81' width='9.71' height='69.19' style='fill:rgb(140,29,43)' clip-path='url(#figure-8-clip-13)'/>
<rect x='116.44' y='53.65' width='9.71' height='69.35' style='fill:rgb(140,29,43)' clip-path='url(#figure-8-clip-13)'/>
<rect x='132.04' y='52.93' width='9.71' height='70.07' style='fill:rgb(140,29,43)' clip-path='url(#figure-8-clip-13)'/>
<rect x='147.64' y='51.64' width='9.71' height='71.36' style='fill:rgb(140,29,43)' clip-path='url(#figure-8-clip-13)'/>
<rect x='163.24' y='51.49' width='9.71' height='71.51' style='fill:rgb(140,29,43)' clip-path='url(#figure-8-clip-13)'/>
<rect x='178.84' y='50.43' width='9.71' height='72.57' style='fill:rgb(140,29,43)' clip-path='url(#figure-8-clip-13)'/>
<rect x='194.44' y='49.67' width='9.71' height='73.33' style='fill:rgb(140,29,43)' clip-path='url(#figure-8-clip-13)'/>
<line x1='27.71' y1='109.23' x2='43.31' y2='97.05' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-8-clip-13)'/>
<line x1='43.31' y1='97.05' x2='58.9' y2='106.57' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-8-clip-13)'/>
<line x1='58.9' y1='106.57' x2='74.5' y2='119.5' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-8-clip-13)'/>
<line x1='74.5' y1='119.5' x2='90.1' y2='90.21' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-8-clip-13)'/>
<line x1='90.1' y1='90.21' x2='105.7' y2='102.76' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-8-clip-13)'/>
<line x1='105.7' y1='102.76' x2='121.3' y2='97.82' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-8-clip-13)'/>
<line x1='121.3' y1='97.82' x2='136.9' y2='95.53' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-8-clip-13)'/>
<line x1='136.9' y1='95.53' x2='152.5' y2='78.79' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-8-clip-13)'/>
<line x1='152.5' y1='78.79' x2='168.1' y2='94.01' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-8-clip-13)'/>
<line x1='168.1' y1='94.01' x2='183.69' y2='49.5' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-8-clip-13)'/>
<line x1='183.69' y1='49.5' x2='199.29' y2='54.83' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-8-clip-13)'/>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-8-clip-13)'>
<path d='M29.51,109.23C29.51,110.22,28.7,111.03,27.71,111.03C26.71,111.03,25.91,110.22,25.91,109.23C25.91,108.23,26.71,107.43,27.71,107.43C28.7,107.43,29.51,108.23,29.51,109.23Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-8-clip-13)'>
<path d='M29.51,109.23C29.51,110.22,28.7,111.03,27.71,111.03C26.71,111.03,25.91,110.22,25.91,109.23C25.91,108.23,26.71,107.43,27.71,107.43C28.7,107.43,29.51,108.23,29.51,109.23Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-8-clip-13)'>
<path d='M45.11,97.05C45.11,98.05,44.3,98.85,43.31,98.85C42.31,98.85,41.51,98.05,41.51,97.05C41.51,96.06,42.31,95.25,43.31,95.25C44.3,95.25,45.11,96.06,45.11,97.05Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-8-clip-13)'>
<path d='M45.11,97.05C45.11,98.05,44.3,98.85,43.31,98.85C42.31,98.85,41.51,98.05,41.51,97.05C41.51,96.06,42.31,95.25,43.31,95.25C44.3,95.25,45.11,96.06,45.11,97.05Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-8-clip-13)'>
<path d='M60.7,106.57C60.7,107.56,59.9,108.37,58.9,108.37C57.91,108.37,57.1,107.56,57.1,106.57C57.1,105.57,57.91,104.77,58.9,104.77C59.9,104.77,60.7,105.57,60.7,106.57Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-8-clip-13)'>
<path d='M60.7,106.57C60.7,107.56,59.9,108.37,58.9,108.37C57.91,108.37,57.1,107.56,57.1,106.57C57.1,105.57,57.91,104.77,58.9,104.77C59.9,104.77,60.7,105.57,60.7,106.57Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-8-clip-13)'>
<path d='M76.3,119.5C76.3,120.49,75.5,121.3,74.5,121.3C73.51,121.3,72.7,120.49,72.7,119.5C72.7,118.51,73.51,117.7,74.5,117.7C75.5,117.7,76.3,118.51,76.3,119.5Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-8-clip-13)'>
<path d='M76.3,119.5C76.3,120.49,75.5,121.3,74.5,121.3C73.51,121.3,72.7,120.49,72.7,119.5C72.7,118.51,73.51,117.7,74.5,117.7C75.5,117.7,76.3,118.51,76.3,119.5Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-8-clip-13)'>
<path d='M91.9,90.21C91.9,91.2,91.1,92.01,90.1,92.01C89.11,92.01,88.3,91.2,88.3,90.21C88.3,89.21,89.11,88.41,90.1,88.41C91.1,88.41,91.9,89.21,91.9,90.21Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-8-clip-13)'>
<path d='M91.9,90.21C91.9,91.2,91.1,92.01,90.1,92.01C89.11,92.01,88.3,91.2,88.3,90.21C88.3,89.21,89.11,88.41,90.1,88.41C91.1,88.41,91.9,89.21,91.9,90.21Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-8-clip-13)'>
<path d='M107.5,102.76C107.5,103.75,106.69,104.56,105.7,104.56C104.71,104.56,103.9,103.75,103.9,102.76C103.9,101.77,104.71,100.96,105.7,100.96C106.69,100.96,107.5,101.77,107.5,102.76Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-8-clip-13)'>
<path d='M107.5,102.76C107.5,103.75,106.69,104.56,105.7,104.56C104.71,104.56,103.9,103.75,103.9,102.76C103.9,101.77,104.71,100.96,105.7,100.96C106.69,100.96,107.5,101.77,107.5,102.76Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-8-clip-13)'>
<path d='M123.1,97.82C123.1,98.81,122.29,99.62,121.3,99.62C120.31,99.62,119.5,98.81,119.5,97.82C119.5,96.82,120.31,96.02,121.3,96.02C122.29,96.02,123.1,96.82,123.1,97.82Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-8-clip-13)'>
<path d='M123.1,97.82C123.1,98.81,122.29,99.62,121.3,99.62C120.31,99.62,119.5,98.81,119.5,97.82C119.5,96.82,120.31,96.02,121.3,96.02C122.29,96.02,123.1,96.82,123.1,97.82Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-8-clip-13)'>
<path d='M138.7,95.53C138.7,96.53,137.89,97.33,136.9,97.33C135.9,97.33,135.1,96.53,135.1,95.53C135.1,94.54,135.9,93.73,136.9,93.73C137.89,93.73,138.7,94.54,138.7,95.53Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-8-clip-13)'>
<path d='M138.7,95.53C138.7,96.53,137.89,97.33,136.9,97.33C135.9,97.33,135.1,96.53,135.1,95.53C135.1,94.54,135.9,93.73,136.9,93.73C137.89,93.73,138.7,94.54,138.7,95.53Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-8-clip-13)'>
<path d='M154.3,78.79C154.3,79.79,153.49,80.59,152.5,80.59C151.5,80.59,150.7,79.79,150.7,78.79C150.7,77.8,151.5,76.99,152.5,76.99C153.49,76.99,154.3,77.8,154.3,78.79Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-8-clip-13)'>
<path d='M154.3,78.79C154.3,79.79,153.49,80.59,152.5,80.59C151.5,80.59,150.7,79.79,150.7,78.79C150.7,77.8,151.5,76.99,152.5,76.99C153.49,76.99,154.3,77.8,154.3,78.79Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-8-clip-13)'>
<path d='M169.9,94.01C169.9,95,169.09,95.81,168.1,95.81C167.1,95.81,166.3,95,166.3,94.01C166.3,93.02,167.1,92.21,168.1,92.21C169.09,92.21,169.9,93.02,169.9,94.01Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-8-clip-13)'>
<path d='M169.9,94.01C169.9,95,169.09,95.81,168.1,95.81C167.1,95.81,166.3,95,166.3,94.01C166.3,93.02,167.1,92.21,168.1,92.21C169.09,92.21,169.9,93.02,169.9,94.01Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-8-clip-13)'>
<path d='M185.49,49.5C185.49,50.49,184.69,51.3,183.69,51.3C182.7,51.3,181.89,50.49,181.89,49.5C181.89,48.51,182.7,47.7,183.69,47.7C184.69,47.7,185.49,48.51,185.49,49.5Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-8-clip-13)'>
<path d='M185.49,49.5C185.49,50.49,184.69,51.3,183.69,51.3C182.7,51.3,181.89,50.49,181.89,49.5C181.89,48.51,182.7,47.7,183.69,47.7C184.69,47.7,185.49,48.51,185.49,49.5Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-8-clip-13)'>
<path d='M201.09,54.83C201.09,55.82,200.29,56.63,199.29,56.63C198.3,56.63,197.49,55.82,197.49,54.83C197.49,53.83,198.3,53.03,199.29,53.03C200.29,53.03,201.09,53.83,201.09,54.83Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-8-clip-13)'>
<path d='M201.09,54.83C201.09,55.82,200.29,56.63,199.29,56.63C198.3,56.63,197.49,55.82,197.49,54.83C197.49,53.83,198.3,53.03,199.29,53.03C200.29,53.03,201.09,53.83,201.09,54.83Z'/>
</g>
</svg>
--- telecom-weekly-2026-W13-figure-9.svg ---
<?xml version="1.0"?>
<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='236' height='165' viewBox='0 0 236 165'>
<defs>
<clipPath id='figure-9-clip-0'>
<path d='M0,0L236,0L236,165L0,165L0,0Z'/>
</clipPath>
<clipPath id='figure-9-clip-1'>
<path d='M99.12,14.7L266,181.58L149.33,298.25L-17.55,131.37L99.12,14.7Z'/>
</clipPath>
<clipPath id='figure-9-clip-2'>
<path d='M103.76,3.49L270.64,170.37L153.97,287.04L-12.91,120.16L103.76,3.49Z'/>
</clipPath>
<clipPath id='figure-9-clip-3'>
<path d='M108.41,-7.72L275.28,159.16L158.61,275.83L-8.27,108.96L108.41,-7.72Z'/>
</clipPath>
<clipPath id='figure-9-clip-4'>
<path d='M113.05,-18.93L279.93,147.95L163.25,264.62L-3.62,97.75L113.05,-18.93Z'/>
</clipPath>
<clipPath id='figure-9-clip-5'>
<path d='M117.69,-30.13L284.57,136.74L167.9,253.41L1.02,86.54L117.69,-30.13Z'/>
</clipPath>
<clipPath id='figure-9-clip-6'>
<path d='M122.34,-41.34L289.21,125.53L172.54,242.21L5.66,75.33L122.34,-41.34Z'/>
</clipPath>
<clipPath id='figure-9-clip-7'>
<path d='M126.98,-52.55L293.86,114.32L177.18,231L10.31,64.12L126.98,-52.55Z'/>
</clipPath>
<clipPath id='figure-9-clip-8'>
<path d='M131.62,-63.76L298.5,103.12L181.83,219.79L14.95,52.91L131.62,-63.76Z'/>
</clipPath>
<clipPath id='figure-9-clip-9'>
<path d='M136.26,-74.97L303.14,91.91L186.47,208.58L19.59,41.7L136.26,-74.97Z'/>
</clipPath>
<clipPath id='figure-9-clip-10'>
<path d='M140.91,-86.18L307.78,80.7L191.11,197.37L24.23,30.49L140.91,-86.18Z'/>
</clipPath>
<clipPath id='figure-9-clip-11'>
<path d='M145.55,-97.39L312.43,69.49L195.75,186.16L28.88,19.28L145.55,-97.39Z'/>
</clipPath>
<clipPath id='figure-9-clip-12'>
<path d='M150.19,-108.6L317.07,58.28L200.4,174.95L33.52,8.08L150.19,-108.6Z'/>
</clipPath>
<clipPath id='figure-9-clip-13'>
<path d='M25,27L25,123L213,123L213,27Z'/>
</clipPath>
</defs>
<g style='fill:rgb(140,29,43);stroke:none' clip-path='url(#figure-9-clip-0)'>
<path d='M50.5,8.5L58.5,8.5L58.5,16.5L50.5,16.5L50.5,8.5Z'/>
</g>
<g>
<text x='62.5' y='15.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-0)'>5G 基站（万个）</text>
</g>
<g style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-9-clip-0)'>
<path d='M128.5,12.5L142.5,12.5'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-9-clip-0)'>
<path d='M137.3,12.5C137.3,13.49,136.49,14.3,135.5,14.3C134.51,14.3,133.7,13.49,133.7,12.5C133.7,11.51,134.51,10.7,135.5,10.7C136.49,10.7,137.3,11.51,137.3,12.5Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-9-clip-0)'>
<path d='M137.3,12.5C137.3,13.49,136.49,14.3,135.5,14.3C134.51,14.3,133.7,13.49,133.7,12.5C133.7,11.51,134.51,10.7,135.5,10.7C136.49,10.7,137.3,11.51,137.3,12.5Z'/>
</g>
<g>
<text x='146.5' y='15.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-0)'>同比（%）</text>
</g>
<line x1='25' y1='123' x2='213' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-9-clip-0)'/>
<g transform='matrix(0.71,-0.71,0.71,0.71,-80.48,59.69)'>
<text x='2.82' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-1)'>2025-02</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-75.84,70.9)'>
<text x='18.67' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-2)'>2025-03</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-71.2,82.11)'>
<text x='34.52' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-3)'>2025-04</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-66.56,93.32)'>
<text x='50.37' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-4)'>2025-05</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-61.91,104.53)'>
<text x='66.22' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-5)'>2025-06</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-57.27,115.74)'>
<text x='82.07' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-6)'>2025-07</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-52.63,126.95)'>
<text x='97.93' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-7)'>2025-08</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-47.98,138.16)'>
<text x='113.78' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-8)'>2025-09</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-43.34,149.37)'>
<text x='129.63' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-9)'>2025-10</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-38.7,160.57)'>
<text x='145.48' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-10)'>2025-11</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-34.06,171.78)'>
<text x='161.33' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-11)'>2025-12</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-29.41,182.99)'>
<text x='177.18' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-12)'>2026-02</text>
</g>
<line x1='25' y1='27' x2='25' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-9-clip-0)'/>
<g>
<text x='15' y='127.2' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-0)'>0</text>
</g>
<line x1='23' y1='123' x2='25' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-9-clip-0)'/>
<g>
<text x='6' y='108.57' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-0)'>100</text>
</g>
<line x1='23' y1='104.38' x2='25' y2='104.38' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-9-clip-0)'/>
<g>
<text x='6' y='89.95' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-0)'>200</text>
</g>
<line x1='23' y1='85.75' x2='25' y2='85.75' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-9-clip-0)'/>
<g>
<text x='6' y='71.32' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-0)'>300</text>
</g>
<line x1='23' y1='67.13' x2='25' y2='67.13' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-9-clip-0)'/>
<g>
<text x='6' y='52.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-0)'>400</text>
</g>
<line x1='23' y1='48.5' x2='25' y2='48.5' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-9-clip-0)'/>
<g>
<text x='6' y='34.07' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-0)'>500</text>
</g>
<line x1='23' y1='29.88' x2='25' y2='29.88' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-9-clip-0)'/>
<line x1='213' y1='27' x2='213' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-9-clip-0)'/>
<g>
<text x='219' y='113.37' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-0)'>15</text>
</g>
<line x1='215' y1='109.17' x2='213' y2='109.17' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-9-clip-0)'/>
<g>
<text x='219' y='82.25' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-0)'>20</text>
</g>
<line x1='215' y1='78.05' x2='213' y2='78.05' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-9-clip-0)'/>
<g>
<text x='219' y='51.12' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-9-clip-0)'>25</text>
</g>
<line x1='215' y1='46.93' x2='213' y2='46.93' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-9-clip-0)'/>
<line x1='25' y1='123' x2='213' y2='123' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-9-clip-13)'/>
<line x1='25' y1='104.38' x2='213' y2='104.38' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-9-clip-13)'/>
<line x1='25' y1='85.75' x2='213' y2='85.75' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-9-clip-13)'/>
<line x1='25' y1='67.13' x2='213' y2='67.13' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-9-clip-13)'/>
<line x1='25' y1='48.5' x2='213' y2='48.5' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-9-clip-13)'/>
<line x1='25' y1='29.88' x2='213' y2='29.88' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-9-clip-13)'/>
<rect x='26.88' y='42.43' width='9.87' height='80.57' style='fill:rgb(140,29,43)' clip-path='url(#figure-9-clip-13)'/>
<rect x='42.73' y='41.27' width='9.87' height='81.73' style='fill:rgb(140,29,43)' clip-path='url(#figure-9-clip-13)'/>
<rect x='58.58' y='40.57' width='9.87' height='82.43' style='fill:rgb(140,29,43)' clip-path='url(#figure-9-clip-13)'/>
<rect x='74.44' y='39.47' width='9.87' height='83.53' style='fill:rgb(140,29,43)' clip-path='url(#figure-9-clip-13)'/>
<rect x='90.29' y='38.41' width='9.87' height='84.59' style='fill:rgb(140,29,43)' clip-path='url(#figure-9-clip-13)'/>
<rect x='106.14' y='37.85' width='9.87' height='85.15' style='fill:rgb(140,29,43)' clip-path='url(#figure-9-clip-13)'/>
<rect x='121.99' y='36.86' width='9.87' height='86.14' style='fill:rgb(140,29,43)' clip-path='url(#figure-9-clip-13)'/>
<rect x='137.84' y='35.61' width='9.87' height='87.39' style='fill:rgb(140,29,43)' clip-path='url(#figure-9-clip-13)'/>
<rect x='153.69' y='34.63' width='9.87' height='88.37' style='fill:rgb(140,29,43)' clip-path='url(#figure-9-clip-13)'/>
<rect x='169.55' y='33.77' width='9.87' height='89.23' style='fill:rgb(140,29,43)' clip-path='url(#figure-9-clip-13)'/>
<rect x='185.4' y='32.88' width='9.87' height='90.12' style='fill:rgb(140,29,43)' clip-path='url(#figure-9-clip-13)'/>
<rect x='201.25' y='31.57' width='9.87' height='91.43' style='fill:rgb(140,29,43)' clip-path='url(#figure-9-clip-13)'/>
<line x1='31.81' y1='31.36' x2='47.67' y2='41.82' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-9-clip-13)'/>
<line x1='47.67' y1='41.82' x2='63.52' y2='47.86' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-9-clip-13)'/>
<line x1='63.52' y1='47.86' x2='79.37' y2='52.4' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-9-clip-13)'/>
<line x1='79.37' y1='52.4' x2='95.22' y2='60.18' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-9-clip-13)'/>
<line x1='95.22' y1='60.18' x2='111.07' y2='68.78' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-9-clip-13)'/>
<line x1='111.07' y1='68.78' x2='126.93' y2='81.16' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-9-clip-13)'/>
<line x1='126.93' y1='81.16' x2='142.78' y2='84.28' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-9-clip-13)'/>
<line x1='142.78' y1='84.28' x2='158.63' y2='95.79' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-9-clip-13)'/>
<line x1='158.63' y1='95.79' x2='174.48' y2='101.14' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-9-clip-13)'/>
<line x1='174.48' y1='101.14' x2='190.33' y2='113.41' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-9-clip-13)'/>
<line x1='190.33' y1='113.41' x2='206.19' y2='118.64' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-9-clip-13)'/>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-9-clip-13)'>
<path d='M33.62,31.36C33.62,32.36,32.81,33.16,31.82,33.16C30.82,33.16,30.01,32.36,30.01,31.36C30.01,30.37,30.82,29.56,31.82,29.56C32.81,29.56,33.62,30.37,33.62,31.36Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-9-clip-13)'>
<path d='M33.62,31.36C33.62,32.36,32.81,33.16,31.82,33.16C30.82,33.16,30.01,32.36,30.01,31.36C30.01,30.37,30.82,29.56,31.82,29.56C32.81,29.56,33.62,30.37,33.62,31.36Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-9-clip-13)'>
<path d='M49.47,41.82C49.47,42.82,48.66,43.62,47.67,43.62C46.67,43.62,45.87,42.82,45.87,41.82C45.87,40.83,46.67,40.02,47.67,40.02C48.66,40.02,49.47,40.83,49.47,41.82Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-9-clip-13)'>
<path d='M49.47,41.82C49.47,42.82,48.66,43.62,47.67,43.62C46.67,43.62,45.87,42.82,45.87,41.82C45.87,40.83,46.67,40.02,47.67,40.02C48.66,40.02,49.47,40.83,49.47,41.82Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-9-clip-13)'>
<path d='M65.32,47.86C65.32,48.85,64.51,49.66,63.52,49.66C62.52,49.66,61.72,48.85,61.72,47.86C61.72,46.87,62.52,46.06,63.52,46.06C64.51,46.06,65.32,46.87,65.32,47.86Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-9-clip-13)'>
<path d='M65.32,47.86C65.32,48.85,64.51,49.66,63.52,49.66C62.52,49.66,61.72,48.85,61.72,47.86C61.72,46.87,62.52,46.06,63.52,46.06C64.51,46.06,65.32,46.87,65.32,47.86Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-9-clip-13)'>
<path d='M81.17,52.4C81.17,53.4,80.36,54.2,79.37,54.2C78.38,54.2,77.57,53.4,77.57,52.4C77.57,51.41,78.38,50.6,79.37,50.6C80.36,50.6,81.17,51.41,81.17,52.4Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-9-clip-13)'>
<path d='M81.17,52.4C81.17,53.4,80.36,54.2,79.37,54.2C78.38,54.2,77.57,53.4,77.57,52.4C77.57,51.41,78.38,50.6,79.37,50.6C80.36,50.6,81.17,51.41,81.17,52.4Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-9-clip-13)'>
<path d='M97.02,60.18C97.02,61.18,96.22,61.98,95.22,61.98C94.23,61.98,93.42,61.18,93.42,60.18C93.42,59.19,94.23,58.38,95.22,58.38C96.22,58.38,97.02,59.19,97.02,60.18Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-9-clip-13)'>
<path d='M97.02,60.18C97.02,61.18,96.22,61.98,95.22,61.98C94.23,61.98,93.42,61.18,93.42,60.18C93.42,59.19,94.23,58.38,95.22,58.38C96.22,58.38,97.02,59.19,97.02,60.18Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-9-clip-13)'>
<path d='M112.87,68.78C112.87,69.77,112.07,70.58,111.07,70.58C110.08,70.58,109.27,69.77,109.27,68.78C109.27,67.78,110.08,66.98,111.07,66.98C112.07,66.98,112.87,67.78,112.87,68.78Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-9-clip-13)'>
<path d='M112.87,68.78C112.87,69.77,112.07,70.58,111.07,70.58C110.08,70.58,109.27,69.77,109.27,68.78C109.27,67.78,110.08,66.98,111.07,66.98C112.07,66.98,112.87,67.78,112.87,68.78Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-9-clip-13)'>
<path d='M128.73,81.16C128.73,82.16,127.92,82.96,126.93,82.96C125.93,82.96,125.13,82.16,125.13,81.16C125.13,80.17,125.93,79.36,126.93,79.36C127.92,79.36,128.73,80.17,128.73,81.16Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-9-clip-13)'>
<path d='M128.73,81.16C128.73,82.16,127.92,82.96,126.93,82.96C125.93,82.96,125.13,82.16,125.13,81.16C125.13,80.17,125.93,79.36,126.93,79.36C127.92,79.36,128.73,80.17,128.73,81.16Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-9-clip-13)'>
<path d='M144.58,84.28C144.58,85.27,143.77,86.08,142.78,86.08C141.78,86.08,140.98,85.27,140.98,84.28C140.98,83.28,141.78,82.48,142.78,82.48C143.77,82.48,144.58,83.28,144.58,84.28Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-9-clip-13)'>
<path d='M144.58,84.28C144.58,85.27,143.77,86.08,142.78,86.08C141.78,86.08,140.98,85.27,140.98,84.28C140.98,83.28,141.78,82.48,142.78,82.48C143.77,82.48,144.58,83.28,144.58,84.28Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-9-clip-13)'>
<path d='M160.43,95.79C160.43,96.79,159.62,97.59,158.63,97.59C157.64,97.59,156.83,96.79,156.83,95.79C156.83,94.8,157.64,93.99,158.63,93.99C159.62,93.99,160.43,94.8,160.43,95.79Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-9-clip-13)'>
<path d='M160.43,95.79C160.43,96.79,159.62,97.59,158.63,97.59C157.64,97.59,156.83,96.79,156.83,95.79C156.83,94.8,157.64,93.99,158.63,93.99C159.62,93.99,160.43,94.8,160.43,95.79Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-9-clip-13)'>
<path d='M176.28,101.14C176.28,102.14,175.48,102.94,174.48,102.94C173.49,102.94,172.68,102.14,172.68,101.14C172.68,100.15,173.49,99.34,174.48,99.34C175.48,99.34,176.28,100.15,176.28,101.14Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-9-clip-13)'>
<path d='M176.28,101.14C176.28,102.14,175.48,102.94,174.48,102.94C173.49,102.94,172.68,102.14,172.68,101.14C172.68,100.15,173.49,99.34,174.48,99.34C175.48,99.34,176.28,100.15,176.28,101.14Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-9-clip-13)'>
<path d='M192.13,113.41C192.13,114.4,191.33,115.21,190.33,115.21C189.34,115.21,188.53,114.4,188.53,113.41C188.53,112.41,189.34,111.61,190.33,111.61C191.33,111.61,192.13,112.41,192.13,113.41Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-9-clip-13)'>
<path d='M192.13,113.41C192.13,114.4,191.33,115.21,190.33,115.21C189.34,115.21,188.53,114.4,188.53,113.41C188.53,112.41,189.34,111.61,190.33,111.61C191.33,111.61,192.13,112.41,192.13,113.41Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-9-clip-13)'>
<path d='M207.99,118.64C207.99,119.63,207.18,120.44,206.18,120.44C205.19,120.44,204.38,119.63,204.38,118.64C204.38,117.64,205.19,116.84,206.18,116.84C207.18,116.84,207.99,117.64,207.99,118.64Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-9-clip-13)'>
<path d='M207.99,118.64C207.99,119.63,207.18,120.44,206.18,120.44C205.19,120.44,204.38,119.63,204.38,118.64C204.38,117.64,205.19,116.84,206.18,116.84C207.18,116.84,207.99,117.64,207.99,118.64Z'/>
</g>
</svg>
--- telecom-weekly-2026-W13-figure-11.svg ---
<?xml version="1.0"?>
<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='236' height='165' viewBox='0 0 236 165'>
<defs>
<clipPath id='figure-11-clip-0'>
<path d='M0,0L236,0L236,165L0,165L0,0Z'/>
</clipPath>
<clipPath id='figure-11-clip-1'>
<path d='M98.05,17.29L264.93,184.17L148.25,300.84L-18.62,133.96L98.05,17.29Z'/>
</clipPath>
<clipPath id='figure-11-clip-2'>
<path d='M102.8,5.82L269.68,172.69L153.01,289.37L-13.87,122.49L102.8,5.82Z'/>
</clipPath>
<clipPath id='figure-11-clip-3'>
<path d='M107.55,-5.66L274.43,161.22L157.76,277.89L-9.12,111.02L107.55,-5.66Z'/>
</clipPath>
<clipPath id='figure-11-clip-4'>
<path d='M112.3,-17.13L279.18,149.75L162.51,266.42L-4.37,99.55L112.3,-17.13Z'/>
</clipPath>
<clipPath id='figure-11-clip-5'>
<path d='M117.06,-28.6L283.93,138.28L167.26,254.95L0.38,88.07L117.06,-28.6Z'/>
</clipPath>
<clipPath id='figure-11-clip-6'>
<path d='M121.81,-40.07L288.69,126.81L172.01,243.48L5.14,76.6L121.81,-40.07Z'/>
</clipPath>
<clipPath id='figure-11-clip-7'>
<path d='M126.56,-51.54L293.44,115.33L176.77,232.01L9.89,65.13L126.56,-51.54Z'/>
</clipPath>
<clipPath id='figure-11-clip-8'>
<path d='M131.31,-63.02L298.19,103.86L181.52,220.53L14.64,53.66L131.31,-63.02Z'/>
</clipPath>
<clipPath id='figure-11-clip-9'>
<path d='M136.06,-74.49L302.94,92.39L186.27,209.06L19.39,42.18L136.06,-74.49Z'/>
</clipPath>
<clipPath id='figure-11-clip-10'>
<path d='M140.82,-85.96L307.69,80.92L191.02,197.59L24.14,30.71L140.82,-85.96Z'/>
</clipPath>
<clipPath id='figure-11-clip-11'>
<path d='M145.57,-97.43L312.45,69.44L195.77,186.12L28.9,19.24L145.57,-97.43Z'/>
</clipPath>
<clipPath id='figure-11-clip-12'>
<path d='M150.32,-108.91L317.2,57.97L200.53,174.64L33.65,7.77L150.32,-108.91Z'/>
</clipPath>
<clipPath id='figure-11-clip-13'>
<path d='M155.07,-120.38L321.95,46.5L205.28,163.17L38.4,-3.71L155.07,-120.38Z'/>
</clipPath>
<clipPath id='figure-11-clip-14'>
<path d='M21,27L21,123L230,123L230,27Z'/>
</clipPath>
</defs>
<g style='fill:rgb(140,29,43);stroke:none' clip-path='url(#figure-11-clip-0)'>
<path d='M56.5,8.5L64.5,8.5L64.5,16.5L56.5,16.5L56.5,8.5Z'/>
</g>
<g>
<text x='68.5' y='15.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-11-clip-0)'>光模块出口金额当月同比（%）</text>
</g>
<line x1='21' y1='123' x2='230' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-11-clip-0)'/>
<g transform='matrix(0.71,-0.71,0.71,0.71,-81.56,57.11)'>
<text x='-0.85' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-11-clip-1)'>2025-02</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-76.8,68.58)'>
<text x='15.38' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-11-clip-2)'>2025-03</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-72.05,80.05)'>
<text x='31.6' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-11-clip-3)'>2025-04</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-67.3,91.52)'>
<text x='47.83' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-11-clip-4)'>2025-05</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-62.55,102.99)'>
<text x='64.05' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-11-clip-5)'>2025-06</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-57.8,114.47)'>
<text x='80.28' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-11-clip-6)'>2025-07</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-53.04,125.94)'>
<text x='96.5' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-11-clip-7)'>2025-08</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-48.29,137.41)'>
<text x='112.72' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-11-clip-8)'>2025-09</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-43.54,148.88)'>
<text x='128.95' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-11-clip-9)'>2025-10</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-38.79,160.36)'>
<text x='145.17' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-11-clip-10)'>2025-11</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-34.04,171.83)'>
<text x='161.4' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-11-clip-11)'>2025-12</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-29.28,183.3)'>
<text x='177.62' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-11-clip-12)'>2026-01</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-24.53,194.77)'>
<text x='193.85' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-11-clip-13)'>2026-02</text>
</g>
<line x1='21' y1='27' x2='21' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-11-clip-0)'/>
<g>
<text x='11' y='127.2' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-11-clip-0)'>0</text>
</g>
<line x1='19' y1='123' x2='21' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-11-clip-0)'/>
<g>
<text x='6' y='104.4' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-11-clip-0)'>10</text>
</g>
<line x1='19' y1='100.2' x2='21' y2='100.2' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-11-clip-0)'/>
<g>
<text x='6' y='81.6' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-11-clip-0)'>20</text>
</g>
<line x1='19' y1='77.4' x2='21' y2='77.4' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-11-clip-0)'/>
<g>
<text x='6' y='58.8' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-11-clip-0)'>30</text>
</g>
<line x1='19' y1='54.6' x2='21' y2='54.6' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-11-clip-0)'/>
<g>
<text x='6' y='36' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-11-clip-0)'>40</text>
</g>
<line x1='19' y1='31.8' x2='21' y2='31.8' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-11-clip-0)'/>
<line x1='21' y1='123' x2='230' y2='123' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-11-clip-14)'/>
<line x1='21' y1='100.2' x2='230' y2='100.2' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-11-clip-14)'/>
<line x1='21' y1='77.4' x2='230' y2='77.4' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-11-clip-14)'/>
<line x1='21' y1='54.6' x2='230' y2='54.6' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-11-clip-14)'/>
<line x1='21' y1='31.8' x2='230' y2='31.8' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-11-clip-14)'/>
<rect x='23.09' y='94.73' width='10.13' height='28.27' style='fill:rgb(140,29,43)' clip-path='url(#figure-11-clip-14)'/>
<rect x='39.31' y='79.91' width='10.13' height='43.09' style='fill:rgb(140,29,43)' clip-path='url(#figure-11-clip-14)'/>
<rect x='55.54' y='65.32' width='10.13' height='57.68' style='fill:rgb(140,29,43)' clip-path='url(#figure-11-clip-14)'/>
<rect x='71.76' y='51.86' width='10.13' height='71.14' style='fill:rgb(140,29,43)' clip-path='url(#figure-11-clip-14)'/>
<rect x='87.99' y='57.79' width='10.13' height='65.21' style='fill:rgb(140,29,43)' clip-path='url(#figure-11-clip-14)'/>
<rect x='104.21' y='42.29' width='10.13' height='80.71' style='fill:rgb(140,29,43)' clip-path='url(#figure-11-clip-14)'/>
<rect x='120.44' y='31.57' width='10.13' height='91.43' style='fill:rgb(140,29,43)' clip-path='url(#figure-11-clip-14)'/>
<rect x='136.66' y='45.94' width='10.13' height='77.06' style='fill:rgb(140,29,43)' clip-path='url(#figure-11-clip-14)'/>
<rect x='152.88' y='55.74' width='10.13' height='67.26' style='fill:rgb(140,29,43)' clip-path='url(#figure-11-clip-14)'/>
<rect x='169.11' y='71.24' width='10.13' height='51.76' style='fill:rgb(140,29,43)' clip-path='url(#figure-11-clip-14)'/>
<rect x='185.33' y='54.14' width='10.13' height='68.86' style='fill:rgb(140,29,43)' clip-path='url(#figure-11-clip-14)'/>
<rect x='201.56' y='66.46' width='10.13' height='56.54' style='fill:rgb(140,29,43)' clip-path='url(#figure-11-clip-14)'/>
<rect x='217.78' y='62.42' width='10.13' height='60.58' style='fill:rgb(140,29,43)' clip-path='url(#figure-11-clip-14)'/>
</svg>
--- telecom-weekly-2026-W13-figure-13.svg ---
<?xml version="1.0"?>
<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='236' height='165' viewBox='0 0 236 165'>
<defs>
<clipPath id='figure-13-clip-0'>
<path d='M0,0L236,0L236,165L0,165L0,0Z'/>
</clipPath>
<clipPath id='figure-13-clip-1'>
<path d='M97.99,17.43L264.87,184.3L148.2,300.98L-18.68,134.1L97.99,17.43Z'/>
</clipPath>
<clipPath id='figure-13-clip-2'>
<path d='M102.73,5.98L269.61,172.86L152.94,289.53L-13.94,122.65L102.73,5.98Z'/>
</clipPath>
<clipPath id='figure-13-clip-3'>
<path d='M107.48,-5.47L274.35,161.41L157.68,278.08L-9.2,111.2L107.48,-5.47Z'/>
</clipPath>
<clipPath id='figure-13-clip-4'>
<path d='M112.22,-16.92L279.09,149.96L162.42,266.63L-4.46,99.76L112.22,-16.92Z'/>
</clipPath>
<clipPath id='figure-13-clip-5'>
<path d='M116.96,-28.36L283.84,138.51L167.16,255.19L0.29,88.31L116.96,-28.36Z'/>
</clipPath>
<clipPath id='figure-13-clip-6'>
<path d='M121.7,-39.81L288.58,127.07L171.9,243.74L5.03,76.86L121.7,-39.81Z'/>
</clipPath>
<clipPath id='figure-13-clip-7'>
<path d='M126.44,-51.26L293.32,115.62L176.65,232.29L9.77,65.41L126.44,-51.26Z'/>
</clipPath>
<clipPath id='figure-13-clip-8'>
<path d='M131.18,-62.71L298.06,104.17L181.39,220.84L14.51,53.97L131.18,-62.71Z'/>
</clipPath>
<clipPath id='figure-13-clip-9'>
<path d='M135.93,-74.15L302.8,92.72L186.13,209.4L19.25,42.52L135.93,-74.15Z'/>
</clipPath>
<clipPath id='figure-13-clip-10'>
<path d='M140.67,-85.6L307.54,81.28L190.87,197.95L23.99,31.07L140.67,-85.6Z'/>
</clipPath>
<clipPath id='figure-13-clip-11'>
<path d='M145.41,-97.05L312.29,69.83L195.61,186.5L28.74,19.63L145.41,-97.05Z'/>
</clipPath>
<clipPath id='figure-13-clip-12'>
<path d='M150.15,-108.49L317.03,58.38L200.35,175.05L33.48,8.18L150.15,-108.49Z'/>
</clipPath>
<clipPath id='figure-13-clip-13'>
<path d='M21,27L21,123L213,123L213,27Z'/>
</clipPath>
</defs>
<g style='fill:rgb(140,29,43);stroke:none' clip-path='url(#figure-13-clip-0)'>
<path d='M28.5,8.5L36.5,8.5L36.5,16.5L28.5,16.5L28.5,8.5Z'/>
</g>
<g>
<text x='40.5' y='15.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-0)'>蜂窝物联网终端用户（亿户）</text>
</g>
<g style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-13-clip-0)'>
<path d='M150.5,12.5L164.5,12.5'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-13-clip-0)'>
<path d='M159.3,12.5C159.3,13.49,158.49,14.3,157.5,14.3C156.51,14.3,155.7,13.49,155.7,12.5C155.7,11.51,156.51,10.7,157.5,10.7C158.49,10.7,159.3,11.51,159.3,12.5Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-13-clip-0)'>
<path d='M159.3,12.5C159.3,13.49,158.49,14.3,157.5,14.3C156.51,14.3,155.7,13.49,155.7,12.5C155.7,11.51,156.51,10.7,157.5,10.7C158.49,10.7,159.3,11.51,159.3,12.5Z'/>
</g>
<g>
<text x='168.5' y='15.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-0)'>同比（%）</text>
</g>
<line x1='21' y1='123' x2='213' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-13-clip-0)'/>
<g transform='matrix(0.71,-0.71,0.71,0.71,-81.61,56.97)'>
<text x='-1.04' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-1)'>2025-02</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-76.87,68.42)'>
<text x='15.15' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-2)'>2025-03</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-72.13,79.86)'>
<text x='31.34' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-3)'>2025-04</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-67.39,91.31)'>
<text x='47.53' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-4)'>2025-05</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-62.65,102.76)'>
<text x='63.72' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-5)'>2025-06</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-57.9,114.21)'>
<text x='79.91' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-6)'>2025-07</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-53.16,125.65)'>
<text x='96.09' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-7)'>2025-08</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-48.42,137.1)'>
<text x='112.28' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-8)'>2025-09</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-43.68,148.55)'>
<text x='128.47' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-9)'>2025-10</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-38.94,159.99)'>
<text x='144.66' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-10)'>2025-11</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-34.2,171.44)'>
<text x='160.85' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-11)'>2025-12</text>
</g>
<g transform='matrix(0.71,-0.71,0.71,0.71,-29.45,182.89)'>
<text x='177.04' y='136.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-12)'>2026-02</text>
</g>
<line x1='21' y1='27' x2='21' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-13-clip-0)'/>
<g>
<text x='11' y='127.2' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-0)'>0</text>
</g>
<line x1='19' y1='123' x2='21' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-13-clip-0)'/>
<g>
<text x='11' y='111.55' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-0)'>5</text>
</g>
<line x1='19' y1='107.35' x2='21' y2='107.35' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-13-clip-0)'/>
<g>
<text x='6' y='95.9' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-0)'>10</text>
</g>
<line x1='19' y1='91.7' x2='21' y2='91.7' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-13-clip-0)'/>
<g>
<text x='6' y='80.25' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-0)'>15</text>
</g>
<line x1='19' y1='76.05' x2='21' y2='76.05' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-13-clip-0)'/>
<g>
<text x='6' y='64.6' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-0)'>20</text>
</g>
<line x1='19' y1='60.4' x2='21' y2='60.4' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-13-clip-0)'/>
<g>
<text x='6' y='48.94' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-0)'>25</text>
</g>
<line x1='19' y1='44.75' x2='21' y2='44.75' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-13-clip-0)'/>
<g>
<text x='6' y='33.29' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-0)'>30</text>
</g>
<line x1='19' y1='29.1' x2='21' y2='29.1' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-13-clip-0)'/>
<line x1='213' y1='27' x2='213' y2='123' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-13-clip-0)'/>
<g>
<text x='219' y='125.12' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-0)'>8</text>
</g>
<line x1='215' y1='120.93' x2='213' y2='120.93' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-13-clip-0)'/>
<g>
<text x='219' y='104.29' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-0)'>9</text>
</g>
<line x1='215' y1='100.1' x2='213' y2='100.1' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-13-clip-0)'/>
<g>
<text x='219' y='83.47' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-0)'>10</text>
</g>
<line x1='215' y1='79.27' x2='213' y2='79.27' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-13-clip-0)'/>
<g>
<text x='219' y='62.64' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-0)'>11</text>
</g>
<line x1='215' y1='58.44' x2='213' y2='58.44' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-13-clip-0)'/>
<g>
<text x='219' y='41.81' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-13-clip-0)'>12</text>
</g>
<line x1='215' y1='37.61' x2='213' y2='37.61' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-13-clip-0)'/>
<line x1='21' y1='123' x2='213' y2='123' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-13-clip-13)'/>
<line x1='21' y1='107.35' x2='213' y2='107.35' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-13-clip-13)'/>
<line x1='21' y1='91.7' x2='213' y2='91.7' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-13-clip-13)'/>
<line x1='21' y1='76.05' x2='213' y2='76.05' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-13-clip-13)'/>
<line x1='21' y1='60.4' x2='213' y2='60.4' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-13-clip-13)'/>
<line x1='21' y1='44.75' x2='213' y2='44.75' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-13-clip-13)'/>
<line x1='21' y1='29.1' x2='213' y2='29.1' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-13-clip-13)'/>
<rect x='22.92' y='38.43' width='10.08' height='84.57' style='fill:rgb(140,29,43)' clip-path='url(#figure-13-clip-13)'/>
<rect x='39.11' y='37.71' width='10.08' height='85.29' style='fill:rgb(140,29,43)' clip-path='url(#figure-13-clip-13)'/>
<rect x='55.3' y='37.24' width='10.08' height='85.76' style='fill:rgb(140,29,43)' clip-path='url(#figure-13-clip-13)'/>
<rect x='71.49' y='36.61' width='10.08' height='86.39' style='fill:rgb(140,29,43)' clip-path='url(#figure-13-clip-13)'/>
<rect x='87.68' y='36.17' width='10.08' height='86.83' style='fill:rgb(140,29,43)' clip-path='url(#figure-13-clip-13)'/>
<rect x='103.87' y='35.48' width='10.08' height='87.52' style='fill:rgb(140,29,43)' clip-path='url(#figure-13-clip-13)'/>
<rect x='120.05' y='34.92' width='10.08' height='88.08' style='fill:rgb(140,29,43)' clip-path='url(#figure-13-clip-13)'/>
<rect x='136.24' y='34.33' width='10.08' height='88.67' style='fill:rgb(140,29,43)' clip-path='url(#figure-13-clip-13)'/>
<rect x='152.43' y='33.83' width='10.08' height='89.17' style='fill:rgb(140,29,43)' clip-path='url(#figure-13-clip-13)'/>
<rect x='168.62' y='33.11' width='10.08' height='89.89' style='fill:rgb(140,29,43)' clip-path='url(#figure-13-clip-13)'/>
<rect x='184.81' y='32.6' width='10.08' height='90.4' style='fill:rgb(140,29,43)' clip-path='url(#figure-13-clip-13)'/>
<rect x='201' y='31.57' width='10.08' height='91.43' style='fill:rgb(140,29,43)' clip-path='url(#figure-13-clip-13)'/>
<line x1='27.96' y1='31.36' x2='44.15' y2='41.36' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-13-clip-13)'/>
<line x1='44.15' y1='41.36' x2='60.34' y2='49.69' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-13-clip-13)'/>
<line x1='60.34' y1='49.69' x2='76.53' y2='59.27' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-13-clip-13)'/>
<line x1='76.53' y1='59.27' x2='92.72' y2='60.73' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-13-clip-13)'/>
<line x1='92.72' y1='60.73' x2='108.91' y2='75.94' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-13-clip-13)'/>
<line x1='108.91' y1='75.94' x2='125.09' y2='82.39' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-13-clip-13)'/>
<line x1='125.09' y1='82.39' x2='141.28' y2='92.18' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-13-clip-13)'/>
<line x1='141.28' y1='92.18' x2='157.47' y2='93.02' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-13-clip-13)'/>
<line x1='157.47' y1='93.02' x2='173.66' y2='101.97' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-13-clip-13)'/>
<line x1='173.66' y1='101.97' x2='189.85' y2='110.1' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-13-clip-13)'/>
<line x1='189.85' y1='110.1' x2='206.04' y2='118.64' style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-13-clip-13)'/>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-13-clip-13)'>
<path d='M29.76,31.36C29.76,32.36,28.95,33.16,27.96,33.16C26.97,33.16,26.16,32.36,26.16,31.36C26.16,30.37,26.97,29.56,27.96,29.56C28.95,29.56,29.76,30.37,29.76,31.36Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-13-clip-13)'>
<path d='M29.76,31.36C29.76,32.36,28.95,33.16,27.96,33.16C26.97,33.16,26.16,32.36,26.16,31.36C26.16,30.37,26.97,29.56,27.96,29.56C28.95,29.56,29.76,30.37,29.76,31.36Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-13-clip-13)'>
<path d='M45.95,41.36C45.95,42.36,45.14,43.16,44.15,43.16C43.15,43.16,42.35,42.36,42.35,41.36C42.35,40.37,43.15,39.56,44.15,39.56C45.14,39.56,45.95,40.37,45.95,41.36Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-13-clip-13)'>
<path d='M45.95,41.36C45.95,42.36,45.14,43.16,44.15,43.16C43.15,43.16,42.35,42.36,42.35,41.36C42.35,40.37,43.15,39.56,44.15,39.56C45.14,39.56,45.95,40.37,45.95,41.36Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-13-clip-13)'>
<path d='M62.14,49.69C62.14,50.69,61.33,51.49,60.34,51.49C59.34,51.49,58.54,50.69,58.54,49.69C58.54,48.7,59.34,47.89,60.34,47.89C61.33,47.89,62.14,48.7,62.14,49.69Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-13-clip-13)'>
<path d='M62.14,49.69C62.14,50.69,61.33,51.49,60.34,51.49C59.34,51.49,58.54,50.69,58.54,49.69C58.54,48.7,59.34,47.89,60.34,47.89C61.33,47.89,62.14,48.7,62.14,49.69Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-13-clip-13)'>
<path d='M78.33,59.27C78.33,60.27,77.52,61.07,76.53,61.07C75.53,61.07,74.73,60.27,74.73,59.27C74.73,58.28,75.53,57.47,76.53,57.47C77.52,57.47,78.33,58.28,78.33,59.27Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-13-clip-13)'>
<path d='M78.33,59.27C78.33,60.27,77.52,61.07,76.53,61.07C75.53,61.07,74.73,60.27,74.73,59.27C74.73,58.28,75.53,57.47,76.53,57.47C77.52,57.47,78.33,58.28,78.33,59.27Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-13-clip-13)'>
<path d='M94.52,60.73C94.52,61.73,93.71,62.53,92.72,62.53C91.72,62.53,90.92,61.73,90.92,60.73C90.92,59.74,91.72,58.93,92.72,58.93C93.71,58.93,94.52,59.74,94.52,60.73Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-13-clip-13)'>
<path d='M94.52,60.73C94.52,61.73,93.71,62.53,92.72,62.53C91.72,62.53,90.92,61.73,90.92,60.73C90.92,59.74,91.72,58.93,92.72,58.93C93.71,58.93,94.52,59.74,94.52,60.73Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-13-clip-13)'>
<path d='M110.71,75.94C110.71,76.93,109.9,77.74,108.91,77.74C107.91,77.74,107.11,76.93,107.11,75.94C107.11,74.94,107.91,74.14,108.91,74.14C109.9,74.14,110.71,74.94,110.71,75.94Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-13-clip-13)'>
<path d='M110.71,75.94C110.71,76.93,109.9,77.74,108.91,77.74C107.91,77.74,107.11,76.93,107.11,75.94C107.11,74.94,107.91,74.14,108.91,74.14C109.9,74.14,110.71,74.94,110.71,75.94Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-13-clip-13)'>
<path d='M126.89,82.39C126.89,83.39,126.09,84.19,125.09,84.19C124.1,84.19,123.29,83.39,123.29,82.39C123.29,81.4,124.1,80.59,125.09,80.59C126.09,80.59,126.89,81.4,126.89,82.39Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-13-clip-13)'>
<path d='M126.89,82.39C126.89,83.39,126.09,84.19,125.09,84.19C124.1,84.19,123.29,83.39,123.29,82.39C123.29,81.4,124.1,80.59,125.09,80.59C126.09,80.59,126.89,81.4,126.89,82.39Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-13-clip-13)'>
<path d='M143.08,92.18C143.08,93.18,142.28,93.98,141.28,93.98C140.29,93.98,139.48,93.18,139.48,92.18C139.48,91.19,140.29,90.38,141.28,90.38C142.28,90.38,143.08,91.19,143.08,92.18Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-13-clip-13)'>
<path d='M143.08,92.18C143.08,93.18,142.28,93.98,141.28,93.98C140.29,93.98,139.48,93.18,139.48,92.18C139.48,91.19,140.29,90.38,141.28,90.38C142.28,90.38,143.08,91.19,143.08,92.18Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-13-clip-13)'>
<path d='M159.27,93.02C159.27,94.01,158.47,94.82,157.47,94.82C156.48,94.82,155.67,94.01,155.67,93.02C155.67,92.02,156.48,91.22,157.47,91.22C158.47,91.22,159.27,92.02,159.27,93.02Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-13-clip-13)'>
<path d='M159.27,93.02C159.27,94.01,158.47,94.82,157.47,94.82C156.48,94.82,155.67,94.01,155.67,93.02C155.67,92.02,156.48,91.22,157.47,91.22C158.47,91.22,159.27,92.02,159.27,93.02Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-13-clip-13)'>
<path d='M175.46,101.97C175.46,102.97,174.66,103.77,173.66,103.77C172.67,103.77,171.86,102.97,171.86,101.97C171.86,100.98,172.67,100.17,173.66,100.17C174.66,100.17,175.46,100.98,175.46,101.97Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-13-clip-13)'>
<path d='M175.46,101.97C175.46,102.97,174.66,103.77,173.66,103.77C172.67,103.77,171.86,102.97,171.86,101.97C171.86,100.98,172.67,100.17,173.66,100.17C174.66,100.17,175.46,100.98,175.46,101.97Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-13-clip-13)'>
<path d='M191.65,110.1C191.65,111.09,190.85,111.9,189.85,111.9C188.86,111.9,188.05,111.09,188.05,110.1C188.05,109.1,188.86,108.3,189.85,108.3C190.85,108.3,191.65,109.1,191.65,110.1Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-13-clip-13)'>
<path d='M191.65,110.1C191.65,111.09,190.85,111.9,189.85,111.9C188.86,111.9,188.05,111.09,188.05,110.1C188.05,109.1,188.86,108.3,189.85,108.3C190.85,108.3,191.65,109.1,191.65,110.1Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-13-clip-13)'>
<path d='M207.84,118.64C207.84,119.63,207.03,120.44,206.04,120.44C205.05,120.44,204.24,119.63,204.24,118.64C204.24,117.64,205.05,116.84,206.04,116.84C207.03,116.84,207.84,117.64,207.84,118.64Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-13-clip-13)'>
<path d='M207.84,118.64C207.84,119.63,207.03,120.44,206.04,120.44C205.05,120.44,204.24,119.63,204.24,118.64C204.24,117.64,205.05,116.84,206.04,116.84C207.03,116.84,207.84,117.64,207.84,118.64Z'/>
</g>
</svg>
--- telecom-weekly-2026-W13-figure-16.svg ---
<?xml version="1.0"?>
<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='483' height='411.5' viewBox='0 0 483 412'>
<defs>
<clipPath id='figure-16-clip-0'>
<path d='M0,0L483,0L483,411.5L0,411.5L0,0Z'/>
</clipPath>
<clipPath id='figure-16-clip-1'>
<path d='M48,6L48,391L477,391L477,6Z'/>
</clipPath>
</defs>
<line x1='48' y1='391' x2='477' y2='391' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-16-clip-0)'/>
<g>
<text x='52.63' y='405.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>-5</text>
</g>
<line x1='56.13' y1='393' x2='56.13' y2='391' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-16-clip-0)'/>
<g>
<text x='96.22' y='405.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>-4</text>
</g>
<line x1='99.72' y1='393' x2='99.72' y2='391' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-16-clip-0)'/>
<g>
<text x='139.8' y='405.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>-3</text>
</g>
<line x1='143.3' y1='393' x2='143.3' y2='391' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-16-clip-0)'/>
<g>
<text x='183.38' y='405.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>-2</text>
</g>
<line x1='186.88' y1='393' x2='186.88' y2='391' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-16-clip-0)'/>
<g>
<text x='226.97' y='405.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>-1</text>
</g>
<line x1='230.47' y1='393' x2='230.47' y2='391' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-16-clip-0)'/>
<g>
<text x='272.05' y='405.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>0</text>
</g>
<line x1='274.05' y1='393' x2='274.05' y2='391' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-16-clip-0)'/>
<g>
<text x='315.63' y='405.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>1</text>
</g>
<line x1='317.63' y1='393' x2='317.63' y2='391' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-16-clip-0)'/>
<g>
<text x='359.22' y='405.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>2</text>
</g>
<line x1='361.22' y1='393' x2='361.22' y2='391' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-16-clip-0)'/>
<g>
<text x='402.8' y='405.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>3</text>
</g>
<line x1='404.8' y1='393' x2='404.8' y2='391' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-16-clip-0)'/>
<g>
<text x='446.38' y='405.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>4</text>
</g>
<line x1='448.38' y1='393' x2='448.38' y2='391' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-16-clip-0)'/>
<line x1='48' y1='6' x2='48' y2='391' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-16-clip-0)'/>
<g>
<text x='12' y='16.85' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>社会服务</text>
</g>
<g>
<text x='28' y='29.15' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>综合</text>
</g>
<g>
<text x='12' y='41.44' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>食品饮料</text>
</g>
<g>
<text x='12' y='53.74' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>轻工制造</text>
</g>
<g>
<text x='12' y='66.03' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>有色金属</text>
</g>
<g>
<text x='12' y='78.33' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>医药生物</text>
</g>
<g>
<text x='12' y='90.62' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>交通运输</text>
</g>
<g>
<text x='20' y='102.92' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>房地产</text>
</g>
<g>
<text x='12' y='115.21' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>商贸零售</text>
</g>
<g>
<text x='12' y='127.51' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>建筑材料</text>
</g>
<g>
<text x='28' y='139.8' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>钢铁</text>
</g>
<g>
<text x='12' y='152.1' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>家用电器</text>
</g>
<g>
<text x='12' y='164.39' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>建筑装饰</text>
</g>
<g>
<text x='12' y='176.69' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>纺织服饰</text>
</g>
<g>
<text x='28' y='188.98' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>电子</text>
</g>
<g>
<text x='12' y='201.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>公用事业</text>
</g>
<g>
<text x='12' y='213.58' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>基础化工</text>
</g>
<g>
<text x='28' y='225.87' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>汽车</text>
</g>
<g>
<text x='28' y='238.17' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>银行</text>
</g>
<g>
<text x='12' y='250.46' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>非银金融</text>
</g>
<g>
<text x='12' y='262.76' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>农林牧渔</text>
</g>
<g>
<text x='28' y='275.05' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>通信</text>
</g>
<g>
<text x='12' y='287.35' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>国防军工</text>
</g>
<g>
<text x='28' y='299.64' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>环保</text>
</g>
<g>
<text x='12' y='311.94' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>美容护理</text>
</g>
<g>
<text x='28' y='324.23' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>煤炭</text>
</g>
<g>
<text x='12' y='336.53' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>石油石化</text>
</g>
<g>
<text x='12' y='348.82' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>机械设备</text>
</g>
<g>
<text x='12' y='361.12' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>电力设备</text>
</g>
<g>
<text x='28' y='373.41' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>传媒</text>
</g>
<g>
<text x='20' y='385.71' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-16-clip-0)'>计算机</text>
</g>
<line x1='56.13' y1='6' x2='56.13' y2='391' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-16-clip-1)'/>
<line x1='99.72' y1='6' x2='99.72' y2='391' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-16-clip-1)'/>
<line x1='143.3' y1='6' x2='143.3' y2='391' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-16-clip-1)'/>
<line x1='186.88' y1='6' x2='186.88' y2='391' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-16-clip-1)'/>
<line x1='230.47' y1='6' x2='230.47' y2='391' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-16-clip-1)'/>
<line x1='317.63' y1='6' x2='317.63' y2='391' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-16-clip-1)'/>
<line x1='361.22' y1='6' x2='361.22' y2='391' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-16-clip-1)'/>
<line x1='404.8' y1='6' x2='404.8' y2='391' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-16-clip-1)'/>
<line x1='448.38' y1='6' x2='448.38' y2='391' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-16-clip-1)'/>
<line x1='274.05' y1='6' x2='274.05' y2='391' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-16-clip-1)'/>
<rect x='274.05' y='9.85' width='156.03' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='433.08' y='17.56' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>+3.58</text>
</g>
<rect x='274.05' y='22.15' width='143.83' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='420.87' y='29.85' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>+3.30</text>
</g>
<rect x='274.05' y='34.44' width='104.6' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='381.65' y='42.15' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>+2.40</text>
</g>
<rect x='274.05' y='46.74' width='101.11' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='378.16' y='54.44' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>+2.32</text>
</g>
<rect x='274.05' y='59.03' width='88.91' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='365.96' y='66.74' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>+2.04</text>
</g>
<rect x='274.05' y='71.33' width='84.12' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='361.17' y='79.03' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>+1.93</text>
</g>
<rect x='274.05' y='83.62' width='56.66' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='333.71' y='91.33' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>+1.30</text>
</g>
<rect x='274.05' y='95.92' width='37.92' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='314.97' y='103.62' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>+0.87</text>
</g>
<rect x='274.05' y='108.21' width='30.07' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='307.12' y='115.92' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>+0.69</text>
</g>
<rect x='274.05' y='120.51' width='27.89' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='304.94' y='128.21' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>+0.64</text>
</g>
<rect x='274.05' y='132.8' width='25.71' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='302.76' y='140.51' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>+0.59</text>
</g>
<rect x='265.33' y='145.1' width='8.72' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='246.33' y='152.8' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>-0.20</text>
</g>
<rect x='257.92' y='157.39' width='16.13' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='238.92' y='165.1' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>-0.37</text>
</g>
<rect x='247.03' y='169.69' width='27.02' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='228.03' y='177.39' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>-0.62</text>
</g>
<rect x='245.28' y='181.98' width='28.77' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='226.28' y='189.69' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>-0.66</text>
</g>
<rect x='244.85' y='194.28' width='29.2' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='225.85' y='201.98' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>-0.67</text>
</g>
<rect x='239.62' y='206.57' width='34.43' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='220.62' y='214.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>-0.79</text>
</g>
<rect x='239.62' y='218.87' width='34.43' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='220.62' y='226.57' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>-0.79</text>
</g>
<rect x='235.26' y='231.16' width='38.79' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='216.26' y='238.87' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>-0.89</text>
</g>
<rect x='219.57' y='243.46' width='54.48' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='200.57' y='251.16' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>-1.25</text>
</g>
<rect x='217.83' y='255.75' width='56.22' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='198.83' y='263.46' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>-1.29</text>
</g>
<rect x='212.16' y='268.05' width='61.89' height='8.45' style='fill:rgb(140,29,43)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='193.16' y='275.75' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>-1.42</text>
</g>
<rect x='202.14' y='280.34' width='71.91' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='183.14' y='288.05' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>-1.65</text>
</g>
<rect x='202.14' y='292.64' width='71.91' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='183.14' y='300.35' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>-1.65</text>
</g>
<rect x='185.58' y='304.93' width='88.47' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='166.58' y='312.64' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>-2.03</text>
</g>
<rect x='148.97' y='317.23' width='125.08' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='129.97' y='324.94' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>-2.87</text>
</g>
<rect x='143.74' y='329.52' width='130.31' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='124.74' y='337.23' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>-2.99</text>
</g>
<rect x='117.15' y='341.82' width='156.9' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='98.15' y='349.53' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>-3.60</text>
</g>
<rect x='112.36' y='354.11' width='161.69' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='93.36' y='361.82' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>-3.71</text>
</g>
<rect x='96.23' y='366.41' width='177.82' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='77.23' y='374.12' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>-4.08</text>
</g>
<rect x='94.92' y='378.7' width='179.13' height='8.45' style='fill:rgb(184,184,184)' clip-path='url(#figure-16-clip-1)'/>
<g>
<text x='75.92' y='386.41' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-16-clip-1)'>-4.11</text>
</g>
</svg>
--- telecom-weekly-2026-W13-figure-17.svg ---
<?xml version="1.0"?>
<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='483' height='149' viewBox='0 0 483 149'>
<defs>
<clipPath id='figure-17-clip-0'>
<path d='M0,0L483,0L483,149L0,149L0,0Z'/>
</clipPath>
<clipPath id='figure-17-clip-1'>
<path d='M48,6L48,129L477,129L477,6Z'/>
</clipPath>
</defs>
<line x1='48' y1='129' x2='477' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-17-clip-0)'/>
<g>
<text x='79.67' y='143.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-17-clip-0)'>-20</text>
</g>
<line x1='85.67' y1='131' x2='85.67' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-17-clip-0)'/>
<g>
<text x='124.15' y='143.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-17-clip-0)'>-15</text>
</g>
<line x1='130.15' y1='131' x2='130.15' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-17-clip-0)'/>
<g>
<text x='168.62' y='143.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-17-clip-0)'>-10</text>
</g>
<line x1='174.62' y1='131' x2='174.62' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-17-clip-0)'/>
<g>
<text x='215.59' y='143.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-17-clip-0)'>-5</text>
</g>
<line x1='219.09' y1='131' x2='219.09' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-17-clip-0)'/>
<g>
<text x='261.57' y='143.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-17-clip-0)'>0</text>
</g>
<line x1='263.57' y1='131' x2='263.57' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-17-clip-0)'/>
<g>
<text x='306.04' y='143.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-17-clip-0)'>5</text>
</g>
<line x1='308.04' y1='131' x2='308.04' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-17-clip-0)'/>
<g>
<text x='348.02' y='143.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-17-clip-0)'>10</text>
</g>
<line x1='352.52' y1='131' x2='352.52' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-17-clip-0)'/>
<g>
<text x='392.49' y='143.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-17-clip-0)'>15</text>
</g>
<line x1='396.99' y1='131' x2='396.99' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-17-clip-0)'/>
<g>
<text x='436.96' y='143.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-17-clip-0)'>20</text>
</g>
<line x1='441.46' y1='131' x2='441.46' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-17-clip-0)'/>
<line x1='48' y1='6' x2='48' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-17-clip-0)'/>
<g>
<text x='12' y='14.19' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-17-clip-0)'>光库科技</text>
</g>
<g>
<text x='20' y='26.66' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-17-clip-0)'>德科立</text>
</g>
<g>
<text x='20' y='39.12' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-17-clip-0)'>长盈通</text>
</g>
<g>
<text x='12' y='51.58' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-17-clip-0)'>亨通光电</text>
</g>
<g>
<text x='12' y='64.05' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-17-clip-0)'>铭普光磁</text>
</g>
<g>
<text x='12' y='76.51' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-17-clip-0)'>剑桥科技</text>
</g>
<g>
<text x='12' y='88.98' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-17-clip-0)'>武汉凡谷</text>
</g>
<g>
<text x='12' y='101.44' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-17-clip-0)'>鼎通科技</text>
</g>
<g>
<text x='12' y='113.9' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-17-clip-0)'>国盾量子</text>
</g>
<g>
<text x='12' y='126.37' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-17-clip-0)'>世嘉科技</text>
</g>
<line x1='85.67' y1='6' x2='85.67' y2='129' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-17-clip-1)'/>
<line x1='130.15' y1='6' x2='130.15' y2='129' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-17-clip-1)'/>
<line x1='174.62' y1='6' x2='174.62' y2='129' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-17-clip-1)'/>
<line x1='219.09' y1='6' x2='219.09' y2='129' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-17-clip-1)'/>
<line x1='308.04' y1='6' x2='308.04' y2='129' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-17-clip-1)'/>
<line x1='352.52' y1='6' x2='352.52' y2='129' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-17-clip-1)'/>
<line x1='396.99' y1='6' x2='396.99' y2='129' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-17-clip-1)'/>
<line x1='441.46' y1='6' x2='441.46' y2='129' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-17-clip-1)'/>
<line x1='263.57' y1='6' x2='263.57' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-17-clip-1)'/>
<rect x='263.57' y='7.23' width='166.51' height='8.36' style='fill:rgb(200,55,45)' clip-path='url(#figure-17-clip-1)'/>
<g>
<text x='433.08' y='14.9' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-17-clip-1)'>+18.72</text>
</g>
<rect x='263.57' y='19.69' width='145.7' height='8.36' style='fill:rgb(200,55,45)' clip-path='url(#figure-17-clip-1)'/>
<g>
<text x='412.26' y='27.36' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-17-clip-1)'>+16.38</text>
</g>
<rect x='263.57' y='32.16' width='139.38' height='8.36' style='fill:rgb(200,55,45)' clip-path='url(#figure-17-clip-1)'/>
<g>
<text x='405.95' y='39.82' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-17-clip-1)'>+15.67</text>
</g>
<rect x='263.57' y='44.62' width='123.55' height='8.36' style='fill:rgb(200,55,45)' clip-path='url(#figure-17-clip-1)'/>
<g>
<text x='390.12' y='52.29' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-17-clip-1)'>+13.89</text>
</g>
<rect x='263.57' y='57.09' width='122.84' height='8.36' style='fill:rgb(200,55,45)' clip-path='url(#figure-17-clip-1)'/>
<g>
<text x='389.4' y='64.75' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-17-clip-1)'>+13.81</text>
</g>
<rect x='180.31' y='69.55' width='83.26' height='8.36' style='fill:rgb(46,139,87)' clip-path='url(#figure-17-clip-1)'/>
<g>
<text x='161.31' y='77.22' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-17-clip-1)'>-9.36</text>
</g>
<rect x='175.42' y='82.01' width='88.15' height='8.36' style='fill:rgb(46,139,87)' clip-path='url(#figure-17-clip-1)'/>
<g>
<text x='156.42' y='89.68' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-17-clip-1)'>-9.91</text>
</g>
<rect x='138.15' y='94.48' width='125.42' height='8.36' style='fill:rgb(46,139,87)' clip-path='url(#figure-17-clip-1)'/>
<g>
<text x='115.15' y='102.14' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-17-clip-1)'>-14.10</text>
</g>
<rect x='137.71' y='106.94' width='125.86' height='8.36' style='fill:rgb(46,139,87)' clip-path='url(#figure-17-clip-1)'/>
<g>
<text x='114.71' y='114.61' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-17-clip-1)'>-14.15</text>
</g>
<rect x='94.92' y='119.41' width='168.65' height='8.36' style='fill:rgb(46,139,87)' clip-path='url(#figure-17-clip-1)'/>
<g>
<text x='71.92' y='127.07' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-17-clip-1)'>-18.96</text>
</g>
</svg>

╔═ charts/monthly ═╗
--- telecom-monthly-2026-03-figure-1.svg ---
<?xml version="1.0"?>
<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='483' height='149' viewBox='0 0 483 149'>
<defs>
<clipPath id='figure-1-clip-0'>
<path d='M0,0L483,0L483,149L0,149L0,0Z'/>
</clipPath>
<clipPath id='figure-1-clip-1'>
<path d='M62,6L62,129L477,129L477,6Z'/>
</clipPath>
</defs>
<line x1='62' y1='129' x2='477' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='60' y='143.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>0</text>
</g>
<line x1='62' y1='131' x2='62' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='94.8' y='143.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>5</text>
</g>
<line x1='96.8' y1='131' x2='96.8' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='127.11' y='143.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>10</text>
</g>
<line x1='131.61' y1='131' x2='131.61' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='161.91' y='143.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>15</text>
</g>
<line x1='166.41' y1='131' x2='166.41' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='196.71' y='143.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>20</text>
</g>
<line x1='201.21' y1='131' x2='201.21' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='231.51' y='143.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>25</text>
</g>
<line x1='236.01' y1='131' x2='236.01' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='266.32' y='143.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>30</text>
</g>
<line x1='270.82' y1='131' x2='270.82' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='301.12' y='143.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>35</text>
</g>
<line x1='305.62' y1='131' x2='305.62' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='335.92' y='143.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>40</text>
</g>
<line x1='340.42' y1='131' x2='340.42' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='370.72' y='143.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>45</text>
</g>
<line x1='375.22' y1='131' x2='375.22' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='405.53' y='143.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>50</text>
</g>
<line x1='410.03' y1='131' x2='410.03' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='440.33' y='143.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>55</text>
</g>
<line x1='444.83' y1='131' x2='444.83' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<line x1='62' y1='6' x2='62' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-0)'/>
<g>
<text x='25' y='14.19' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>ChatGPT</text>
</g>
<g>
<text x='41' y='26.66' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>Bing</text>
</g>
<g>
<text x='35' y='39.12' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>Canva</text>
</g>
<g>
<text x='31' y='51.58' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>Gemini</text>
</g>
<g>
<text x='34' y='64.05' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>DeepL</text>
</g>
<g>
<text x='20' y='76.51' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>Perplexity</text>
</g>
<g>
<text x='12' y='88.98' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>Character.AI</text>
</g>
<g>
<text x='32' y='101.44' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>Claude</text>
</g>
<g>
<text x='41' y='113.9' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>Kimi</text>
</g>
<g>
<text x='42' y='126.37' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-1-clip-0)'>豆包</text>
</g>
<line x1='96.8' y1='6' x2='96.8' y2='129' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-1)'/>
<line x1='131.61' y1='6' x2='131.61' y2='129' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-1)'/>
<line x1='166.41' y1='6' x2='166.41' y2='129' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-1)'/>
<line x1='201.21' y1='6' x2='201.21' y2='129' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-1)'/>
<line x1='236.01' y1='6' x2='236.01' y2='129' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-1)'/>
<line x1='270.82' y1='6' x2='270.82' y2='129' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-1)'/>
<line x1='305.62' y1='6' x2='305.62' y2='129' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-1)'/>
<line x1='340.42' y1='6' x2='340.42' y2='129' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-1)'/>
<line x1='375.22' y1='6' x2='375.22' y2='129' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-1)'/>
<line x1='410.03' y1='6' x2='410.03' y2='129' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-1)'/>
<line x1='444.83' y1='6' x2='444.83' y2='129' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-1)'/>
<line x1='62' y1='6' x2='62' y2='129' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-1-clip-1)'/>
<rect x='62' y='7.23' width='364.04' height='8.36' style='fill:rgb(184,184,184)' clip-path='url(#figure-1-clip-1)'/>
<g>
<text x='429.04' y='14.9' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-1-clip-1)'>52.3</text>
</g>
<rect x='62' y='19.69' width='103.02' height='8.36' style='fill:rgb(184,184,184)' clip-path='url(#figure-1-clip-1)'/>
<g>
<text x='168.02' y='27.36' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-1-clip-1)'>14.8</text>
</g>
<rect x='62' y='32.16' width='66.82' height='8.36' style='fill:rgb(184,184,184)' clip-path='url(#figure-1-clip-1)'/>
<g>
<text x='131.82' y='39.82' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-1-clip-1)'>9.6</text>
</g>
<rect x='62' y='44.62' width='61.95' height='8.36' style='fill:rgb(184,184,184)' clip-path='url(#figure-1-clip-1)'/>
<g>
<text x='126.95' y='52.29' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-1-clip-1)'>8.9</text>
</g>
<rect x='62' y='57.09' width='22.27' height='8.36' style='fill:rgb(184,184,184)' clip-path='url(#figure-1-clip-1)'/>
<g>
<text x='87.27' y='64.75' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-1-clip-1)'>3.2</text>
</g>
<rect x='62' y='69.55' width='18.1' height='8.36' style='fill:rgb(140,29,43)' clip-path='url(#figure-1-clip-1)'/>
<g>
<text x='83.1' y='77.22' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-1-clip-1)'>2.6</text>
</g>
<rect x='62' y='82.01' width='14.62' height='8.36' style='fill:rgb(184,184,184)' clip-path='url(#figure-1-clip-1)'/>
<g>
<text x='79.62' y='89.68' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-1-clip-1)'>2.1</text>
</g>
<rect x='62' y='94.48' width='13.22' height='8.36' style='fill:rgb(184,184,184)' clip-path='url(#figure-1-clip-1)'/>
<g>
<text x='78.22' y='102.14' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-1-clip-1)'>1.9</text>
</g>
<rect x='62' y='106.94' width='6.82' height='8.36' style='fill:rgb(184,184,184)' clip-path='url(#figure-1-clip-1)'/>
<g>
<text x='71.82' y='114.61' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-1-clip-1)'>0.98</text>
</g>
<rect x='62' y='119.41' width='5.99' height='8.36' style='fill:rgb(184,184,184)' clip-path='url(#figure-1-clip-1)'/>
<g>
<text x='70.99' y='127.07' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-1-clip-1)'>0.86</text>
</g>
</svg>
--- telecom-monthly-2026-03-figure-2.svg ---
<?xml version="1.0"?>
<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='236' height='180' viewBox='0 0 236 180'>
<defs>
<clipPath id='figure-2-clip-0'>
<path d='M10,6L10,174L226,174L226,6Z'/>
</clipPath>
</defs>
<g style='fill:rgb(140,29,43);stroke:none' clip-path='url(#figure-2-clip-0)'>
<path d='M118,54.09C136.68,54.09,152.25,68.42,153.79,87.04C155.33,105.66,142.34,122.35,123.91,125.42L121.43,110.54C132.11,108.76,139.65,99.08,138.76,88.28C137.86,77.48,128.84,69.17,118,69.17Z'/>
</g>
<g style='stroke-width:0.75;stroke:rgb(255,255,255);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-2-clip-0)'>
<path d='M118,54.09C136.68,54.09,152.25,68.42,153.79,87.04C155.33,105.66,142.34,122.35,123.91,125.42L121.43,110.54C132.11,108.76,139.65,99.08,138.76,88.28C137.86,77.48,128.84,69.17,118,69.17Z'/>
</g>
<g style='fill:rgb(201,162,39);stroke:none' clip-path='url(#figure-2-clip-0)'>
<path d='M123.91,125.42C114.49,126.99,104.83,124.75,97.07,119.18C89.31,113.61,84.08,105.18,82.55,95.75L97.44,93.34C98.33,98.8,101.36,103.69,105.86,106.92C110.36,110.15,115.96,111.46,121.43,110.54Z'/>
</g>
<g style='stroke-width:0.75;stroke:rgb(255,255,255);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-2-clip-0)'>
<path d='M123.91,125.42C114.49,126.99,104.83,124.75,97.07,119.18C89.31,113.61,84.08,105.18,82.55,95.75L97.44,93.34C98.33,98.8,101.36,103.69,105.86,106.92C110.36,110.15,115.96,111.46,121.43,110.54Z'/>
</g>
<g style='fill:rgb(74,111,165);stroke:none' clip-path='url(#figure-2-clip-0)'>
<path d='M82.55,95.75C81.11,86.83,83.08,77.69,88.07,70.15L100.64,78.49C97.74,82.86,96.6,88.16,97.44,93.34Z'/>
</g>
<g style='stroke-width:0.75;stroke:rgb(255,255,255);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-2-clip-0)'>
<path d='M82.55,95.75C81.11,86.83,83.08,77.69,88.07,70.15L100.64,78.49C97.74,82.86,96.6,88.16,97.44,93.34Z'/>
</g>
<g style='fill:rgb(122,122,122);stroke:none' clip-path='url(#figure-2-clip-0)'>
<path d='M88.07,70.15C89.99,67.26,92.31,64.67,94.97,62.45L104.64,74.02C103.1,75.31,101.75,76.81,100.64,78.49Z'/>
</g>
<g style='stroke-width:0.75;stroke:rgb(255,255,255);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-2-clip-0)'>
<path d='M88.07,70.15C89.99,67.26,92.31,64.67,94.97,62.45L104.64,74.02C103.1,75.31,101.75,76.81,100.64,78.49Z'/>
</g>
<g style='fill:rgb(157,180,214);stroke:none' clip-path='url(#figure-2-clip-0)'>
<path d='M94.97,62.45C101.43,57.05,109.58,54.09,118,54.09L118,69.17C113.12,69.17,108.39,70.89,104.64,74.02Z'/>
</g>
<g style='stroke-width:0.75;stroke:rgb(255,255,255);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-2-clip-0)'>
<path d='M94.97,62.45C101.43,57.05,109.58,54.09,118,54.09L118,69.17C113.12,69.17,108.39,70.89,104.64,74.02Z'/>
</g>
<line x1='106.98' y1='59.62' x2='105.11' y2='54.47' style='stroke-width:0.5;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-2-clip-0)'/>
<line x1='80.2' y1='54.47' x2='105.11' y2='54.47' style='stroke-width:0.5;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-2-clip-0)'/>
<line x1='80.2' y1='54.47' x2='76.58' y2='54.47' style='stroke-width:0.5;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-2-clip-0)'/>
<rect x='36.58' y='46.97' width='40' height='15' style='fill:rgb(255,255,255)' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='38.58' y='57.09' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-2-clip-0)'>其他 11.1%</text>
</g>
<line x1='93.92' y1='68.44' x2='89.84' y2='64.79' style='stroke-width:0.5;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-2-clip-0)'/>
<line x1='80.2' y1='64.79' x2='89.84' y2='64.79' style='stroke-width:0.5;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-2-clip-0)'/>
<line x1='80.2' y1='64.79' x2='75.49' y2='73.47' style='stroke-width:0.5;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-2-clip-0)'/>
<rect x='25.49' y='65.97' width='50' height='15' style='fill:rgb(255,255,255)' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='27.49' y='76.09' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-2-clip-0)'>办公工具 4.6%</text>
</g>
<line x1='86.41' y1='83.19' x2='81.05' y2='82.03' style='stroke-width:0.5;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-2-clip-0)'/>
<line x1='80.2' y1='82.03' x2='81.05' y2='82.03' style='stroke-width:0.5;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-2-clip-0)'/>
<line x1='80.2' y1='82.03' x2='74.86' y2='92.47' style='stroke-width:0.5;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-2-clip-0)'/>
<rect x='13.86' y='84.97' width='61' height='15' style='fill:rgb(255,255,255)' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='15.86' y='95.09' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-2-clip-0)'>图像与设计 11.9%</text>
</g>
<line x1='99.16' y1='116.26' x2='95.96' y2='120.71' style='stroke-width:0.5;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-2-clip-0)'/>
<line x1='80.2' y1='120.71' x2='95.96' y2='120.71' style='stroke-width:0.5;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-2-clip-0)'/>
<line x1='80.2' y1='120.71' x2='75.93' y2='120.71' style='stroke-width:0.5;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-2-clip-0)'/>
<rect x='35.93' y='113.21' width='40' height='15' style='fill:rgb(255,255,255)' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='37.93' y='123.33' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-2-clip-0)'>搜索 25.1%</text>
</g>
<line x1='150.21' y1='87.33' x2='155.67' y2='86.88' style='stroke-width:0.5;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-2-clip-0)'/>
<line x1='155.8' y1='86.88' x2='155.67' y2='86.88' style='stroke-width:0.5;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-2-clip-0)'/>
<line x1='155.8' y1='86.88' x2='161.19' y2='86.88' style='stroke-width:0.5;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-2-clip-0)'/>
<rect x='161.19' y='73.88' width='55' height='26' style='fill:rgb(255,255,255)' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='163.19' y='84' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-2-clip-0)'>个人聊天与助手 </text>
</g>
<g>
<text x='178.69' y='95' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 7px;' clip-path='url(#figure-2-clip-0)'>47.4%</text>
</g>
</svg>
--- telecom-monthly-2026-03-figure-5.svg ---
<?xml version="1.0"?>
<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='483' height='200' viewBox='0 0 483 200'>
<defs>
<clipPath id='figure-5-clip-0'>
<path d='M0,0L483,0L483,200L0,200L0,0Z'/>
</clipPath>
<clipPath id='figure-5-clip-1'>
<path d='M28,27L28,180L477,180L477,27Z'/>
</clipPath>
</defs>
<g style='stroke-width:1.25;stroke:rgb(140,29,43);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-0)'>
<path d='M181,12.5L195,12.5'/>
</g>
<g>
<text x='199' y='15.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>通信（申万）</text>
</g>
<g style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-0)'>
<path d='M253,12.5L267,12.5'/>
</g>
<g>
<text x='271' y='15.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>沪深 300</text>
</g>
<line x1='28' y1='180' x2='477' y2='180' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='46.88' y='194.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>1/4</text>
</g>
<line x1='52.88' y1='182' x2='52.88' y2='180' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='80.71' y='194.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>1/11</text>
</g>
<line x1='88.71' y1='182' x2='88.71' y2='180' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='116.54' y='194.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>1/18</text>
</g>
<line x1='124.54' y1='182' x2='124.54' y2='180' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='152.37' y='194.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>1/25</text>
</g>
<line x1='160.37' y1='182' x2='160.37' y2='180' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='190.2' y='194.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>2/1</text>
</g>
<line x1='196.2' y1='182' x2='196.2' y2='180' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='226.03' y='194.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>2/8</text>
</g>
<line x1='232.03' y1='182' x2='232.03' y2='180' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='259.86' y='194.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>2/15</text>
</g>
<line x1='267.86' y1='182' x2='267.86' y2='180' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='295.69' y='194.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>2/22</text>
</g>
<line x1='303.69' y1='182' x2='303.69' y2='180' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='333.52' y='194.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>3/1</text>
</g>
<line x1='339.52' y1='182' x2='339.52' y2='180' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='369.35' y='194.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>3/8</text>
</g>
<line x1='375.35' y1='182' x2='375.35' y2='180' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='403.18' y='194.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>3/15</text>
</g>
<line x1='411.18' y1='182' x2='411.18' y2='180' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='439.01' y='194.7' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>3/22</text>
</g>
<line x1='447.01' y1='182' x2='447.01' y2='180' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<line x1='28' y1='27' x2='28' y2='180' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='10' y='184.2' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>0%</text>
</g>
<line x1='26' y1='180' x2='28' y2='180' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='10' y='161.88' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>2%</text>
</g>
<line x1='26' y1='157.69' x2='28' y2='157.69' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='10' y='139.57' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>4%</text>
</g>
<line x1='26' y1='135.37' x2='28' y2='135.37' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='10' y='117.25' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>6%</text>
</g>
<line x1='26' y1='113.06' x2='28' y2='113.06' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='10' y='94.94' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>8%</text>
</g>
<line x1='26' y1='90.74' x2='28' y2='90.74' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='6' y='72.62' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>10%</text>
</g>
<line x1='26' y1='68.43' x2='28' y2='68.43' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='6' y='50.31' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>12%</text>
</g>
<line x1='26' y1='46.11' x2='28' y2='46.11' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<line x1='28' y1='180' x2='477' y2='180' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-1)'/>
<line x1='28' y1='157.69' x2='477' y2='157.69' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-1)'/>
<line x1='28' y1='135.37' x2='477' y2='135.37' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-1)'/>
<line x1='28' y1='113.06' x2='477' y2='113.06' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-1)'/>
<line x1='28' y1='90.74' x2='477' y2='90.74' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-1)'/>
<line x1='28' y1='68.43' x2='477' y2='68.43' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-1)'/>
<line x1='28' y1='46.11' x2='477' y2='46.11' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-1)'/>
<g style='stroke-width:1.25;stroke:rgb(201,162,39);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-1)'>
<path d='M32.4,180L78.47,166.28L114.3,177.55L150.13,158.47L185.96,152.11L221.79,155.34L257.62,140.06L293.45,134.7L329.28,136.26L365.11,129.9L400.94,126L436.77,129.23L472.6,132.36'/>
</g>
<g style='stroke-width:1.25;stroke:rgb(140,29,43);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-1)'>
<path d='M32.4,180L78.47,150.43L114.3,161.03L150.13,123.54L185.96,106.7L221.79,110.82L257.62,75.46L293.45,64.08L329.28,72.89L365.11,53.25L400.94,34.29L436.77,43.21L472.6,61.06'/>
</g>
</svg>

╔═ charts/thematic ═╗
--- telecom-thematic-2025-02-10-deepseek-figure-2.svg ---
<?xml version="1.0"?>
<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='236' height='165' viewBox='0 0 236 165'>
<defs>
<clipPath id='figure-2-clip-0'>
<path d='M0,0L236,0L236,165L0,165L0,0Z'/>
</clipPath>
<clipPath id='figure-2-clip-1'>
<path d='M86.5,59.5L86.5,295.5L-78.5,295.5L-78.5,59.5L86.5,59.5Z'/>
</clipPath>
<clipPath id='figure-2-clip-2'>
<path d='M35,6L35,140L230,140L230,6Z'/>
</clipPath>
</defs>
<line x1='35' y1='140' x2='230' y2='140' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='45.1' y='153.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>DeepSeek-R1</text>
</g>
<g>
<text x='170.9' y='153.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>可比闭源模型</text>
</g>
<line x1='35' y1='6' x2='35' y2='140' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='25' y='144.2' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>0</text>
</g>
<line x1='33' y1='140' x2='35' y2='140' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='25' y='127.18' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>1</text>
</g>
<line x1='33' y1='122.98' x2='35' y2='122.98' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='25' y='110.16' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>2</text>
</g>
<line x1='33' y1='105.97' x2='35' y2='105.97' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='25' y='93.15' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>3</text>
</g>
<line x1='33' y1='88.95' x2='35' y2='88.95' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='25' y='76.13' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>4</text>
</g>
<line x1='33' y1='71.94' x2='35' y2='71.94' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='25' y='59.12' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>5</text>
</g>
<line x1='33' y1='54.92' x2='35' y2='54.92' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='25' y='42.1' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>6</text>
</g>
<line x1='33' y1='37.9' x2='35' y2='37.9' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g>
<text x='25' y='25.08' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-0)'>7</text>
</g>
<line x1='33' y1='20.89' x2='35' y2='20.89' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-0)'/>
<g transform='matrix(0,-1,1,0,-59.5,86.5)'>
<text x='5.5' y='77.2' style='fill: rgb(0,0,0); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-2-clip-1)'>美元</text>
</g>
<line x1='35' y1='140' x2='230' y2='140' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-2)'/>
<line x1='35' y1='122.98' x2='230' y2='122.98' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-2)'/>
<line x1='35' y1='105.97' x2='230' y2='105.97' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-2)'/>
<line x1='35' y1='88.95' x2='230' y2='88.95' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-2)'/>
<line x1='35' y1='71.94' x2='230' y2='71.94' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-2)'/>
<line x1='35' y1='54.92' x2='230' y2='54.92' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-2)'/>
<line x1='35' y1='37.9' x2='230' y2='37.9' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-2)'/>
<line x1='35' y1='20.89' x2='230' y2='20.89' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-2-clip-2)'/>
<rect x='62.3' y='137.62' width='15.6' height='2.38' style='fill:rgb(31,78,121)' clip-path='url(#figure-2-clip-2)'/>
<rect x='187.1' y='12.38' width='15.6' height='127.62' style='fill:rgb(31,78,121)' clip-path='url(#figure-2-clip-2)'/>
</svg>
--- telecom-thematic-2025-02-10-deepseek-figure-5.svg ---
<?xml version="1.0"?>
<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='483' height='200' viewBox='0 0 483 200'>
<defs>
<clipPath id='figure-5-clip-0'>
<path d='M0,0L483,0L483,200L0,200L0,0Z'/>
</clipPath>
<clipPath id='figure-5-clip-1'>
<path d='M21,27L21,175L453,175L453,27Z'/>
</clipPath>
</defs>
<g style='fill:rgb(31,78,121);stroke:none' clip-path='url(#figure-5-clip-0)'>
<path d='M199.5,8.5L207.5,8.5L207.5,16.5L199.5,16.5L199.5,8.5Z'/>
</g>
<g>
<text x='211.5' y='15.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>市场规模</text>
</g>
<g style='stroke-width:1.25;stroke:rgb(91,155,213);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-0)'>
<path d='M249.5,12.5L263.5,12.5'/>
</g>
<g style='fill:rgb(91,155,213);stroke:none' clip-path='url(#figure-5-clip-0)'>
<path d='M258.3,12.5C258.3,13.49,257.49,14.3,256.5,14.3C255.51,14.3,254.7,13.49,254.7,12.5C254.7,11.51,255.51,10.7,256.5,10.7C257.49,10.7,258.3,11.51,258.3,12.5Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(91,155,213);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-0)'>
<path d='M258.3,12.5C258.3,13.49,257.49,14.3,256.5,14.3C255.51,14.3,254.7,13.49,254.7,12.5C254.7,11.51,255.51,10.7,256.5,10.7C257.49,10.7,258.3,11.51,258.3,12.5Z'/>
</g>
<g>
<text x='267.5' y='15.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>同比</text>
</g>
<line x1='21' y1='175' x2='453' y2='175' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='37.3' y='188.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>2020</text>
</g>
<g>
<text x='100.87' y='188.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>2021</text>
</g>
<g>
<text x='164.43' y='188.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>2022</text>
</g>
<g>
<text x='228' y='188.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>2023</text>
</g>
<g>
<text x='289.57' y='188.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>2024E</text>
</g>
<g>
<text x='353.13' y='188.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>2025E</text>
</g>
<g>
<text x='416.7' y='188.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>2026E</text>
</g>
<line x1='21' y1='27' x2='21' y2='175' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='11' y='179.2' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>0</text>
</g>
<line x1='19' y1='175' x2='21' y2='175' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='6' y='153.66' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>10</text>
</g>
<line x1='19' y1='149.47' x2='21' y2='149.47' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='6' y='128.13' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>20</text>
</g>
<line x1='19' y1='123.93' x2='21' y2='123.93' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='6' y='102.59' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>30</text>
</g>
<line x1='19' y1='98.4' x2='21' y2='98.4' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='6' y='77.06' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>40</text>
</g>
<line x1='19' y1='72.86' x2='21' y2='72.86' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='6' y='51.52' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>50</text>
</g>
<line x1='19' y1='47.33' x2='21' y2='47.33' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<line x1='453' y1='27' x2='453' y2='175' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='459' y='178.88' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>11</text>
</g>
<line x1='455' y1='174.68' x2='453' y2='174.68' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='459' y='162.86' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>11.5</text>
</g>
<line x1='455' y1='158.66' x2='453' y2='158.66' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='459' y='146.84' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>12</text>
</g>
<line x1='455' y1='142.65' x2='453' y2='142.65' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='459' y='130.82' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>12.5</text>
</g>
<line x1='455' y1='126.63' x2='453' y2='126.63' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='459' y='114.81' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>13</text>
</g>
<line x1='455' y1='110.61' x2='453' y2='110.61' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='459' y='98.79' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>13.5</text>
</g>
<line x1='455' y1='94.59' x2='453' y2='94.59' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='459' y='82.77' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>14</text>
</g>
<line x1='455' y1='78.58' x2='453' y2='78.58' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='459' y='66.75' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>14.5</text>
</g>
<line x1='455' y1='62.56' x2='453' y2='62.56' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='459' y='50.74' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>15</text>
</g>
<line x1='455' y1='46.54' x2='453' y2='46.54' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<g>
<text x='459' y='34.72' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-5-clip-0)'>15.5</text>
</g>
<line x1='455' y1='30.52' x2='453' y2='30.52' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-0)'/>
<line x1='21' y1='175' x2='453' y2='175' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-1)'/>
<line x1='21' y1='149.47' x2='453' y2='149.47' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-1)'/>
<line x1='21' y1='123.93' x2='453' y2='123.93' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-1)'/>
<line x1='21' y1='98.4' x2='453' y2='98.4' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-1)'/>
<line x1='21' y1='72.86' x2='453' y2='72.86' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-1)'/>
<line x1='21' y1='47.33' x2='453' y2='47.33' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-5-clip-1)'/>
<rect x='29.02' y='108.61' width='34.56' height='66.39' style='fill:rgb(31,78,121)' clip-path='url(#figure-5-clip-1)'/>
<rect x='92.59' y='99.93' width='34.56' height='75.07' style='fill:rgb(31,78,121)' clip-path='url(#figure-5-clip-1)'/>
<rect x='156.15' y='90.48' width='34.56' height='84.52' style='fill:rgb(31,78,121)' clip-path='url(#figure-5-clip-1)'/>
<rect x='219.72' y='81.03' width='34.56' height='93.97' style='fill:rgb(31,78,121)' clip-path='url(#figure-5-clip-1)'/>
<rect x='283.29' y='69.03' width='34.56' height='105.97' style='fill:rgb(154,175,195)' clip-path='url(#figure-5-clip-1)'/>
<rect x='346.85' y='52.69' width='34.56' height='122.31' style='fill:rgb(154,175,195)' clip-path='url(#figure-5-clip-1)'/>
<rect x='410.42' y='34.05' width='34.56' height='140.95' style='fill:rgb(154,175,195)' clip-path='url(#figure-5-clip-1)'/>
<line x1='109.87' y1='107.41' x2='173.43' y2='123.42' style='stroke-width:1.25;stroke:rgb(91,155,213);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-5-clip-1)'/>
<line x1='173.43' y1='123.42' x2='237' y2='168.27' style='stroke-width:1.25;stroke:rgb(91,155,213);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-5-clip-1)'/>
<line x1='237' y1='168.27' x2='300.57' y2='117.02' style='stroke-width:1.25;stroke:rgb(91,155,213);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-5-clip-1)'/>
<line x1='300.57' y1='117.02' x2='364.13' y2='33.73' style='stroke-width:1.25;stroke:rgb(91,155,213);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-5-clip-1)'/>
<line x1='364.13' y1='33.73' x2='427.7' y2='40.13' style='stroke-width:1.25;stroke:rgb(91,155,213);stroke-opacity:1.0;stroke-linecap:round;stroke-linejoin:round;stroke-miterlimit:10;shape-rendering:geometricPrecision' clip-path='url(#figure-5-clip-1)'/>
<g style='fill:rgb(91,155,213);stroke:none' clip-path='url(#figure-5-clip-1)'>
<path d='M111.67,107.41C111.67,108.4,110.86,109.21,109.87,109.21C108.87,109.21,108.07,108.4,108.07,107.41C108.07,106.41,108.87,105.61,109.87,105.61C110.86,105.61,111.67,106.41,111.67,107.41Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(91,155,213);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-1)'>
<path d='M111.67,107.41C111.67,108.4,110.86,109.21,109.87,109.21C108.87,109.21,108.07,108.4,108.07,107.41C108.07,106.41,108.87,105.61,109.87,105.61C110.86,105.61,111.67,106.41,111.67,107.41Z'/>
</g>
<g style='fill:rgb(91,155,213);stroke:none' clip-path='url(#figure-5-clip-1)'>
<path d='M175.23,123.42C175.23,124.42,174.43,125.22,173.43,125.22C172.44,125.22,171.63,124.42,171.63,123.42C171.63,122.43,172.44,121.62,173.43,121.62C174.43,121.62,175.23,122.43,175.23,123.42Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(91,155,213);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-1)'>
<path d='M175.23,123.42C175.23,124.42,174.43,125.22,173.43,125.22C172.44,125.22,171.63,124.42,171.63,123.42C171.63,122.43,172.44,121.62,173.43,121.62C174.43,121.62,175.23,122.43,175.23,123.42Z'/>
</g>
<g style='fill:rgb(91,155,213);stroke:none' clip-path='url(#figure-5-clip-1)'>
<path d='M238.8,168.27C238.8,169.27,237.99,170.07,237,170.07C236.01,170.07,235.2,169.27,235.2,168.27C235.2,167.28,236.01,166.47,237,166.47C237.99,166.47,238.8,167.28,238.8,168.27Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(91,155,213);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-1)'>
<path d='M238.8,168.27C238.8,169.27,237.99,170.07,237,170.07C236.01,170.07,235.2,169.27,235.2,168.27C235.2,167.28,236.01,166.47,237,166.47C237.99,166.47,238.8,167.28,238.8,168.27Z'/>
</g>
<g style='fill:rgb(91,155,213);stroke:none' clip-path='url(#figure-5-clip-1)'>
<path d='M302.37,117.02C302.37,118.01,301.56,118.82,300.57,118.82C299.57,118.82,298.77,118.01,298.77,117.02C298.77,116.02,299.57,115.22,300.57,115.22C301.56,115.22,302.37,116.02,302.37,117.02Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(91,155,213);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-1)'>
<path d='M302.37,117.02C302.37,118.01,301.56,118.82,300.57,118.82C299.57,118.82,298.77,118.01,298.77,117.02C298.77,116.02,299.57,115.22,300.57,115.22C301.56,115.22,302.37,116.02,302.37,117.02Z'/>
</g>
<g style='fill:rgb(91,155,213);stroke:none' clip-path='url(#figure-5-clip-1)'>
<path d='M365.93,33.73C365.93,34.72,365.13,35.53,364.13,35.53C363.14,35.53,362.33,34.72,362.33,33.73C362.33,32.73,363.14,31.93,364.13,31.93C365.13,31.93,365.93,32.73,365.93,33.73Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(91,155,213);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-1)'>
<path d='M365.93,33.73C365.93,34.72,365.13,35.53,364.13,35.53C363.14,35.53,362.33,34.72,362.33,33.73C362.33,32.73,363.14,31.93,364.13,31.93C365.13,31.93,365.93,32.73,365.93,33.73Z'/>
</g>
<g style='fill:rgb(91,155,213);stroke:none' clip-path='url(#figure-5-clip-1)'>
<path d='M429.5,40.13C429.5,41.13,428.69,41.93,427.7,41.93C426.7,41.93,425.9,41.13,425.9,40.13C425.9,39.14,426.7,38.33,427.7,38.33C428.69,38.33,429.5,39.14,429.5,40.13Z'/>
</g>
<g style='stroke-width:1.0;stroke:rgb(91,155,213);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:geometricPrecision;fill:none' clip-path='url(#figure-5-clip-1)'>
<path d='M429.5,40.13C429.5,41.13,428.69,41.93,427.7,41.93C426.7,41.93,425.9,41.13,425.9,40.13C425.9,39.14,426.7,38.33,427.7,38.33C428.69,38.33,429.5,39.14,429.5,40.13Z'/>
</g>
</svg>
--- telecom-thematic-2025-02-10-deepseek-figure-6.svg ---
<?xml version="1.0"?>
<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='483' height='200' viewBox='0 0 483 200'>
<defs>
<clipPath id='figure-6-clip-0'>
<path d='M0,0L483,0L483,200L0,200L0,0Z'/>
</clipPath>
<clipPath id='figure-6-clip-1'>
<path d='M32,27L32,175L477,175L477,27Z'/>
</clipPath>
</defs>
<g style='fill:rgb(31,78,121);stroke:none' clip-path='url(#figure-6-clip-0)'>
<path d='M207.5,8.5L215.5,8.5L215.5,16.5L207.5,16.5L207.5,8.5Z'/>
</g>
<g>
<text x='219.5' y='15.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>400G</text>
</g>
<g style='fill:rgb(91,155,213);stroke:none' clip-path='url(#figure-6-clip-0)'>
<path d='M244.5,8.5L252.5,8.5L252.5,16.5L244.5,16.5L244.5,8.5Z'/>
</g>
<g>
<text x='256.5' y='15.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>800G</text>
</g>
<line x1='32' y1='175' x2='477' y2='175' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-0)'/>
<g>
<text x='52.17' y='188.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>1Q23</text>
</g>
<g>
<text x='129.3' y='188.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>2Q23</text>
</g>
<g>
<text x='206.43' y='188.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>3Q23</text>
</g>
<g>
<text x='283.57' y='188.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>4Q23</text>
</g>
<g>
<text x='360.7' y='188.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>1Q24</text>
</g>
<g>
<text x='437.83' y='188.28' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>2Q24</text>
</g>
<line x1='32' y1='27' x2='32' y2='175' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-0)'/>
<g>
<text x='22' y='179.2' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>0</text>
</g>
<line x1='30' y1='175' x2='32' y2='175' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-0)'/>
<g>
<text x='13' y='159.34' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>200</text>
</g>
<line x1='30' y1='155.15' x2='32' y2='155.15' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-0)'/>
<g>
<text x='13' y='139.49' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>400</text>
</g>
<line x1='30' y1='135.3' x2='32' y2='135.3' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-0)'/>
<g>
<text x='13' y='119.64' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>600</text>
</g>
<line x1='30' y1='115.44' x2='32' y2='115.44' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-0)'/>
<g>
<text x='13' y='99.79' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>800</text>
</g>
<line x1='30' y1='95.59' x2='32' y2='95.59' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-0)'/>
<g>
<text x='6' y='79.93' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>1,000</text>
</g>
<line x1='30' y1='75.74' x2='32' y2='75.74' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-0)'/>
<g>
<text x='6' y='60.08' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>1,200</text>
</g>
<line x1='30' y1='55.89' x2='32' y2='55.89' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-0)'/>
<g>
<text x='6' y='40.23' style='fill: rgb(51,51,51); fill-opacity: 1.0; font-family: "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 8px;' clip-path='url(#figure-6-clip-0)'>1,400</text>
</g>
<line x1='30' y1='36.03' x2='32' y2='36.03' style='stroke-width:0.75;stroke:rgb(153,153,153);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-0)'/>
<line x1='32' y1='175' x2='477' y2='175' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-1)'/>
<line x1='32' y1='155.15' x2='477' y2='155.15' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-1)'/>
<line x1='32' y1='135.3' x2='477' y2='135.3' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-1)'/>
<line x1='32' y1='115.44' x2='477' y2='115.44' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-1)'/>
<line x1='32' y1='95.59' x2='477' y2='95.59' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-1)'/>
<line x1='32' y1='75.74' x2='477' y2='75.74' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-1)'/>
<line x1='32' y1='55.89' x2='477' y2='55.89' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-1)'/>
<line x1='32' y1='36.03' x2='477' y2='36.03' style='stroke-width:0.5;stroke:rgb(227,227,227);stroke-opacity:1.0;stroke-linecap:square;stroke-miterlimit:10;shape-rendering:crispEdges' clip-path='url(#figure-6-clip-1)'/>
<rect x='36.45' y='93.6' width='17.8' height='81.4' style='fill:rgb(31,78,121)' clip-path='url(#figure-6-clip-1)'/>
<rect x='69.08' y='144.23' width='17.8' height='30.77' style='fill:rgb(91,155,213)' clip-path='url(#figure-6-clip-1)'/>
<rect x='113.58' y='89.63' width='17.8' height='85.37' style='fill:rgb(31,78,121)' clip-path='url(#figure-6-clip-1)'/>
<rect x='146.22' y='133.31' width='17.8' height='41.69' style='fill:rgb(91,155,213)' clip-path='url(#figure-6-clip-1)'/>
<rect x='190.72' y='85.66' width='17.8' height='89.34' style='fill:rgb(31,78,121)' clip-path='url(#figure-6-clip-1)'/>
<rect x='223.35' y='114.45' width='17.8' height='60.55' style='fill:rgb(91,155,213)' clip-path='url(#figure-6-clip-1)'/>
<rect x='267.85' y='82.69' width='17.8' height='92.31' style='fill:rgb(31,78,121)' clip-path='url(#figure-6-clip-1)'/>
<rect x='300.48' y='87.65' width='17.8' height='87.35' style='fill:rgb(91,155,213)' clip-path='url(#figure-6-clip-1)'/>
<rect x='344.98' y='80.7' width='17.8' height='94.3' style='fill:rgb(31,78,121)' clip-path='url(#figure-6-clip-1)'/>
<rect x='377.62' y='60.85' width='17.8' height='114.15' style='fill:rgb(91,155,213)' clip-path='url(#figure-6-clip-1)'/>
<rect x='422.12' y='77.72' width='17.8' height='97.28' style='fill:rgb(31,78,121)' clip-path='url(#figure-6-clip-1)'/>
<rect x='454.75' y='34.05' width='17.8' height='140.95' style='fill:rgb(91,155,213)' clip-path='url(#figure-6-clip-1)'/>
</svg>

╔═ html ═╗
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>通信行业周报 (2026-W13)：光交换场景持续拓宽，国产 AI 芯片验证推进顺利</title>
<meta name="author" content="林知远">
<meta name="description" content="通信行业研究 · 行业周报">
<meta name="keywords" content="通信,行业周报,衡川证券,服务器,光模块,IDC">
<meta name="generator" content="Sector Weekly">
<style>
:root {
  --primary: #8C1D2B;
  --accent: #C9A227;
  --text: #1f1f1f;
  --muted: #666666;
  --rule: #dddddd;
  --zebra: #f7f5f2;
  --panel: #faf6f0;
  --print-body: 10pt;
  --size-cover: 0.9rem;
  --size-small: 0.85rem;
  --size-table: 0.85rem;
  --size-caption: 0.9rem;
  --size-source: 0.75rem;
  --size-chapter: 1.4rem;
  --size-section: 1.15rem;
  --size-cover-heading: 1.05rem;
  --size-headline: 1.6rem;
  --size-sector-title: 2.4rem;
  --size-report-type: 1.2rem;
  --size-rating: 1.3rem;
  --size-running-header: 0.8rem;
  --size-contacts: 0.75rem;
  --leading-body: 1.7;
  --leading-cover: 1.6;
  --leading-small: 1.6;
}
@page { size: A4; margin: 64pt 56pt 64pt; }
@page :first { margin-top: 40pt; }
/* Screen: a readable column. Print: A4 pages close to the PDF. The values in var(--…) are the house
   colours from desk.yaml and the look from templates/style.yaml, which the PDF takes too. */
* { box-sizing: border-box; }
html { font-size: 15px; }
body {
  margin: 0 auto; max-width: 860px; padding: 24px 32px 64px;
  font-family: "Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif;
  color: var(--text); line-height: var(--leading-body); background: #fff;
  line-break: strict; word-break: normal; overflow-wrap: anywhere;
}
.running-header {
  display: flex; justify-content: space-between; font-size: var(--size-running-header); color: var(--muted);
  border-bottom: 1px solid var(--primary); padding-bottom: 4px; margin-bottom: 20px;
}
.masthead { display: flex; gap: 24px; align-items: stretch; border-bottom: 3px solid var(--primary); padding-bottom: 16px; }
.masthead-title { flex: 1; }
.masthead-title p { text-align: left; }
.sector-title { font-size: var(--size-sector-title); font-weight: 700; color: var(--primary); margin: 0; letter-spacing: 0.05em; }
.report-type { font-size: var(--size-report-type); margin: 4px 0 0; font-weight: 600; }
.team { color: var(--muted); margin: 4px 0 0; font-size: var(--size-small); }
.rating-box { width: 270px; border-left: 4px solid var(--accent); background: var(--panel); padding: 10px 14px; font-size: var(--size-small); }
.rating { font-size: var(--size-rating); font-weight: 700; color: var(--primary); margin: 0 0 8px; }
.analyst { margin: 6px 0; line-height: 1.5; text-align: left; }
.analyst .label { color: var(--muted); }
.licence, .email { color: var(--muted); }
.headline { font-size: var(--size-headline); line-height: 1.4; margin: 20px 0 8px; color: var(--text); }
h2 { font-size: var(--size-chapter); color: var(--primary); border-bottom: 2px solid var(--primary); padding-bottom: 4px; margin-top: 40px; }
h3 { font-size: var(--size-section); color: var(--primary); margin: 22px 0 6px; }
h4 { font-size: 1rem; margin: 14px 0 4px; }
.cover-body { display: flow-root; }
.panel { float: right; width: 38%; margin: 0 0 12px 24px; padding: 0 0 4px; font-size: var(--size-small); }
.panel .charts, .panel .table-figure { margin: 8px 0; }
.panel .charts { grid-template-columns: 1fr; }
.panel table { font-size: var(--size-small); }
.panel thead th, .panel td { padding: 3px 6px; }
.cover h2 { font-size: var(--size-cover-heading); border-bottom: none; margin: 22px 0 6px; padding: 0 0 0 8px; border-left: 4px solid var(--primary); }
p { margin: 6px 0; text-align: justify; text-wrap: pretty; }
/* English is set ragged right, as the PDF sets it: justified, a narrow column spreads its words apart. */
html:lang(en) :is(p, ol.views li, ol.list li) { text-align: left; }
ol.views, ol.list { list-style: none; padding: 0; margin: 0; }
ol.list ol.list, ol.list ul.list, ul.list ol.list { padding-left: 1.5em; }
ol.views li, ol.list li { margin: 6px 0; text-align: justify; }
.marker { color: var(--primary); font-weight: 700; }
.table-figure { margin: 18px 0; }
.table-figure figcaption, .chart-figure figcaption, .picture-figure figcaption { font-weight: 700; font-size: var(--size-caption); margin-bottom: 4px; text-wrap: pretty; }
.scroll { overflow-x: auto; }
/* A box that scrolls shows a shadow at the edge where more lies hidden (the shadows scroll away with it). */
.scroll {
  background:
    linear-gradient(to right, #fff 30%, rgba(255, 255, 255, 0)) left / 24px 100% no-repeat local,
    linear-gradient(to left, #fff 30%, rgba(255, 255, 255, 0)) right / 24px 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, rgba(0, 0, 0, 0.18), rgba(0, 0, 0, 0)) left / 10px 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, rgba(0, 0, 0, 0.18), rgba(0, 0, 0, 0)) right / 10px 100% no-repeat scroll;
}
.scroll:focus-visible { outline: 2px solid var(--accent); }
.contents ol { list-style: none; padding: 0; margin: 0 0 8px; }
.contents li { margin: 3px 0; }
.contents li.level-2 { padding-left: 1.5em; font-size: var(--size-caption); }
.contents li.level-3 { padding-left: 3em; font-size: var(--size-caption); }
.contents a { color: inherit; text-decoration: none; }
.contents a:hover { color: var(--primary); text-decoration: underline; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 0 24px; margin: 18px 0; }
.chart-figure, .picture-figure { margin: 0 0 12px; min-width: 0; }
.chart-figure.wide, .picture-figure.wide { grid-column: 1 / -1; }
.chart-figure svg, .picture-figure img { display: block; width: 100%; height: auto; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: var(--size-table); line-height: 1.5; }
thead th { background: var(--primary); color: #fff; font-weight: 600; text-align: left; padding: 5px 8px; }
td { padding: 5px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
tbody tr:nth-child(even) td { background: var(--zebra); }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
/* A text column after a number column stands apart from it: "+316.7万户" and "比上年末" are two things. */
:is(th, td).num + :is(th, td):not(.num) { padding-left: 16px; }
td.short, .nowrap { white-space: nowrap; }
.source, .note { font-size: var(--size-source); color: var(--muted); margin-top: 4px; }
th.group, th.center, td.center { text-align: center; }
.news .date { color: var(--primary); font-weight: 600; margin-right: 4px; }
.news .source { white-space: nowrap; }
.compliance { font-size: var(--size-small); line-height: var(--leading-small); }
.offices { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; font-size: var(--size-contacts); }
.office p { margin: 2px 0; text-align: left; }
.office .city { font-weight: 700; color: var(--primary); }
@media (max-width: 640px) {
  body { padding: 16px; }
  .masthead { flex-direction: column; }
  .rating-box { width: auto; }
  /* The panel after the summary, across the screen. */
  .cover-body { display: flex; flex-direction: column; }
  .panel { float: none; width: auto; margin: 0; order: 1; }
  .offices { grid-template-columns: 1fr; }
  .charts { grid-template-columns: 1fr; }
  /* Justified Chinese on a narrow line spreads its characters apart. */
  p, ol.views li, ol.list li { text-align: left; }
  /* Columns as wide as their short cells need; the box scrolls where the table is wider than the screen. */
  table { table-layout: auto; }
  td:not(.short) { min-width: 9em; }
  th { white-space: nowrap; }
  /* The masthead says what the running header says; on a phone it would only wrap. */
  .running-header { display: none; }
  .chart-figure.wide svg { min-width: 600px; }
}
@media print {
  html { font-size: var(--print-body); }
  body { max-width: none; padding: 0; }
  .cover, .contents { break-after: page; }
  /* Page 1 set as the PDF sets it, a little closer, so that the summary stays on it beside the panel. */
  .summary > p, .summary > :is(ol, ul) li { font-size: var(--size-cover); line-height: calc(var(--leading-cover) - 0.15); }
  .masthead { padding-bottom: 8pt; }
  .headline { margin: 10pt 0 2pt; }
  .cover h2 { margin: 6pt 0 2pt; line-height: 1.3; }
  .summary > p, .summary li { margin: 2pt 0; }
  .panel { margin-left: 12pt; }
  .panel .charts, .panel .table-figure { margin: 4pt 0; }
  .contents h2 { margin-top: 14pt; }
  .contents li { margin: 0; font-size: var(--size-caption); line-height: var(--leading-body); }
  h2 { break-before: auto; break-after: avoid; }
  h3, h4, figcaption { break-after: avoid; }
  tr, .office, .chart-figure, .picture-figure { break-inside: avoid; }
  thead { display: table-header-group; }
  .running-header { display: none; }
}
</style>
</head>
<body>
<header class="running-header"><span>衡川证券 · 通信行业周报</span><span>证券研究报告 · 2026年3月27日</span></header>
<main>
<section class="cover">
<div class="masthead">
<div class="masthead-title">
<p class="sector-title">通信行业研究</p>
<p class="report-type">行业周报 · 证券研究报告</p>
<p class="team">衡川证券股份有限公司 · 通信组 · 2026年3月27日</p>
</div>
<div class="rating-box">
<p class="rating">买入（维持评级）</p>
<p class="analyst"><span class="label">分析师：</span>林知远<br><span class="licence">执业证书编号：S0990524070001</span><br><span class="email">邮箱：linzhiyuan@hcresearch.example</span></p>
</div>
</div>
<h1 class="headline">光交换场景持续拓宽，国产 AI 芯片验证推进顺利</h1>
<div class="cover-body">
<section class="panel" aria-labelledby="panel-heading">
<h2 id="panel-heading">市场表现</h2>
<div class="charts">
<figure class="chart-figure" id="panel-figure-1">
<figcaption id="panel-figure-1-caption">通信（申万）与沪深 300 近 12个月走势</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="panel-figure-1-caption">
<svg role="img" aria-labelledby="panel-figure-1-caption" id='panel-figure-1-svg' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 236 165'>…</svg>
</div>
<p class="source">来源：Wind，衡川证券研究所</p>
</figure>
</div>
<figure class="table-figure" id="panel-figure-2">
<figcaption id="panel-figure-2-caption">细分指数涨跌幅</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="panel-figure-2-caption">
<table>
<colgroup><col style="width: 48.9%"><col style="width: 22.2%"><col style="width: 28.9%"></colgroup>
<thead><tr><th>指数</th><th class="num">本周</th><th class="num">本月以来</th></tr></thead>
<tbody>
<tr><td class="short">服务器指数</td><td class="num short">-3.25%</td><td class="num short">-8.49%</td></tr>
<tr><td class="short">光模块 (CPO) 指数</td><td class="num short">+2.43%</td><td class="num short">+10.65%</td></tr>
<tr><td class="short">IDC 指数</td><td class="num short">-2.90%</td><td class="num short">-6.55%</td></tr>
</tbody>
</table>
</div>
<p class="source">来源：Wind，衡川证券研究所</p>
</figure>
<p>本周通信（申万）<span class="nowrap">-1.42%</span>，在 <span class="nowrap">31个申</span>万一级行业中排名第22。</p>
</section>
<div class="summary">
<h2>通信周观点</h2>
<ol class="views">
<li><span class="marker">1)</span> <strong>OFC 2026 前瞻研讨</strong>：NVIDIA、Lumentum、Meta 等厂商集中讨论光电路交换 (OCS)。我们的理解是，模型参数与推理时计算量的双重增长正在把高带宽网络推向系统设计的中心，OCS 已在横向扩展中落地，纵向扩展仍待集成与可靠性问题解决。</li>
<li><span class="marker">2)</span> <strong>Lumentum</strong>：OCS 单季营收提前突破千万美元，在手订单超过 <span class="nowrap">4亿美元</span>，公司预计到 <span class="nowrap">2027年底</span>开始交付首批 CPO 产品。光交换与共封装光学的需求确定性在提升。</li>
<li><span class="marker">3)</span> <strong>华为</strong>：新款 AI 芯片的客户测试进展顺利，字节跳动、阿里巴巴等有意采购。相较上一代产品，这是国产算力供给的一次实质性进展。</li>
<li><span class="marker">4)</span> <strong>光缆价格</strong>：黑龙江电信应急采购中，G.652D <span class="nowrap">24芯室</span>外光缆不含税单价达 <span class="nowrap">3737.43元</span>/皮长公里，折合约 <span class="nowrap">155.73元</span>/芯公里，光缆供给偏紧的判断得到印证。</li>
<li><span class="marker">5)</span> <strong>Google</strong>：发布 TurboQuant 压缩算法，无需重新训练即可把键值缓存压缩到 3 bit，内存占用约降至六分之一，H100 上最高提速约 <span class="nowrap">8倍</span>，对推理成本与存储需求的影响值得跟踪。</li>
<li><span class="marker">6)</span> <strong>字节跳动</strong>：火山引擎日均大模型调用量已超过 <span class="nowrap">100万亿</span> Tokens，春节后不到两个月增长超 <span class="nowrap">60%</span>，国内推理需求的增长仍在加速。</li>
<li><span class="marker">7)</span> <strong>月之暗面</strong>：据报道正评估赴港上市，并寻求最高 <span class="nowrap">10亿美元</span>的私募融资，对应估值约 <span class="nowrap">180亿美元</span>，大模型公司的资本化节奏加快。</li>
<li><span class="marker">8)</span> <strong>Arm</strong>：首次推出自研 AGI CPU，最高 <span class="nowrap">136核</span>、功耗 <span class="nowrap">300瓦</span>，由台积电代工，Meta 为首个大客户；公司预计五年后芯片与 IP 业务合计年收入约 <span class="nowrap">250亿美元</span>。</li>
</ol>
<h2>细分赛道</h2>
<p><strong>服务器</strong>：本周服务器指数 <span class="nowrap">-3.25%</span>，本月以来服务器指数 <span class="nowrap">-8.49%</span>。Arm 首次销售自研 AGI CPU，Meta 成为首个主要客户，通用算力芯片的竞争格局出现新变量；国内服务器厂商短期仍受 GPU 供给节奏影响。</p>
<p><strong>光模块</strong>：本周光模块 (CPO) 指数 <span class="nowrap">+2.43%</span>，本月以来光模块 (CPO) 指数 <span class="nowrap">+10.65%</span>。Lumentum 认为铜缆在横向扩展中已接近物理极限，OCS 与 CPO 将承接新增的互连需求。我们判断高速光模块的需求景气仍在上行通道。</p>
<p><strong>IDC</strong>：本周 IDC 指数 <span class="nowrap">-2.90%</span>，本月以来 IDC 指数 <span class="nowrap">-6.55%</span>。国产 AI 芯片客户验证顺利，若供给约束逐步缓解，国内智算中心的建设节奏有望加快，IDC 需求随之改善。</p>
<h2>核心数据更新</h2>
<p>电信业务量收增速逐步改善：<span class="nowrap">2026年</span>1<span class="nowrap">-2月电</span>信业务收入累计 <span class="nowrap">2904亿元</span>，同比下降 <span class="nowrap">1.7%</span>，按上年不变价计算的电信业务总量同比增长 <span class="nowrap">8.4%</span>。光模块出口延续高增，<span class="nowrap">2月当</span>月出口金额同比增长 <span class="nowrap">26.57%</span>，1<span class="nowrap">-2月累</span>计同比增长 <span class="nowrap">17.74%</span>。4Q25 微软、谷歌、Meta、亚马逊资本开支分别为 <span class="nowrap">299亿美元</span>、<span class="nowrap">279亿美元</span>、<span class="nowrap">214亿美元</span>、<span class="nowrap">395亿美元</span>，同比分别 <span class="nowrap">+89%</span>、<span class="nowrap">+95%</span>、<span class="nowrap">+48%</span>、<span class="nowrap">+42%</span>。</p>
<h2>投资建议与估值</h2>
<p>建议关注国内 AI 投资带动的服务器、IDC 与液冷环节，以及海外 AI 资本开支带动的光模块、OCS 与高速连接器环节。</p>
<h2>风险提示</h2>
<p>AI 商业化进度低于预期、技术迭代不及预期、供应链集中与原材料短缺、贸易与出口管制政策变化、行业竞争加剧。</p>
</div>
</div>
</section>
<nav class="contents" aria-labelledby="contents-title">
<h2 id="contents-title">内容目录</h2>
<ol>
<li class="level-1"><a href="#segments">一、细分行业观点</a></li>
<li class="level-1"><a href="#core-data">二、核心数据更新</a></li>
<li class="level-2"><a href="#core-data-1">2.1 运营商：用户规模稳步扩大，千兆与 5G 渗透继续提升</a></li>
<li class="level-2"><a href="#core-data-2">2.2 光模块：光模块出口金额同比高增</a></li>
<li class="level-2"><a href="#core-data-3">2.3 物联网：连接数稳步增长，模组出货恢复正增长</a></li>
<li class="level-2"><a href="#core-data-4">2.4 海外云厂商：北美云厂商资本开支维持高增</a></li>
<li class="level-1"><a href="#market">三、本周行情</a></li>
<li class="level-1"><a href="#news">四、本周重要新闻</a></li>
<li class="level-2"><a href="#news-industry">4.1 行业新闻</a></li>
<li class="level-2"><a href="#news-company">4.2 公司新闻</a></li>
<li class="level-2"><a href="#news-big-tech">4.3 海内外大厂重点跟踪</a></li>
<li class="level-1"><a href="#risks">风险提示</a></li>
<li class="level-1"><a href="#ratings">行业投资评级的说明</a></li>
<li class="level-1"><a href="#certification">分析师声明</a></li>
<li class="level-1"><a href="#disclaimer">特别声明</a></li>
</ol>
<h2>图表目录</h2>
<ol>
<li><a href="#figure-1">图表 1：服务器指数 (8841058.WI) 走势</a></li>
<li><a href="#figure-2">图表 2：光模块 (CPO) 指数 (8841258.WI) 走势</a></li>
<li><a href="#figure-3">图表 3：IDC 指数 (866052.WI) 走势</a></li>
<li><a href="#figure-4">图表 4：本周通信板块景气度</a></li>
<li><a href="#figure-5">图表 5：千兆宽带用户达 2.45亿户，占比 35.3%</a></li>
<li><a href="#figure-6">图表 6：截至 2026年2月末 5G 用户占比 67.6%</a></li>
<li><a href="#figure-7">图表 7：2026年1-2月移动互联网累计流量同比增长 20.4%</a></li>
<li><a href="#figure-8">图表 8：2026年2月当月 DOU 达 19.31GB/户·月</a></li>
<li><a href="#figure-9">图表 9：5G 基站总数达 490.9万个</a></li>
<li><a href="#figure-10">图表 10：运营商核心数据</a></li>
<li><a href="#figure-11">图表 11：2026年2月光模块出口金额当月同比增长 26.57%</a></li>
<li><a href="#figure-12">图表 12：光模块核心数据</a></li>
<li><a href="#figure-13">图表 13：截至 2026年2月末蜂窝物联网终端用户达 29.21亿户</a></li>
<li><a href="#figure-14">图表 14：物联网核心数据</a></li>
<li><a href="#figure-15">图表 15：海外云厂商核心数据</a></li>
<li><a href="#figure-16">图表 16：申万一级行业周涨跌幅排序（%）</a></li>
<li><a href="#figure-17">图表 17：通信（申万）周涨跌幅前 5 与后 5个股（%）</a></li>
<li><a href="#figure-18">图表 18：通信板块个股周涨跌幅</a></li>
</ol>
</nav>
<section class="chapter">
<h2 id="segments">一、细分行业观点</h2>
<p><strong>服务器</strong>：本周服务器指数 <span class="nowrap">-3.25%</span>，本月以来服务器指数 <span class="nowrap">-8.49%</span>。Arm 首次销售自研 AGI CPU，Meta 成为首个主要客户，通用算力芯片的竞争格局出现新变量；国内服务器厂商短期仍受 GPU 供给节奏影响。</p>
<div class="charts">
<figure class="chart-figure wide" id="figure-1">
<figcaption id="figure-1-caption">图表 1：服务器指数 (8841058.WI) 走势</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-1-caption">
<svg role="img" aria-labelledby="figure-1-caption" id='figure-1-svg' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 483 165'>…</svg>
</div>
<p class="source">来源：Wind，衡川证券研究所</p>
</figure>
</div>
<p><strong>光模块</strong>：本周光模块 (CPO) 指数 <span class="nowrap">+2.43%</span>，本月以来光模块 (CPO) 指数 <span class="nowrap">+10.65%</span>。Lumentum 认为铜缆在横向扩展中已接近物理极限，OCS 与 CPO 将承接新增的互连需求。我们判断高速光模块的需求景气仍在上行通道。</p>
<div class="charts">
<figure class="chart-figure wide" id="figure-2">
<figcaption id="figure-2-caption">图表 2：光模块 (CPO) 指数 (8841258.WI) 走势</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-2-caption">
<svg role="img" aria-labelledby="figure-2-caption" id='figure-2-svg' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 483 165'>…</svg>
</div>
<p class="source">来源：Wind，衡川证券研究所</p>
</figure>
</div>
<p><strong>IDC</strong>：本周 IDC 指数 <span class="nowrap">-2.90%</span>，本月以来 IDC 指数 <span class="nowrap">-6.55%</span>。国产 AI 芯片客户验证顺利，若供给约束逐步缓解，国内智算中心的建设节奏有望加快，IDC 需求随之改善。</p>
<div class="charts">
<figure class="chart-figure wide" id="figure-3">
<figcaption id="figure-3-caption">图表 3：IDC 指数 (866052.WI) 走势</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-3-caption">
<svg role="img" aria-labelledby="figure-3-caption" id='figure-3-svg' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 483 165'>…</svg>
</div>
<p class="source">来源：Wind，衡川证券研究所</p>
</figure>
</div>
<figure class="table-figure" id="figure-4">
<figcaption id="figure-4-caption">图表 4：本周通信板块景气度</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-4-caption">
<table>
<colgroup><col style="width: 13.8%"><col style="width: 17.2%"><col style="width: 69.0%"></colgroup>
<thead><tr><th>板块</th><th>景气度指标</th><th>本期景气度说明</th></tr></thead>
<tbody>
<tr><td class="short">运营商</td><td class="short">稳健向上</td><td>5G 资本开支高峰已过，传统电信业务增速放缓，云与算力业务接力增长。</td></tr>
<tr><td class="short">光模块</td><td class="short">稳健向上</td><td>OFC 期间 OCS 的落地场景得到系统阐述，光互连需求的确定性提高。</td></tr>
<tr><td class="short">服务器</td><td class="short">稳健向上</td><td>海外龙头对 2027年算力需求给出乐观指引，AI 服务器订单能见度较高。</td></tr>
<tr><td class="short">交换机</td><td class="short">稳健向上</td><td>高速交换机持续放量，国产厂商有望在 Scale-up 网络中取得突破。</td></tr>
<tr><td class="short">连接器</td><td class="short">稳健向上</td><td>龙头厂商在手订单饱满，超节点架构渗透将提升单机连接器用量。</td></tr>
<tr><td class="short">IDC</td><td class="short">加速向上</td><td>国产 AI 芯片验证顺利，供给改善预期下国内智算中心建设有望提速。</td></tr>
<tr><td class="short">物联网</td><td class="short">加速向上</td><td>AI 眼镜等新终端即将批量出货，端侧 AI 有望打开物联网模组需求。</td></tr>
<tr><td class="short">液冷</td><td class="short">高景气维持</td><td>海外云厂商与国内液冷企业洽谈数据中心液冷采购，板块催化不断。</td></tr>
</tbody>
</table>
</div>
<p class="source">来源：讯石光通讯，REUTERS，衡川证券研究所</p>
</figure>
</section>
<section class="chapter">
<h2 id="core-data">二、核心数据更新</h2>
<h3 id="core-data-1">2.1 运营商：用户规模稳步扩大，千兆与 5G 渗透继续提升</h3>
<p>截至 <span class="nowrap">2月末</span>，三家基础电信企业的固定互联网宽带接入用户达 <span class="nowrap">6.94亿户</span>，比上年末增加 <span class="nowrap">316.7万户</span>；其中千兆及以上接入速率用户 <span class="nowrap">2.45亿户</span>，比上年末增加 <span class="nowrap">637万户</span>，占比 <span class="nowrap">35.3%</span>，较上年末提升 <span class="nowrap">0.8个百</span>分点。5G 移动电话用户达 <span class="nowrap">12.35亿户</span>，占移动电话用户的 <span class="nowrap">67.6%</span>。</p>
<p>1<span class="nowrap">-2月移</span>动互联网累计流量 <span class="nowrap">666.7亿</span>GB，同比增长 <span class="nowrap">20.4%</span>；<span class="nowrap">2月末</span>移动互联网用户 <span class="nowrap">16.03亿户</span>，比上年末减少 <span class="nowrap">678.6万户</span>；<span class="nowrap">2月当</span>月 DOU 为 19.31GB/户·月。移动电话去话通话时长 <span class="nowrap">3036亿分钟</span>，同比下降 <span class="nowrap">5.6%</span>。</p>
<p>网络建设方面，<span class="nowrap">2月末</span>互联网宽带接入端口达 <span class="nowrap">12.6亿个</span>，比上年末增加 <span class="nowrap">901.1万个</span>；10G PON 端口 <span class="nowrap">3200万个</span>，比上年末增加 <span class="nowrap">37.6万个</span>；5G 基站总数 <span class="nowrap">490.9万个</span>，比上年末增加 <span class="nowrap">7万个</span>。</p>
<div class="charts">
<figure class="chart-figure" id="figure-5">
<figcaption id="figure-5-caption">图表 5：千兆宽带用户达 2.45亿户，占比 35.3%</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-5-caption">
<svg role="img" aria-labelledby="figure-5-caption" id='figure-5-svg' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 236 165'>…</svg>
</div>
<p class="source">来源：工信部，衡川证券研究所</p>
</figure>
<figure class="chart-figure" id="figure-6">
<figcaption id="figure-6-caption">图表 6：截至 2026年2月末 5G 用户占比 67.6%</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-6-caption">
<svg role="img" aria-labelledby="figure-6-caption" id='figure-6-svg' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 236 165'>…</svg>
</div>
<p class="source">来源：工信部，衡川证券研究所</p>
</figure>
<figure class="chart-figure" id="figure-7">
<figcaption id="figure-7-caption">图表 7：2026年1-2月移动互联网累计流量同比增长 20.4%</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-7-caption">
<svg role="img" aria-labelledby="figure-7-caption" id='figure-7-svg' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 236 165'>…</svg>
</div>
<p class="source">来源：工信部，衡川证券研究所</p>
</figure>
<figure class="chart-figure" id="figure-8">
<figcaption id="figure-8-caption">图表 8：2026年2月当月 DOU 达 19.31GB/户·月</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-8-caption">
<svg role="img" aria-labelledby="figure-8-caption" id='figure-8-svg' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 236 165'>…</svg>
</div>
<p class="source">来源：工信部，衡川证券研究所</p>
</figure>
<figure class="chart-figure wide" id="figure-9">
<figcaption id="figure-9-caption">图表 9：5G 基站总数达 490.9万个</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-9-caption">
<svg role="img" aria-labelledby="figure-9-caption" id='figure-9-svg' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 483 200'>…</svg>
</div>
<p class="source">来源：工信部，衡川证券研究所</p>
</figure>
</div>
<figure class="table-figure" id="figure-10">
<figcaption id="figure-10-caption">图表 10：运营商核心数据</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-10-caption">
<table>
<colgroup><col style="width: 36.4%"><col style="width: 18.2%"><col style="width: 15.9%"><col style="width: 13.6%"><col style="width: 15.9%"></colgroup>
<thead><tr><th>指标</th><th class="num">数值</th><th class="num">变化</th><th>口径</th><th>期间</th></tr></thead>
<tbody>
<tr><td class="short">电信业务收入（累计）</td><td class="num short">2904亿元</td><td class="num short">-1.7%</td><td class="short">同比</td><td class="short">2026年1-2月</td></tr>
<tr><td>电信业务总量增速（上年不变价）</td><td class="num short">8.4%</td><td class="num short">—</td><td class="short">—</td><td class="short">2026年1-2月</td></tr>
<tr><td class="short">固定互联网宽带接入用户</td><td class="num short">6.94亿户</td><td class="num short">+316.7万户</td><td class="short">比上年末</td><td class="short">2026年2月末</td></tr>
<tr><td class="short">千兆及以上宽带用户</td><td class="num short">2.45亿户</td><td class="num short">+637万户</td><td class="short">比上年末</td><td class="short">2026年2月末</td></tr>
<tr><td class="short">千兆用户占比</td><td class="num short">35.3%</td><td class="num short">+0.8个百分点</td><td class="short">比上年末</td><td class="short">2026年2月末</td></tr>
<tr><td class="short">5G 移动电话用户</td><td class="num short">12.35亿户</td><td class="num short">—</td><td class="short">—</td><td class="short">2026年2月末</td></tr>
<tr><td class="short">5G 用户占移动电话用户比例</td><td class="num short">67.6%</td><td class="num short">—</td><td class="short">—</td><td class="short">2026年2月末</td></tr>
<tr><td class="short">移动互联网累计流量</td><td class="num short">666.7亿GB</td><td class="num short">+20.4%</td><td class="short">同比</td><td class="short">2026年1-2月</td></tr>
<tr><td class="short">移动互联网用户</td><td class="num short">16.03亿户</td><td class="num short">-678.6万户</td><td class="short">比上年末</td><td class="short">2026年2月末</td></tr>
<tr><td>户均移动互联网接入流量 (DOU)</td><td class="num short">19.31GB/户·月</td><td class="num short">—</td><td class="short">—</td><td class="short">2026年2月</td></tr>
<tr><td class="short">移动电话去话通话时长</td><td class="num short">3036亿分钟</td><td class="num short">-5.6%</td><td class="short">同比</td><td class="short">2026年1-2月</td></tr>
<tr><td class="short">互联网宽带接入端口</td><td class="num short">12.6亿个</td><td class="num short">+901.1万个</td><td class="short">比上年末</td><td class="short">2026年2月末</td></tr>
<tr><td class="short">10G PON 端口</td><td class="num short">3200万个</td><td class="num short">+37.6万个</td><td class="short">比上年末</td><td class="short">2026年2月末</td></tr>
<tr><td class="short">5G 基站</td><td class="num short">490.9万个</td><td class="num short">+7万个</td><td class="short">比上年末</td><td class="short">2026年2月末</td></tr>
</tbody>
</table>
</div>
<p class="source">来源：工信部，衡川证券研究所</p>
</figure>
<h3 id="core-data-2">2.2 光模块：光模块出口金额同比高增</h3>
<p><span class="nowrap">2026年2月</span>我国光模块出口金额同比增长 <span class="nowrap">26.57%</span>，1<span class="nowrap">-2月累</span>计同比增长 <span class="nowrap">17.74%</span>，海外 AI 建设对高速光模块的拉动仍在延续。</p>
<div class="charts">
<figure class="chart-figure wide" id="figure-11">
<figcaption id="figure-11-caption">图表 11：2026年2月光模块出口金额当月同比增长 26.57%</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-11-caption">
<svg role="img" aria-labelledby="figure-11-caption" id='figure-11-svg' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 483 200'>…</svg>
</div>
<p class="source">来源：Wind，衡川证券研究所</p>
</figure>
</div>
<figure class="table-figure" id="figure-12">
<figcaption id="figure-12-caption">图表 12：光模块核心数据</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-12-caption">
<table>
<colgroup><col style="width: 36.4%"><col style="width: 18.2%"><col style="width: 15.9%"><col style="width: 13.6%"><col style="width: 15.9%"></colgroup>
<thead><tr><th>指标</th><th class="num">数值</th><th class="num">变化</th><th>口径</th><th>期间</th></tr></thead>
<tbody>
<tr><td class="short">光模块出口金额当月同比</td><td class="num short">26.57%</td><td class="num short">—</td><td class="short">—</td><td class="short">2026年2月</td></tr>
<tr><td class="short">光模块出口金额累计同比</td><td class="num short">17.74%</td><td class="num short">—</td><td class="short">—</td><td class="short">2026年1-2月</td></tr>
</tbody>
</table>
</div>
<p class="source">来源：Wind，衡川证券研究所</p>
</figure>
<h3 id="core-data-3">2.3 物联网：连接数稳步增长，模组出货恢复正增长</h3>
<p>截至 <span class="nowrap">2月末</span>，三家基础电信企业的蜂窝物联网终端用户达 <span class="nowrap">29.21亿户</span>，比上年末增加 <span class="nowrap">3308万户</span>；IPTV（含 OTT）用户 <span class="nowrap">4.1亿户</span>，比上年末增加 <span class="nowrap">167.3万户</span>。<span class="nowrap">2025年全</span>球蜂窝物联网模组出货量同比增长 <span class="nowrap">15%</span>，行业需求温和修复。</p>
<div class="charts">
<figure class="chart-figure wide" id="figure-13">
<figcaption id="figure-13-caption">图表 13：截至 2026年2月末蜂窝物联网终端用户达 29.21亿户</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-13-caption">
<svg role="img" aria-labelledby="figure-13-caption" id='figure-13-svg' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 483 200'>…</svg>
</div>
<p class="source">来源：工信部，衡川证券研究所</p>
</figure>
</div>
<figure class="table-figure" id="figure-14">
<figcaption id="figure-14-caption">图表 14：物联网核心数据</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-14-caption">
<table>
<colgroup><col style="width: 36.4%"><col style="width: 18.2%"><col style="width: 15.9%"><col style="width: 13.6%"><col style="width: 15.9%"></colgroup>
<thead><tr><th>指标</th><th class="num">数值</th><th class="num">变化</th><th>口径</th><th>期间</th></tr></thead>
<tbody>
<tr><td class="short">蜂窝物联网终端用户</td><td class="num short">29.21亿户</td><td class="num short">+3308万户</td><td class="short">比上年末</td><td class="short">2026年2月末</td></tr>
<tr><td class="short">IPTV（含 OTT）用户</td><td class="num short">4.1亿户</td><td class="num short">+167.3万户</td><td class="short">比上年末</td><td class="short">2026年2月末</td></tr>
<tr><td class="short">全球蜂窝物联网模组出货量同比</td><td class="num short">15%</td><td class="num short">—</td><td class="short">—</td><td class="short">2025年</td></tr>
</tbody>
</table>
</div>
<p class="source">来源：工信部，C114 通信网，衡川证券研究所</p>
</figure>
<h3 id="core-data-4">2.4 海外云厂商：北美云厂商资本开支维持高增</h3>
<p>4Q25 微软、谷歌、Meta、亚马逊的资本开支分别为 <span class="nowrap">299亿美元</span>、<span class="nowrap">279亿美元</span>、<span class="nowrap">214亿美元</span>、<span class="nowrap">395亿美元</span>，同比分别 <span class="nowrap">+89%</span>、<span class="nowrap">+95%</span>、<span class="nowrap">+48%</span>、<span class="nowrap">+42%</span>，AI 基础设施投入仍是主要驱动。</p>
<figure class="table-figure" id="figure-15">
<figcaption id="figure-15-caption">图表 15：海外云厂商核心数据</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-15-caption">
<table>
<colgroup><col style="width: 36.4%"><col style="width: 18.2%"><col style="width: 15.9%"><col style="width: 13.6%"><col style="width: 15.9%"></colgroup>
<thead><tr><th>指标</th><th class="num">数值</th><th class="num">变化</th><th>口径</th><th>期间</th></tr></thead>
<tbody>
<tr><td class="short">微软资本开支</td><td class="num short">299亿美元</td><td class="num short">+89%</td><td class="short">同比</td><td class="short">4Q25</td></tr>
<tr><td class="short">谷歌资本开支</td><td class="num short">279亿美元</td><td class="num short">+95%</td><td class="short">同比</td><td class="short">4Q25</td></tr>
<tr><td class="short">Meta 资本开支</td><td class="num short">214亿美元</td><td class="num short">+48%</td><td class="short">同比</td><td class="short">4Q25</td></tr>
<tr><td class="short">亚马逊资本开支</td><td class="num short">395亿美元</td><td class="num short">+42%</td><td class="short">同比</td><td class="short">4Q25</td></tr>
</tbody>
</table>
</div>
<p class="source">来源：公司公告，衡川证券研究所</p>
</figure>
</section>
<section class="chapter">
<h2 id="market">三、本周行情</h2>
<p>回顾本周行情（<span class="nowrap">3月23日</span><span class="nowrap">-3月27日</span>），参考申万一级行业划分，通信板块涨跌幅为 <span class="nowrap">-1.42%</span>，在 <span class="nowrap">31个行</span>业中排名第22。</p>
<div class="charts">
<figure class="chart-figure wide" id="figure-16">
<figcaption id="figure-16-caption">图表 16：申万一级行业周涨跌幅排序（%）</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-16-caption">
<svg role="img" aria-labelledby="figure-16-caption" id='figure-16-svg' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 483 412'>…</svg>
</div>
<p class="source">来源：Wind，衡川证券研究所</p>
</figure>
</div>
<p>从个股情况来看，本周光库科技、德科立、长盈通、亨通光电、铭普光磁为通信（申万）涨幅前 5，涨跌幅分别为 <span class="nowrap">+18.72%</span>、<span class="nowrap">+16.38%</span>、<span class="nowrap">+15.67%</span>、<span class="nowrap">+13.89%</span>、<span class="nowrap">+13.81%</span>；通信（申万）跌幅前 5 为剑桥科技、武汉凡谷、鼎通科技、国盾量子、世嘉科技，涨跌幅分别为 <span class="nowrap">-9.36%</span>、<span class="nowrap">-9.91%</span>、<span class="nowrap">-14.10%</span>、<span class="nowrap">-14.15%</span>、<span class="nowrap">-18.96%</span>。</p>
<div class="charts">
<figure class="chart-figure wide" id="figure-17">
<figcaption id="figure-17-caption">图表 17：通信（申万）周涨跌幅前 5 与后 5个股（%）</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-17-caption">
<svg role="img" aria-labelledby="figure-17-caption" id='figure-17-svg' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 483 149'>…</svg>
</div>
<p class="source">来源：Wind，衡川证券研究所</p>
</figure>
</div>
<figure class="table-figure" id="figure-18">
<figcaption id="figure-18-caption">图表 18：通信板块个股周涨跌幅</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-18-caption">
<table>
<colgroup><col style="width: 9.5%"><col style="width: 28.6%"><col style="width: 16.7%"><col style="width: 28.6%"><col style="width: 16.7%"></colgroup>
<thead><tr><th class="num">排名</th><th>涨幅前列</th><th class="num">周涨跌幅</th><th>跌幅前列</th><th class="num">周涨跌幅</th></tr></thead>
<tbody>
<tr><td class="num short">1</td><td>光库科技 (300620.SZ)</td><td class="num short">+18.72%</td><td>剑桥科技 (603083.SH)</td><td class="num short">-9.36%</td></tr>
<tr><td class="num short">2</td><td>德科立 (688205.SH)</td><td class="num short">+16.38%</td><td>武汉凡谷 (002194.SZ)</td><td class="num short">-9.91%</td></tr>
<tr><td class="num short">3</td><td>长盈通 (688143.SH)</td><td class="num short">+15.67%</td><td>鼎通科技 (688668.SH)</td><td class="num short">-14.10%</td></tr>
<tr><td class="num short">4</td><td>亨通光电 (600487.SH)</td><td class="num short">+13.89%</td><td>国盾量子 (688027.SH)</td><td class="num short">-14.15%</td></tr>
<tr><td class="num short">5</td><td>铭普光磁 (002902.SZ)</td><td class="num short">+13.81%</td><td>世嘉科技 (002796.SZ)</td><td class="num short">-18.96%</td></tr>
</tbody>
</table>
</div>
<p class="source">来源：Wind，衡川证券研究所</p>
</figure>
</section>
<section class="chapter">
<h2 id="news">四、本周重要新闻</h2>
<h3 id="news-industry">4.1 行业新闻</h3>
<p class="news"><span class="date"><span class="nowrap">3月24日</span></span> 中国信科集团宣布实现 2.5 Pb/s、<span class="nowrap">24芯光</span>纤的超大容量实时传输，创下新的世界纪录，相关成果将用于数据中心互联和骨干网。 <span class="source">来源：科创板日报</span></p>
<p class="news"><span class="date"><span class="nowrap">3月25日</span></span> 黑龙江电信发布室外光缆应急采购公告，G.652D <span class="nowrap">24芯室</span>外光缆不含税单价为 <span class="nowrap">3737.43元</span>/皮长公里，约合 <span class="nowrap">155.73元</span>/芯公里；此前广东电信同规格光缆的采购限价在两个月内由 <span class="nowrap">1245元上</span>调至 <span class="nowrap">2500元</span>/皮长公里，光缆价格上行明显。 <span class="source">来源：讯石光通讯</span></p>
<h3 id="news-company">4.2 公司新闻</h3>
<h4>阿里巴巴</h4>
<p class="news"><span class="date"><span class="nowrap">3月25日</span></span> 据知情人士消息，华为新款 AI 芯片的客户测试进展顺利，阿里巴巴、字节跳动等公司计划采购。此前国内互联网公司对上一代昇腾芯片的大规模采用仍较谨慎。 <span class="source">来源：路透社</span></p>
<h4>腾讯</h4>
<p class="news"><span class="date"><span class="nowrap">3月23日</span></span> 微信推出 ClawBot 插件并支持接入 OpenClaw，聊天场景与 AI 智能体的连接进一步打通。 <span class="source">来源：公司公告</span></p>
<h4>Cipher Digital</h4>
<p class="news"><span class="date"><span class="nowrap">3月25日</span></span> Cipher Digital 与一家投资级超大规模租户签署为期 <span class="nowrap">15年的</span>数据中心园区租赁协议，并获得最高 <span class="nowrap">2亿美元</span>的循环信贷额度，用于补充流动性和支持扩张，公告当日盘前股价上涨近 <span class="nowrap">10%</span>。 <span class="source">来源：智通财经</span></p>
<h4>Arm Holdings</h4>
<p class="news"><span class="date"><span class="nowrap">3月24日</span></span> Arm 将首次销售自研芯片 AGI CPU，最高 <span class="nowrap">136核</span>、功耗 <span class="nowrap">300瓦</span>，由台积电生产，Meta 为首个主要客户。公司预计芯片业务五年后年收入约 <span class="nowrap">150亿美元</span>，连同 IP 业务总收入约 <span class="nowrap">250亿美元</span>。 <span class="source">来源：智通财经</span></p>
<h4>Lumentum</h4>
<p class="news"><span class="date"><span class="nowrap">3月24日</span></span> Lumentum 以 <span class="nowrap">1800万美元</span>收购 Qorvo 位于格林斯伯勒的半导体制造厂，计划两年内投产。公司 OCS 季度营收已提前突破千万美元，订单积压超过 <span class="nowrap">4亿美元</span>，预计大部分在下半年发货。 <span class="source">来源：讯石光通讯</span></p>
<h4>Ciena</h4>
<p class="news"><span class="date"><span class="nowrap">3月22日</span></span> Ciena 在 OFC 会前研讨中指出，OCS 的规模化需要数万个无阻塞端口和微秒级切换，800G 以上链路的损耗预算已压缩至 3–4 dB，需要低损耗收发器或相干方案。 <span class="source">来源：讯石光通讯</span></p>
<h3 id="news-big-tech">4.3 海内外大厂重点跟踪</h3>
<h4>字节跳动</h4>
<p class="news"><span class="date"><span class="nowrap">3月24日</span></span> 火山引擎日均大模型调用量已超过 <span class="nowrap">100万亿</span> Tokens，春节后不到两个月增长超过 <span class="nowrap">60%</span>，个人用户的 Token 消耗也明显上升。 <span class="source">来源：晚点 LatePost</span></p>
<h4>月之暗面</h4>
<p class="news"><span class="date"><span class="nowrap">3月26日</span></span> 月之暗面正处于评估赴港上市的早期阶段，并寻求最高 <span class="nowrap">10亿美元</span>的新一轮私募融资，对应估值约 <span class="nowrap">180亿美元</span>；上市时间尚未确定。 <span class="source">来源：彭博</span></p>
<h4>Google</h4>
<p class="news"><span class="date"><span class="nowrap">3月26日</span></span> 谷歌推出 TurboQuant 压缩算法，可在不重新训练模型的情况下将键值缓存压缩至 3 bit，实现约 <span class="nowrap">6倍内</span>存压缩；在 H100 上最高提速约 <span class="nowrap">8倍</span>，并可用于向量检索。 <span class="source">来源：财联社</span></p>
<h4>OpenAI</h4>
<p class="news"><span class="date"><span class="nowrap">3月26日</span></span> ChatGPT 广告业务上线约 <span class="nowrap">6周</span>，年化收入已超过 <span class="nowrap">1亿美元</span>，目前仅覆盖不到 <span class="nowrap">20%</span> 的美国免费版与 Go 版用户。 <span class="source">来源：The Information</span></p>
<h4>Microsoft</h4>
<p class="news"><span class="date"><span class="nowrap">3月25日</span></span> 微软同意租用得克萨斯州一处原由甲骨文与 OpenAI 洽谈的数据中心项目，并与英伟达合作推出面向核电项目全生命周期的 AI 工具。 <span class="source">来源：彭博</span></p>
</section>
<section class="chapter">
<h2 id="risks">风险提示</h2>
<p class="risk"><strong>1、AI 商业化进度低于预期</strong>：AI 应用的收费模式仍在摸索中，若付费意愿或使用量增长慢于预期，算力与网络投资可能放缓，相关公司的订单与盈利随之承压。</p>
<p class="risk"><strong>2、技术迭代不及预期</strong>：光互连、液冷、高速交换等技术仍在快速演进，若关键技术的良率、可靠性或标准化进度落后，产品放量时点可能推迟。</p>
<p class="risk"><strong>3、供应链集中与原材料短缺</strong>：光芯片、高端 GPU 与光纤预制棒等环节供应商集中，若出现产能不足、价格大幅上涨或交付中断，下游扩产与利润率将受影响。</p>
<p class="risk"><strong>4、贸易与出口管制政策变化</strong>：关税或出口管制政策若进一步收紧，可能影响海外订单、关键器件采购与海外业务的盈利能力。</p>
<p class="risk"><strong>5、行业竞争加剧</strong>：新进入者增加与价格竞争可能压缩毛利率，技术路线更替也可能使部分公司的既有产品较快失去竞争力。</p>
</section>
<section class="chapter compliance">
<h2 id="ratings">行业投资评级的说明</h2>
<p>评级基准：未来 3–<span class="nowrap">6个月</span>相对沪深 300 指数的表现。</p>
<p class="rating-definition"><strong>买入</strong>：预计未来 3–<span class="nowrap">6个月</span>内，行业指数相对沪深 300 指数的超额收益在 <span class="nowrap">15%</span> 以上。</p>
<p class="rating-definition"><strong>增持</strong>：预计未来 3–<span class="nowrap">6个月</span>内，行业指数相对沪深 300 指数的超额收益在 <span class="nowrap">5%</span> 至 <span class="nowrap">15%</span> 之间。</p>
<p class="rating-definition"><strong>中性</strong>：预计未来 3–<span class="nowrap">6个月</span>内，行业指数相对沪深 300 指数的表现在 <span class="nowrap">-5%</span> 至 <span class="nowrap">5%</span> 之间。</p>
<p class="rating-definition"><strong>减持</strong>：预计未来 3–<span class="nowrap">6个月</span>内，行业指数相对沪深 300 指数的表现落后 <span class="nowrap">5%</span> 以上。</p>
</section>
<section class="chapter compliance">
<h2 id="certification">分析师声明</h2>
<p>本报告署名分析师均在中国证券业协会登记为证券分析师，具备证券投资咨询执业资格。报告中的观点与判断由署名分析师依据公开信息独立形成，如实反映其本人的研究意见；分析师的薪酬与本报告中的任何具体观点或投资建议无关，也不因此获得任何形式的补偿。</p>
</section>
<section class="chapter compliance">
<h2 id="disclaimer">特别声明</h2>
<p>衡川证券股份有限公司具备中国证券监督管理委员会核准的证券投资咨询业务资格。</p>
<p>本报告的数据与信息取自 Wind、工业和信息化部、海关总署、上市公司公告与主流财经媒体等公开渠道，每张图表下方注明其来源。</p>
<p>本报告由衡川证券股份有限公司（以下简称“本公司”）研究所编制，仅供本公司符合适当性要求的客户参考使用。本公司不因任何人收到本报告而视其为本公司的客户。</p>
<p>本报告所载信息来源于公开资料及本公司认为可靠的渠道，但本公司不对其准确性、完整性或及时性作出任何保证。报告中的观点、结论和建议仅反映研究人员在发布之日的判断，可能随市场变化而调整，恕不另行通知。</p>
<p>本报告不构成对任何人的投资建议，也未考虑个别投资者的投资目标、财务状况或特殊需求。投资者应独立判断并自行承担投资风险，必要时咨询专业顾问。本公司及研究人员不对因使用本报告而产生的任何损失承担责任。</p>
<p>本公司及其关联机构可能持有本报告所提及公司的证券，并可能为这些公司提供或争取提供投资银行、财务顾问等服务。投资者应当关注上述可能存在的利益冲突。</p>
<p>本报告版权归本公司所有。未经本公司书面许可，任何机构和个人不得以任何形式复制、转载、刊登或修改本报告的全部或部分内容；经许可引用时须注明出处为衡川证券研究所，且不得作有悖原意的删改。</p>
<p>本报告仅在中华人民共和国境内（不含港澳台地区）发布。</p>
<p class="published">本报告发布时间：<span class="nowrap">2026年3月27日</span> 07:30</p>
<h3>联系我们</h3>
<div class="offices">
<div class="office"><p class="city">上海</p><p>电话：021-6000 1000</p><p>邮箱：research-sh@hcresearch.example</p><p>邮编：200120</p><p>地址：上海市浦东新区示例大道 100号 20楼</p></div>
<div class="office"><p class="city">北京</p><p>电话：010-6000 2000</p><p>邮箱：research-bj@hcresearch.example</p><p>邮编：100032</p><p>地址：北京市西城区示例街 8号 12层</p></div>
<div class="office"><p class="city">深圳</p><p>电话：0755-6000 3000</p><p>邮箱：research-sz@hcresearch.example</p><p>邮编：518048</p><p>地址：深圳市福田区示例路 2000号 18楼</p></div>
</div>
</section>
</main>
</body>
</html>

╔═ html/monthly ═╗
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>通信行业月报 (2026-03)：AI 应用流量继续扩张，推理需求外溢至光互连与算力网络</title>
<meta name="author" content="林知远、苏晓岚">
<meta name="description" content="通信行业研究 · 行业月报">
<meta name="keywords" content="通信,行业月报,衡川证券,">
<meta name="generator" content="Sector Weekly">
<style>
:root {
  --primary: #8C1D2B;
  --accent: #C9A227;
  --text: #1f1f1f;
  --muted: #666666;
  --rule: #dddddd;
  --zebra: #f7f5f2;
  --panel: #faf6f0;
  --print-body: 10pt;
  --size-cover: 0.9rem;
  --size-small: 0.85rem;
  --size-table: 0.85rem;
  --size-caption: 0.9rem;
  --size-source: 0.75rem;
  --size-chapter: 1.4rem;
  --size-section: 1.15rem;
  --size-cover-heading: 1.05rem;
  --size-headline: 1.6rem;
  --size-sector-title: 2.4rem;
  --size-report-type: 1.2rem;
  --size-rating: 1.3rem;
  --size-running-header: 0.8rem;
  --size-contacts: 0.75rem;
  --leading-body: 1.7;
  --leading-cover: 1.6;
  --leading-small: 1.6;
}
@page { size: A4; margin: 64pt 56pt 64pt; }
@page :first { margin-top: 40pt; }
/* Screen: a readable column. Print: A4 pages close to the PDF. The values in var(--…) are the house
   colours from desk.yaml and the look from templates/style.yaml, which the PDF takes too. */
* { box-sizing: border-box; }
html { font-size: 15px; }
body {
  margin: 0 auto; max-width: 860px; padding: 24px 32px 64px;
  font-family: "Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif;
  color: var(--text); line-height: var(--leading-body); background: #fff;
  line-break: strict; word-break: normal; overflow-wrap: anywhere;
}
.running-header {
  display: flex; justify-content: space-between; font-size: var(--size-running-header); color: var(--muted);
  border-bottom: 1px solid var(--primary); padding-bottom: 4px; margin-bottom: 20px;
}
.masthead { display: flex; gap: 24px; align-items: stretch; border-bottom: 3px solid var(--primary); padding-bottom: 16px; }
.masthead-title { flex: 1; }
.masthead-title p { text-align: left; }
.sector-title { font-size: var(--size-sector-title); font-weight: 700; color: var(--primary); margin: 0; letter-spacing: 0.05em; }
.report-type { font-size: var(--size-report-type); margin: 4px 0 0; font-weight: 600; }
.team { color: var(--muted); margin: 4px 0 0; font-size: var(--size-small); }
.rating-box { width: 270px; border-left: 4px solid var(--accent); background: var(--panel); padding: 10px 14px; font-size: var(--size-small); }
.rating { font-size: var(--size-rating); font-weight: 700; color: var(--primary); margin: 0 0 8px; }
.analyst { margin: 6px 0; line-height: 1.5; text-align: left; }
.analyst .label { color: var(--muted); }
.licence, .email { color: var(--muted); }
.headline { font-size: var(--size-headline); line-height: 1.4; margin: 20px 0 8px; color: var(--text); }
h2 { font-size: var(--size-chapter); color: var(--primary); border-bottom: 2px solid var(--primary); padding-bottom: 4px; margin-top: 40px; }
h3 { font-size: var(--size-section); color: var(--primary); margin: 22px 0 6px; }
h4 { font-size: 1rem; margin: 14px 0 4px; }
.cover-body { display: flow-root; }
.panel { float: right; width: 38%; margin: 0 0 12px 24px; padding: 0 0 4px; font-size: var(--size-small); }
.panel .charts, .panel .table-figure { margin: 8px 0; }
.panel .charts { grid-template-columns: 1fr; }
.panel table { font-size: var(--size-small); }
.panel thead th, .panel td { padding: 3px 6px; }
.cover h2 { font-size: var(--size-cover-heading); border-bottom: none; margin: 22px 0 6px; padding: 0 0 0 8px; border-left: 4px solid var(--primary); }
p { margin: 6px 0; text-align: justify; text-wrap: pretty; }
/* English is set ragged right, as the PDF sets it: justified, a narrow column spreads its words apart. */
html:lang(en) :is(p, ol.views li, ol.list li) { text-align: left; }
ol.views, ol.list { list-style: none; padding: 0; margin: 0; }
ol.list ol.list, ol.list ul.list, ul.list ol.list { padding-left: 1.5em; }
ol.views li, ol.list li { margin: 6px 0; text-align: justify; }
.marker { color: var(--primary); font-weight: 700; }
.table-figure { margin: 18px 0; }
.table-figure figcaption, .chart-figure figcaption, .picture-figure figcaption { font-weight: 700; font-size: var(--size-caption); margin-bottom: 4px; text-wrap: pretty; }
.scroll { overflow-x: auto; }
/* A box that scrolls shows a shadow at the edge where more lies hidden (the shadows scroll away with it). */
.scroll {
  background:
    linear-gradient(to right, #fff 30%, rgba(255, 255, 255, 0)) left / 24px 100% no-repeat local,
    linear-gradient(to left, #fff 30%, rgba(255, 255, 255, 0)) right / 24px 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, rgba(0, 0, 0, 0.18), rgba(0, 0, 0, 0)) left / 10px 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, rgba(0, 0, 0, 0.18), rgba(0, 0, 0, 0)) right / 10px 100% no-repeat scroll;
}
.scroll:focus-visible { outline: 2px solid var(--accent); }
.contents ol { list-style: none; padding: 0; margin: 0 0 8px; }
.contents li { margin: 3px 0; }
.contents li.level-2 { padding-left: 1.5em; font-size: var(--size-caption); }
.contents li.level-3 { padding-left: 3em; font-size: var(--size-caption); }
.contents a { color: inherit; text-decoration: none; }
.contents a:hover { color: var(--primary); text-decoration: underline; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 0 24px; margin: 18px 0; }
.chart-figure, .picture-figure { margin: 0 0 12px; min-width: 0; }
.chart-figure.wide, .picture-figure.wide { grid-column: 1 / -1; }
.chart-figure svg, .picture-figure img { display: block; width: 100%; height: auto; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: var(--size-table); line-height: 1.5; }
thead th { background: var(--primary); color: #fff; font-weight: 600; text-align: left; padding: 5px 8px; }
td { padding: 5px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
tbody tr:nth-child(even) td { background: var(--zebra); }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
/* A text column after a number column stands apart from it: "+316.7万户" and "比上年末" are two things. */
:is(th, td).num + :is(th, td):not(.num) { padding-left: 16px; }
td.short, .nowrap { white-space: nowrap; }
.source, .note { font-size: var(--size-source); color: var(--muted); margin-top: 4px; }
th.group, th.center, td.center { text-align: center; }
.news .date { color: var(--primary); font-weight: 600; margin-right: 4px; }
.news .source { white-space: nowrap; }
.compliance { font-size: var(--size-small); line-height: var(--leading-small); }
.offices { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; font-size: var(--size-contacts); }
.office p { margin: 2px 0; text-align: left; }
.office .city { font-weight: 700; color: var(--primary); }
@media (max-width: 640px) {
  body { padding: 16px; }
  .masthead { flex-direction: column; }
  .rating-box { width: auto; }
  /* The panel after the summary, across the screen. */
  .cover-body { display: flex; flex-direction: column; }
  .panel { float: none; width: auto; margin: 0; order: 1; }
  .offices { grid-template-columns: 1fr; }
  .charts { grid-template-columns: 1fr; }
  /* Justified Chinese on a narrow line spreads its characters apart. */
  p, ol.views li, ol.list li { text-align: left; }
  /* Columns as wide as their short cells need; the box scrolls where the table is wider than the screen. */
  table { table-layout: auto; }
  td:not(.short) { min-width: 9em; }
  th { white-space: nowrap; }
  /* The masthead says what the running header says; on a phone it would only wrap. */
  .running-header { display: none; }
  .chart-figure.wide svg { min-width: 600px; }
}
@media print {
  html { font-size: var(--print-body); }
  body { max-width: none; padding: 0; }
  .cover, .contents { break-after: page; }
  /* Page 1 set as the PDF sets it, a little closer, so that the summary stays on it beside the panel. */
  .summary > p, .summary > :is(ol, ul) li { font-size: var(--size-cover); line-height: calc(var(--leading-cover) - 0.15); }
  .masthead { padding-bottom: 8pt; }
  .headline { margin: 10pt 0 2pt; }
  .cover h2 { margin: 6pt 0 2pt; line-height: 1.3; }
  .summary > p, .summary li { margin: 2pt 0; }
  .panel { margin-left: 12pt; }
  .panel .charts, .panel .table-figure { margin: 4pt 0; }
  .contents h2 { margin-top: 14pt; }
  .contents li { margin: 0; font-size: var(--size-caption); line-height: var(--leading-body); }
  h2 { break-before: auto; break-after: avoid; }
  h3, h4, figcaption { break-after: avoid; }
  tr, .office, .chart-figure, .picture-figure { break-inside: avoid; }
  thead { display: table-header-group; }
  .running-header { display: none; }
}
</style>
</head>
<body>
<header class="running-header"><span>衡川证券 · 通信行业月报</span><span>证券研究报告 · 2026年3月31日</span></header>
<main>
<section class="cover">
<div class="masthead">
<div class="masthead-title">
<p class="sector-title">通信行业研究</p>
<p class="report-type">行业月报 · 证券研究报告</p>
<p class="team">衡川证券股份有限公司 · 通信组 · 2026年3月31日</p>
</div>
<div class="rating-box">
<p class="rating">买入（维持评级）</p>
<p class="analyst"><span class="label">分析师：</span>林知远<br><span class="licence">执业证书编号：S0990524070001</span><br><span class="email">邮箱：linzhiyuan@hcresearch.example</span></p>
<p class="analyst"><span class="label">分析师：</span>苏晓岚<br><span class="licence">执业证书编号：S0990525030002</span><br><span class="email">邮箱：suxiaolan@hcresearch.example</span></p>
</div>
</div>
<h1 class="headline">AI 应用流量继续扩张，推理需求外溢至光互连与算力网络</h1>
<div class="cover-body">
<div class="summary">
<h2>投资逻辑</h2>
<p><strong>光模块</strong>：海外云厂商的资本开支指引仍在上修，800G 进入放量中段，1.6T 的送样与小批量交付提前。我们认为推理侧带宽需求的增长斜率已不低于训练侧，光模块的景气在 <span class="nowrap">2026年内</span>有望延续。</p>
<p><strong>运营商</strong>：三家运营商的智算规模继续扩张，云与算力收入占比提升，分红与回购的确定性仍是板块估值的锚。传统业务增速放缓对利润的拖累正在减弱。</p>
<p><strong>算力与 IDC</strong>：国产 AI 芯片的客户验证进展顺利，智算中心的建设节奏有望加快；液冷与高速连接器的单机价值量随超节点架构渗透而提升。</p>
<p><strong>AI 应用</strong>：国内外头部 AI 应用的访问量保持环比增长，个人助手与搜索仍是流量最集中的两类，视频生成工具的迭代加快。我们建议关注调用量增长带来的推理算力需求。</p>
<h2>风险提示</h2>
<p>AI 商业化进度低于预期、技术迭代不及预期、供应链集中与原材料短缺、行业竞争加剧。</p>
</div>
</div>
</section>
<nav class="contents" aria-labelledby="contents-title">
<h2 id="contents-title">内容目录</h2>
<ol>
<li class="level-1"><a href="#ai-apps">1. AI 应用月度数据跟踪</a></li>
<li class="level-2"><a href="#ai-apps-1">1.1 全球市场 AI 应用情况</a></li>
<li class="level-2"><a href="#ai-apps-2">1.2 国内市场 AI 应用情况</a></li>
<li class="level-1"><a href="#market">2. 行情回顾</a></li>
<li class="level-1"><a href="#news">3. 行业新闻与公司公告</a></li>
<li class="level-2"><a href="#news-1">3.1 海外大模型与算力进展</a></li>
<li class="level-2"><a href="#news-2">3.2 国内 AI 行业动态</a></li>
<li class="level-1"><a href="#advice">4. 投资建议</a></li>
<li class="level-1"><a href="#risks">5. 风险提示</a></li>
<li class="level-1"><a href="#ratings">行业投资评级的说明</a></li>
<li class="level-1"><a href="#certification">分析师声明</a></li>
<li class="level-1"><a href="#disclaimer">特别声明</a></li>
</ol>
<h2>图表目录</h2>
<ol>
<li><a href="#figure-1">图表 1：2026年2月全球访问量居前的 AI 应用（亿次）</a></li>
<li><a href="#figure-2">图表 2：全球访问量 Top50 AI 应用的类别分布（%）</a></li>
<li><a href="#figure-3">图表 3：数据平台的应用访问榜单（截图）</a></li>
<li><a href="#figure-4">图表 4：2026年2月国内访问量居前的 AI 应用</a></li>
<li><a href="#figure-5">图表 5：年初以来通信（申万）指数与沪深 300 累计涨跌幅</a></li>
<li><a href="#figure-6">图表 6：3月通信板块涨跌幅前五的公司</a></li>
<li><a href="#figure-7">图表 7：通信板块重点公司公告</a></li>
</ol>
</nav>
<section class="chapter">
<h2 id="ai-apps">1. AI 应用月度数据跟踪</h2>
<h3 id="ai-apps-1">1.1 全球市场 AI 应用情况</h3>
<p><span class="nowrap">2026年2月</span>全球访问量居前的 AI 应用仍以头部平台的通用助手为主，ChatGPT 的月访问量约 <span class="nowrap">52亿次</span>，领先优势稳定；搜索类应用 Perplexity 与 Bing 的访问量环比继续提升。从类别看，个人聊天与助手类占 Top50 访问量的近一半，搜索类约占四分之一。</p>
<div class="charts">
<figure class="chart-figure wide" id="figure-1">
<figcaption id="figure-1-caption">图表 1：2026年2月全球访问量居前的 AI 应用（亿次）</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-1-caption">
<svg role="img" aria-labelledby="figure-1-caption" id='figure-1-svg' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 483 149'>…</svg>
</div>
<p class="source">来源：SimilarWeb，衡川证券研究所</p>
</figure>
<figure class="chart-figure" id="figure-2">
<figcaption id="figure-2-caption">图表 2：全球访问量 Top50 AI 应用的类别分布（%）</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-2-caption">
<svg role="img" aria-labelledby="figure-2-caption" id='figure-2-svg' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 236 180'>…</svg>
</div>
<p class="source">来源：SimilarWeb，衡川证券研究所</p>
</figure>
<figure class="picture-figure" id="figure-3">
<figcaption id="figure-3-caption">图表 3：数据平台的应用访问榜单（截图）</figcaption>
<img src="data:image/png;base64,…" alt="数据平台的应用访问榜单（截图）" width="520" height="300">
<p class="note">注：截图取自数据平台页面，数值为月访问量</p>
<p class="source">来源：SimilarWeb，衡川证券研究所</p>
</figure>
</div>
<h3 id="ai-apps-2">1.2 国内市场 AI 应用情况</h3>
<p>国内 AI 应用的访问量集中度较高，Kimi、文心一言与豆包居前三，访问量分别约为 <span class="nowrap">2455万次</span>、<span class="nowrap">2053万次与</span> <span class="nowrap">1351万次</span>。视频生成与 AI 搜索类应用的增速领先，新上线的产品多以垂直场景切入。</p>
<figure class="table-figure" id="figure-4">
<figcaption id="figure-4-caption">图表 4：2026年2月国内访问量居前的 AI 应用</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-4-caption">
<table>
<colgroup><col style="width: 10.8%"><col style="width: 27.0%"><col style="width: 37.8%"><col style="width: 24.3%"></colgroup>
<thead><tr><th class="num">排名</th><th>应用</th><th class="num">访问量（万次）</th><th class="num">环比（%）</th></tr></thead>
<tbody>
<tr><td class="num short">1</td><td class="short">Kimi</td><td class="num short">2455</td><td class="num short">6.8</td></tr>
<tr><td class="num short">2</td><td class="short">文心一言</td><td class="num short">2053</td><td class="num short">3.1</td></tr>
<tr><td class="num short">3</td><td class="short">豆包</td><td class="num short">1351</td><td class="num short">12.4</td></tr>
<tr><td class="num short">4</td><td class="short">通义</td><td class="num short">1102</td><td class="num short">9.7</td></tr>
<tr><td class="num short">5</td><td class="short">智谱清言</td><td class="num short">846</td><td class="num short">5.2</td></tr>
<tr><td class="num short">6</td><td class="short">海螺 AI</td><td class="num short">712</td><td class="num short">18.9</td></tr>
<tr><td class="num short">7</td><td class="short">天工</td><td class="num short">540</td><td class="num short">-2.3</td></tr>
<tr><td class="num short">8</td><td class="short">秘塔 AI 搜索</td><td class="num short">498</td><td class="num short">7.6</td></tr>
</tbody>
</table>
</div>
<p class="note">注：环比为访问量较上月的变化</p>
<p class="source">来源：SimilarWeb，衡川证券研究所</p>
</figure>
</section>
<section class="chapter">
<h2 id="market">2. 行情回顾</h2>
<p><span class="nowrap">3月通</span>信（申万）指数累计上涨，年初以来跑赢沪深 300；板块内光模块与光器件公司涨幅居前，运营商表现平稳。</p>
<div class="charts">
<figure class="chart-figure wide" id="figure-5">
<figcaption id="figure-5-caption">图表 5：年初以来通信（申万）指数与沪深 300 累计涨跌幅</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-5-caption">
<svg role="img" aria-labelledby="figure-5-caption" id='figure-5-svg' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 483 200'>…</svg>
</div>
<p class="source">来源：Wind，衡川证券研究所</p>
</figure>
</div>
<figure class="table-figure" id="figure-6">
<figcaption id="figure-6-caption">图表 6：3月通信板块涨跌幅前五的公司</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-6-caption">
<table>
<colgroup><col style="width: 11.1%"><col style="width: 22.2%"><col style="width: 22.2%"><col style="width: 22.2%"><col style="width: 22.2%"></colgroup>
<thead><tr><th class="center">排名</th><th>涨幅前五</th><th class="num">月涨跌幅</th><th>跌幅前五</th><th class="num">月涨跌幅</th></tr></thead>
<tbody>
<tr><td class="center short">1</td><td class="short">光库科技</td><td class="num short">+41.25%</td><td class="short">世嘉科技</td><td class="num short">-23.10%</td></tr>
<tr><td class="center short">2</td><td class="short">德科立</td><td class="num short">+36.80%</td><td class="short">国盾量子</td><td class="num short">-19.64%</td></tr>
<tr><td class="center short">3</td><td class="short">长盈通</td><td class="num short">+31.42%</td><td class="short">鼎通科技</td><td class="num short">-17.05%</td></tr>
<tr><td class="center short">4</td><td class="short">亨通光电</td><td class="num short">+27.96%</td><td class="short">武汉凡谷</td><td class="num short">-12.88%</td></tr>
<tr><td class="center short">5</td><td class="short">铭普光磁</td><td class="num short">+24.33%</td><td class="short">剑桥科技</td><td class="num short">-11.72%</td></tr>
</tbody>
</table>
</div>
<p class="source">来源：Wind，衡川证券研究所</p>
</figure>
</section>
<section class="chapter">
<h2 id="news">3. 行业新闻与公司公告</h2>
<h3 id="news-1">3.1 海外大模型与算力进展</h3>
<ul class="list">
<li><strong>云厂商上修全年资本开支指引</strong>
<p><span class="nowrap">3月中</span>旬，多家北美云厂商在投资者会议上表示，推理负载的增长快于预期，全年资本开支指引较年初上调。</p>
</li>
<li><strong>1.6T 光模块进入小批量交付</strong>
<p><span class="nowrap">3月下</span>旬，海外头部光模块厂商宣布 1.6T 产品完成客户认证并开始小批量交付，硅光方案占比提升。</p>
</li>
</ul>
<h3 id="news-2">3.2 国内 AI 行业动态</h3>
<ul class="list">
<li><strong>国产 AI 芯片客户测试推进</strong>
<p><span class="nowrap">3月</span>，多家互联网公司对新一代国产 AI 芯片的测试进入规模验证阶段，采购意向逐步明确。</p>
</li>
<li><strong>运营商发布智算网络建设计划</strong>
<p><span class="nowrap">3月</span>，运营商在年度发布会上公布智算中心与算力网络的建设目标，400G 骨干网继续扩容。</p>
</li>
</ul>
<figure class="table-figure" id="figure-7">
<figcaption id="figure-7-caption">图表 7：通信板块重点公司公告</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-7-caption">
<table>
<colgroup><col style="width: 17.6%"><col style="width: 15.7%"><col style="width: 19.6%"><col style="width: 47.1%"></colgroup>
<thead><tr><th>代码</th><th>公司</th><th>公告日期</th><th>公告内容</th></tr></thead>
<tbody>
<tr><td class="short">300308.SZ</td><td class="short">中际旭创</td><td class="short">2026-03-20</td><td>公布年度报告，高速光模块收入占比继续提升</td></tr>
<tr><td class="short">600941.SH</td><td class="short">中国移动</td><td class="short">2026-03-19</td><td>公布年度业绩，宣布派发末期股息并披露算力网络投资计划</td></tr>
<tr><td class="short">688498.SH</td><td class="short">源杰科技</td><td class="short">2026-03-17</td><td class="short">拟定增募资扩产高速率光芯片</td></tr>
<tr><td class="short">300502.SZ</td><td class="short">新易盛</td><td class="short">2026-03-12</td><td>与海外客户签订长期供货框架协议</td></tr>
</tbody>
</table>
</div>
<p class="source">来源：巨潮资讯，公司公告，衡川证券研究所</p>
</figure>
</section>
<section class="chapter">
<h2 id="advice">4. 投资建议</h2>
<p><strong>光模块与光器件</strong>：关注 800G 与 1.6T 放量带来的业绩弹性，以及硅光、光芯片的国产替代。</p>
<p><strong>运营商</strong>：关注算力业务收入占比提升与高分红带来的估值修复。</p>
<p><strong>算力基础设施</strong>：关注服务器、液冷与高速连接器在超节点架构下的量价齐升。</p>
</section>
<section class="chapter">
<h2 id="risks">5. 风险提示</h2>
<p class="risk"><strong>1、AI 商业化进度低于预期</strong>：AI 应用的收费模式仍在摸索中，若付费意愿或使用量增长慢于预期，算力与网络投资可能放缓，相关公司的订单与盈利随之承压。</p>
<p class="risk"><strong>2、技术迭代不及预期</strong>：光互连、液冷、高速交换等技术仍在快速演进，若关键技术的良率、可靠性或标准化进度落后，产品放量时点可能推迟。</p>
<p class="risk"><strong>3、供应链集中与原材料短缺</strong>：光芯片、高端 GPU 与光纤预制棒等环节供应商集中，若出现产能不足、价格大幅上涨或交付中断，下游扩产与利润率将受影响。</p>
<p class="risk"><strong>4、行业竞争加剧</strong>：新进入者增加与价格竞争可能压缩毛利率，技术路线更替也可能使部分公司的既有产品较快失去竞争力。</p>
</section>
<section class="chapter compliance">
<h2 id="ratings">行业投资评级的说明</h2>
<p>评级基准：未来 3–<span class="nowrap">6个月</span>相对沪深 300 指数的表现。</p>
<p class="rating-definition"><strong>买入</strong>：预计未来 3–<span class="nowrap">6个月</span>内，行业指数相对沪深 300 指数的超额收益在 <span class="nowrap">15%</span> 以上。</p>
<p class="rating-definition"><strong>增持</strong>：预计未来 3–<span class="nowrap">6个月</span>内，行业指数相对沪深 300 指数的超额收益在 <span class="nowrap">5%</span> 至 <span class="nowrap">15%</span> 之间。</p>
<p class="rating-definition"><strong>中性</strong>：预计未来 3–<span class="nowrap">6个月</span>内，行业指数相对沪深 300 指数的表现在 <span class="nowrap">-5%</span> 至 <span class="nowrap">5%</span> 之间。</p>
<p class="rating-definition"><strong>减持</strong>：预计未来 3–<span class="nowrap">6个月</span>内，行业指数相对沪深 300 指数的表现落后 <span class="nowrap">5%</span> 以上。</p>
</section>
<section class="chapter compliance">
<h2 id="certification">分析师声明</h2>
<p>本报告署名分析师均在中国证券业协会登记为证券分析师，具备证券投资咨询执业资格。报告中的观点与判断由署名分析师依据公开信息独立形成，如实反映其本人的研究意见；分析师的薪酬与本报告中的任何具体观点或投资建议无关，也不因此获得任何形式的补偿。</p>
</section>
<section class="chapter compliance">
<h2 id="disclaimer">特别声明</h2>
<p>衡川证券股份有限公司具备中国证券监督管理委员会核准的证券投资咨询业务资格。</p>
<p>本报告的数据与信息取自 Wind、工业和信息化部、海关总署、上市公司公告与主流财经媒体等公开渠道，每张图表下方注明其来源。</p>
<p>本报告由衡川证券股份有限公司（以下简称“本公司”）研究所编制，仅供本公司符合适当性要求的客户参考使用。本公司不因任何人收到本报告而视其为本公司的客户。</p>
<p>本报告所载信息来源于公开资料及本公司认为可靠的渠道，但本公司不对其准确性、完整性或及时性作出任何保证。报告中的观点、结论和建议仅反映研究人员在发布之日的判断，可能随市场变化而调整，恕不另行通知。</p>
<p>本报告不构成对任何人的投资建议，也未考虑个别投资者的投资目标、财务状况或特殊需求。投资者应独立判断并自行承担投资风险，必要时咨询专业顾问。本公司及研究人员不对因使用本报告而产生的任何损失承担责任。</p>
<p>本公司及其关联机构可能持有本报告所提及公司的证券，并可能为这些公司提供或争取提供投资银行、财务顾问等服务。投资者应当关注上述可能存在的利益冲突。</p>
<p>本报告版权归本公司所有。未经本公司书面许可，任何机构和个人不得以任何形式复制、转载、刊登或修改本报告的全部或部分内容；经许可引用时须注明出处为衡川证券研究所，且不得作有悖原意的删改。</p>
<p>本报告仅在中华人民共和国境内（不含港澳台地区）发布。</p>
<p class="published">本报告发布时间：<span class="nowrap">2026年3月31日</span> 07:30</p>
<h3>联系我们</h3>
<div class="offices">
<div class="office"><p class="city">上海</p><p>电话：021-6000 1000</p><p>邮箱：research-sh@hcresearch.example</p><p>邮编：200120</p><p>地址：上海市浦东新区示例大道 100号 20楼</p></div>
<div class="office"><p class="city">北京</p><p>电话：010-6000 2000</p><p>邮箱：research-bj@hcresearch.example</p><p>邮编：100032</p><p>地址：北京市西城区示例街 8号 12层</p></div>
<div class="office"><p class="city">深圳</p><p>电话：0755-6000 3000</p><p>邮箱：research-sz@hcresearch.example</p><p>邮编：518048</p><p>地址：深圳市福田区示例路 2000号 18楼</p></div>
</div>
</section>
</main>
</body>
</html>

╔═ html/thematic ═╗
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>通信专题报告 (2025-02-10-deepseek)：DeepSeek 之后：推理算力、光通信与运营商的再定价</title>
<meta name="author" content="周明哲、何雨宁">
<meta name="description" content="通信行业研究 · 专题报告">
<meta name="keywords" content="通信,专题报告,京华证券,">
<meta name="generator" content="Sector Weekly">
<style>
:root {
  --primary: #1F4E79;
  --accent: #5B9BD5;
  --text: #1f1f1f;
  --muted: #666666;
  --rule: #dddddd;
  --zebra: #f7f5f2;
  --panel: #faf6f0;
  --print-body: 10pt;
  --size-cover: 0.9rem;
  --size-small: 0.85rem;
  --size-table: 0.85rem;
  --size-caption: 0.9rem;
  --size-source: 0.75rem;
  --size-chapter: 1.4rem;
  --size-section: 1.15rem;
  --size-cover-heading: 1.05rem;
  --size-headline: 1.6rem;
  --size-sector-title: 2.4rem;
  --size-report-type: 1.2rem;
  --size-rating: 1.3rem;
  --size-running-header: 0.8rem;
  --size-contacts: 0.75rem;
  --leading-body: 1.7;
  --leading-cover: 1.6;
  --leading-small: 1.6;
}
@page { size: A4; margin: 64pt 56pt 64pt; }
@page :first { margin-top: 40pt; }
/* Screen: a readable column. Print: A4 pages close to the PDF. The values in var(--…) are the house
   colours from desk.yaml and the look from templates/style.yaml, which the PDF takes too. */
* { box-sizing: border-box; }
html { font-size: 15px; }
body {
  margin: 0 auto; max-width: 860px; padding: 24px 32px 64px;
  font-family: "Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif;
  color: var(--text); line-height: var(--leading-body); background: #fff;
  line-break: strict; word-break: normal; overflow-wrap: anywhere;
}
.running-header {
  display: flex; justify-content: space-between; font-size: var(--size-running-header); color: var(--muted);
  border-bottom: 1px solid var(--primary); padding-bottom: 4px; margin-bottom: 20px;
}
.masthead { display: flex; gap: 24px; align-items: stretch; border-bottom: 3px solid var(--primary); padding-bottom: 16px; }
.masthead-title { flex: 1; }
.masthead-title p { text-align: left; }
.sector-title { font-size: var(--size-sector-title); font-weight: 700; color: var(--primary); margin: 0; letter-spacing: 0.05em; }
.report-type { font-size: var(--size-report-type); margin: 4px 0 0; font-weight: 600; }
.team { color: var(--muted); margin: 4px 0 0; font-size: var(--size-small); }
.rating-box { width: 270px; border-left: 4px solid var(--accent); background: var(--panel); padding: 10px 14px; font-size: var(--size-small); }
.rating { font-size: var(--size-rating); font-weight: 700; color: var(--primary); margin: 0 0 8px; }
.analyst { margin: 6px 0; line-height: 1.5; text-align: left; }
.analyst .label { color: var(--muted); }
.licence, .email { color: var(--muted); }
.headline { font-size: var(--size-headline); line-height: 1.4; margin: 20px 0 8px; color: var(--text); }
h2 { font-size: var(--size-chapter); color: var(--primary); border-bottom: 2px solid var(--primary); padding-bottom: 4px; margin-top: 40px; }
h3 { font-size: var(--size-section); color: var(--primary); margin: 22px 0 6px; }
h4 { font-size: 1rem; margin: 14px 0 4px; }
.cover-body { display: flow-root; }
.panel { float: right; width: 38%; margin: 0 0 12px 24px; padding: 0 0 4px; font-size: var(--size-small); }
.panel .charts, .panel .table-figure { margin: 8px 0; }
.panel .charts { grid-template-columns: 1fr; }
.panel table { font-size: var(--size-small); }
.panel thead th, .panel td { padding: 3px 6px; }
.cover h2 { font-size: var(--size-cover-heading); border-bottom: none; margin: 22px 0 6px; padding: 0 0 0 8px; border-left: 4px solid var(--primary); }
p { margin: 6px 0; text-align: justify; text-wrap: pretty; }
/* English is set ragged right, as the PDF sets it: justified, a narrow column spreads its words apart. */
html:lang(en) :is(p, ol.views li, ol.list li) { text-align: left; }
ol.views, ol.list { list-style: none; padding: 0; margin: 0; }
ol.list ol.list, ol.list ul.list, ul.list ol.list { padding-left: 1.5em; }
ol.views li, ol.list li { margin: 6px 0; text-align: justify; }
.marker { color: var(--primary); font-weight: 700; }
.table-figure { margin: 18px 0; }
.table-figure figcaption, .chart-figure figcaption, .picture-figure figcaption { font-weight: 700; font-size: var(--size-caption); margin-bottom: 4px; text-wrap: pretty; }
.scroll { overflow-x: auto; }
/* A box that scrolls shows a shadow at the edge where more lies hidden (the shadows scroll away with it). */
.scroll {
  background:
    linear-gradient(to right, #fff 30%, rgba(255, 255, 255, 0)) left / 24px 100% no-repeat local,
    linear-gradient(to left, #fff 30%, rgba(255, 255, 255, 0)) right / 24px 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, rgba(0, 0, 0, 0.18), rgba(0, 0, 0, 0)) left / 10px 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, rgba(0, 0, 0, 0.18), rgba(0, 0, 0, 0)) right / 10px 100% no-repeat scroll;
}
.scroll:focus-visible { outline: 2px solid var(--accent); }
.contents ol { list-style: none; padding: 0; margin: 0 0 8px; }
.contents li { margin: 3px 0; }
.contents li.level-2 { padding-left: 1.5em; font-size: var(--size-caption); }
.contents li.level-3 { padding-left: 3em; font-size: var(--size-caption); }
.contents a { color: inherit; text-decoration: none; }
.contents a:hover { color: var(--primary); text-decoration: underline; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 0 24px; margin: 18px 0; }
.chart-figure, .picture-figure { margin: 0 0 12px; min-width: 0; }
.chart-figure.wide, .picture-figure.wide { grid-column: 1 / -1; }
.chart-figure svg, .picture-figure img { display: block; width: 100%; height: auto; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: var(--size-table); line-height: 1.5; }
thead th { background: var(--primary); color: #fff; font-weight: 600; text-align: left; padding: 5px 8px; }
td { padding: 5px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
tbody tr:nth-child(even) td { background: var(--zebra); }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
/* A text column after a number column stands apart from it: "+316.7万户" and "比上年末" are two things. */
:is(th, td).num + :is(th, td):not(.num) { padding-left: 16px; }
td.short, .nowrap { white-space: nowrap; }
.source, .note { font-size: var(--size-source); color: var(--muted); margin-top: 4px; }
th.group, th.center, td.center { text-align: center; }
.news .date { color: var(--primary); font-weight: 600; margin-right: 4px; }
.news .source { white-space: nowrap; }
.compliance { font-size: var(--size-small); line-height: var(--leading-small); }
.offices { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; font-size: var(--size-contacts); }
.office p { margin: 2px 0; text-align: left; }
.office .city { font-weight: 700; color: var(--primary); }
@media (max-width: 640px) {
  body { padding: 16px; }
  .masthead { flex-direction: column; }
  .rating-box { width: auto; }
  /* The panel after the summary, across the screen. */
  .cover-body { display: flex; flex-direction: column; }
  .panel { float: none; width: auto; margin: 0; order: 1; }
  .offices { grid-template-columns: 1fr; }
  .charts { grid-template-columns: 1fr; }
  /* Justified Chinese on a narrow line spreads its characters apart. */
  p, ol.views li, ol.list li { text-align: left; }
  /* Columns as wide as their short cells need; the box scrolls where the table is wider than the screen. */
  table { table-layout: auto; }
  td:not(.short) { min-width: 9em; }
  th { white-space: nowrap; }
  /* The masthead says what the running header says; on a phone it would only wrap. */
  .running-header { display: none; }
  .chart-figure.wide svg { min-width: 600px; }
}
@media print {
  html { font-size: var(--print-body); }
  body { max-width: none; padding: 0; }
  .cover, .contents { break-after: page; }
  /* Page 1 set as the PDF sets it, a little closer, so that the summary stays on it beside the panel. */
  .summary > p, .summary > :is(ol, ul) li { font-size: var(--size-cover); line-height: calc(var(--leading-cover) - 0.15); }
  .masthead { padding-bottom: 8pt; }
  .headline { margin: 10pt 0 2pt; }
  .cover h2 { margin: 6pt 0 2pt; line-height: 1.3; }
  .summary > p, .summary li { margin: 2pt 0; }
  .panel { margin-left: 12pt; }
  .panel .charts, .panel .table-figure { margin: 4pt 0; }
  .contents h2 { margin-top: 14pt; }
  .contents li { margin: 0; font-size: var(--size-caption); line-height: var(--leading-body); }
  h2 { break-before: auto; break-after: avoid; }
  h3, h4, figcaption { break-after: avoid; }
  tr, .office, .chart-figure, .picture-figure { break-inside: avoid; }
  thead { display: table-header-group; }
  .running-header { display: none; }
}
</style>
</head>
<body>
<header class="running-header"><span>京华证券 · 通信专题报告</span><span>证券研究报告 · 2025年2月10日</span></header>
<main>
<section class="cover">
<div class="masthead">
<div class="masthead-title">
<p class="sector-title">通信行业研究</p>
<p class="report-type">专题报告 · 证券研究报告</p>
<p class="team">京华证券股份有限公司 · 通信组 · 2025年2月10日</p>
</div>
<div class="rating-box">
<p class="analyst"><span class="label">分析师：</span>周明哲<br><span class="licence">执业证书编号：S1230523080001</span><br><span class="email">邮箱：zhoumingzhe@jhresearch.example</span></p>
<p class="analyst"><span class="label">分析师：</span>何雨宁<br><span class="licence">执业证书编号：S1230524110003</span><br><span class="email">邮箱：heyuning@jhresearch.example</span></p>
<p class="analyst assistants">研究助理：林书航、陈可欣</p>
</div>
</div>
<h1 class="headline">DeepSeek 之后：推理算力、光通信与运营商的再定价</h1>
<div class="cover-body">
<div class="summary">
<h2>投资要点</h2>
<p><strong>算法与工程的降本改变了算力的用法，而不是减少了算力的需求</strong>：低成本、开源且可蒸馏的模型让更多企业能够部署推理，推理侧的调用量有望成为算力需求的主要增量。</p>
<p><strong>光通信：速率迭代仍是主线</strong>：800G 与 1.6T 的放量节奏不因训练成本下降而放缓，LPO 与 CPO 在推理集群中的渗透值得跟踪；国产光芯片在推理侧的成本优势更为突出。</p>
<p><strong>运营商：从管道到算力网络</strong>：流量与推理负载的增长提高了算力网络的价值，运营商的分红与资本开支结构改善，估值仍低于海外同业。</p>
<p><strong>投资建议</strong>：关注光模块与光芯片、运营商、以及推理侧服务器与液冷；重点覆盖公司的评级见第六章。</p>
<h2>风险提示</h2>
<p>AI 商业化进度低于预期、技术迭代不及预期、供应链集中与原材料短缺、贸易与出口管制政策变化。</p>
</div>
</div>
</section>
<nav class="contents" aria-labelledby="contents-title">
<h2 id="contents-title">内容目录</h2>
<ol>
<li class="level-1"><a href="#cost">一、算法与工程创新：大模型的成本曲线下移</a></li>
<li class="level-2"><a href="#cost-1">（一）发展历程：两年内完成从通用模型到推理模型的迭代</a></li>
<li class="level-2"><a href="#cost-2">（二）训练与推理成本：数量级的差距</a></li>
<li class="level-2"><a href="#cost-3">（三）技术路线：工程能力与算法创新并重</a></li>
<li class="level-3"><a href="#cost-3-1">1.3.1 混合专家与负载均衡</a></li>
<li class="level-3"><a href="#cost-3-2">1.3.2 多 Token 预测与低精度训练</a></li>
<li class="level-3"><a href="#cost-3-3">1.3.3 蒸馏：小模型的能力提升</a></li>
<li class="level-1"><a href="#chips">二、芯片：推理需求打开新的空间</a></li>
<li class="level-2"><a href="#chips-1">（一）推理侧的 scaling law</a></li>
<li class="level-2"><a href="#chips-2">（二）光芯片：国产化进程加快</a></li>
<li class="level-1"><a href="#optical">三、光通信：速率迭代的节奏不变</a></li>
<li class="level-2"><a href="#optical-1">（一）高速光模块需求</a></li>
<li class="level-2"><a href="#optical-2">（二）LPO 与 CPO：功耗约束下的新方案</a></li>
<li class="level-1"><a href="#operators">四、运营商：从流量管道到算力网络</a></li>
<li class="level-1"><a href="#advice">五、投资建议：硬件链条景气延续，应用端渐次展开</a></li>
<li class="level-2"><a href="#advice-1">（一）通信板块</a></li>
<li class="level-2"><a href="#advice-2">（二）电子板块</a></li>
<li class="level-1"><a href="#companies">六、重点公司评级</a></li>
<li class="level-1"><a href="#risks">七、风险提示</a></li>
<li class="level-1"><a href="#ratings">投资评级的说明</a></li>
<li class="level-1"><a href="#certification">分析师声明</a></li>
<li class="level-1"><a href="#disclaimer">特别声明</a></li>
</ol>
<h2>图表目录</h2>
<ol>
<li><a href="#figure-1">图 1：DeepSeek 模型迭代时间线</a></li>
<li><a href="#figure-2">图 2：每百万 Token 推理价格对比（美元）</a></li>
<li><a href="#figure-3">图 3：混合专家 (MoE) 架构示意</a></li>
<li><a href="#figure-4">图 4：推理时计算量与模型表现的关系（示意）</a></li>
<li><a href="#table-1">表 1：光芯片按功能分类</a></li>
<li><a href="#figure-5">图 5：全球光芯片市场规模（亿美元）</a></li>
<li><a href="#figure-6">图 6：400G 与 800G 光模块需求（百万美元）</a></li>
<li><a href="#table-2">表 2：传统光模块、LPO 与 CPO 的比较</a></li>
<li><a href="#table-3">表 3：建议关注标的盈利预测-通信（截至 2025年1月31日）</a></li>
<li><a href="#table-4">表 4：建议关注标的盈利预测-电子（截至 2025年1月31日）</a></li>
<li><a href="#table-5">表 5：通信重点覆盖公司评级</a></li>
</ol>
</nav>
<section class="chapter">
<h2 id="cost">一、算法与工程创新：大模型的成本曲线下移</h2>
<p>DeepSeek 的训练与推理成本显著低于同代模型，带来的讨论集中在一个问题上：成本下降会减少算力需求，还是让更多的应用用得起算力。我们的判断是后者，本章先梳理降本从何而来。</p>
<h3 id="cost-1">（一）发展历程：两年内完成从通用模型到推理模型的迭代</h3>
<div class="charts">
<figure class="picture-figure wide" id="figure-1">
<figcaption id="figure-1-caption">图 1：DeepSeek 模型迭代时间线</figcaption>
<img src="data:image/svg+xml;base64,…" alt="DeepSeek 模型迭代时间线" width="600" height="150">
<p class="source">来源：公司官网，公开资料整理，京华证券研究所</p>
</figure>
</div>
<p>公司自 <span class="nowrap">2023年发</span>布首个通用模型起，先后推出代码、数学与混合专家模型，<span class="nowrap">2025年1月</span>发布的推理模型在多项基准测试中接近同期头部闭源模型。</p>
<h3 id="cost-2">（二）训练与推理成本：数量级的差距</h3>
<p>公开资料显示，该模型的正式训练约使用 <span class="nowrap">2048块</span> H800 GPU，训练成本约 <span class="nowrap">557.6万美元</span>；API 的推理价格约为每百万 Token <span class="nowrap">0.14美元</span>，而同期可比闭源模型约为 <span class="nowrap">7.5美元</span>。</p>
<div class="charts">
<figure class="chart-figure" id="figure-2">
<figcaption id="figure-2-caption">图 2：每百万 Token 推理价格对比（美元）</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-2-caption">
<svg role="img" aria-labelledby="figure-2-caption" id='figure-2-svg' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 236 165'>…</svg>
</div>
<p class="source">来源：公司官网，京华证券研究所</p>
</figure>
<figure class="picture-figure" id="figure-3">
<figcaption id="figure-3-caption">图 3：混合专家 (MoE) 架构示意</figcaption>
<img src="data:image/svg+xml;base64,…" alt="混合专家 (MoE) 架构示意" width="320" height="220">
<p class="source">来源：公开论文，京华证券研究所</p>
</figure>
</div>
<h3 id="cost-3">（三）技术路线：工程能力与算法创新并重</h3>
<h4 id="cost-3-1">1.3.1 混合专家与负载均衡</h4>
<p>每个 Token 只激活少数专家，训练与推理的计算量随之下降；无辅助损失的负载均衡减少了专家间的性能折损。</p>
<h4 id="cost-3-2">1.3.2 多 Token 预测与低精度训练</h4>
<ul class="list">
<li>多 Token 预测提高了训练信号的密度，也为推理时的投机解码提供了基础。</li>
<li>FP8 混合精度训练降低了显存占用与通信量，对互联带宽的利用更为充分。</li>
</ul>
<h4 id="cost-3-3">1.3.3 蒸馏：小模型的能力提升</h4>
<p>用大模型的推理过程蒸馏出的小模型，在数学与代码任务上超过部分更大的模型，端侧部署的门槛随之下降。</p>
</section>
<section class="chapter">
<h2 id="chips">二、芯片：推理需求打开新的空间</h2>
<h3 id="chips-1">（一）推理侧的 scaling law</h3>
<div class="charts">
<figure class="picture-figure wide" id="figure-4">
<figcaption id="figure-4-caption">图 4：推理时计算量与模型表现的关系（示意）</figcaption>
<img src="data:image/png;base64,…" alt="推理时计算量与模型表现的关系（示意）" width="480" height="260">
<p class="source">来源：公开论文，京华证券研究所</p>
</figure>
</div>
<p>推理时给模型更多的思考步骤可以持续提升表现，推理算力的需求不再只与用户数成正比，也与任务的复杂度相关。</p>
<h3 id="chips-2">（二）光芯片：国产化进程加快</h3>
<figure class="table-figure" id="table-1">
<figcaption id="table-1-caption">表 1：光芯片按功能分类</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="table-1-caption">
<table>
<colgroup><col style="width: 21.7%"><col style="width: 34.8%"><col style="width: 43.5%"></colgroup>
<thead><tr><th>类别</th><th>主要产品</th><th>作用</th></tr></thead>
<tbody>
<tr><td class="short">激光器芯片</td><td class="short">DFB、EML、VCSEL</td><td class="short">把电信号转为光信号</td></tr>
<tr><td class="short">探测器芯片</td><td class="short">PIN、APD</td><td class="short">把光信号转为电信号</td></tr>
<tr><td class="short">调制器芯片</td><td class="short">硅光、薄膜铌酸锂</td><td class="short">把信号加载到光载波上</td></tr>
</tbody>
</table>
</div>
<p class="source">来源：公开资料整理，京华证券研究所</p>
</figure>
<div class="charts">
<figure class="chart-figure wide" id="figure-5">
<figcaption id="figure-5-caption">图 5：全球光芯片市场规模（亿美元）</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-5-caption">
<svg role="img" aria-labelledby="figure-5-caption" id='figure-5-svg' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 483 200'>…</svg>
</div>
<p class="note">注：2024年及以后为预测</p>
<p class="source">来源：公开资料整理，京华证券研究所</p>
</figure>
</div>
</section>
<section class="chapter">
<h2 id="optical">三、光通信：速率迭代的节奏不变</h2>
<h3 id="optical-1">（一）高速光模块需求</h3>
<p>推理集群同样需要高带宽的横向扩展网络。800G 光模块的需求在 <span class="nowrap">2024年下</span>半年明显放量，1.6T 预计 <span class="nowrap">2025年进</span>入小批量交付。</p>
<div class="charts">
<figure class="chart-figure wide" id="figure-6">
<figcaption id="figure-6-caption">图 6：400G 与 800G 光模块需求（百万美元）</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="figure-6-caption">
<svg role="img" aria-labelledby="figure-6-caption" id='figure-6-svg' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 483 200'>…</svg>
</div>
<p class="source">来源：公开资料整理，京华证券研究所</p>
</figure>
</div>
<h3 id="optical-2">（二）LPO 与 CPO：功耗约束下的新方案</h3>
<figure class="table-figure" id="table-2">
<figcaption id="table-2-caption">表 2：传统光模块、LPO 与 CPO 的比较</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="table-2-caption">
<table>
<colgroup><col style="width: 48.8%"><col style="width: 9.3%"><col style="width: 9.3%"><col style="width: 18.6%"><col style="width: 14.0%"></colgroup>
<thead><tr><th>方案</th><th>功耗</th><th>时延</th><th>可维护性</th><th>成熟度</th></tr></thead>
<tbody>
<tr><td class="short">传统可插拔光模块</td><td class="short">较高</td><td class="short">较高</td><td class="short">好</td><td class="short">成熟</td></tr>
<tr><td class="short">线性驱动可插拔 (LPO)</td><td class="short">低</td><td class="short">低</td><td class="short">好</td><td class="short">验证中</td></tr>
<tr><td class="short">共封装光学 (CPO)</td><td class="short">最低</td><td class="short">最低</td><td class="short">差</td><td class="short">早期</td></tr>
</tbody>
</table>
</div>
<p class="source">来源：公开资料整理，京华证券研究所</p>
</figure>
</section>
<section class="chapter">
<h2 id="operators">四、运营商：从流量管道到算力网络</h2>
<p>运营商的现金流与分红能力持续改善，估值仍处于历史低位。推理负载的增长提高了算力网络与边缘节点的价值，我们认为运营商在 AI 时代的角色正在转变。</p>
<ol class="list">
<li><span class="marker">1)</span> 算力网络：三家运营商的智算规模快速扩张，带动 400G 骨干网与数据中心互联投资。</li>
<li><span class="marker">2)</span> 云与算力收入：收入占比提升，成为增长的主要来源。</li>
<li><span class="marker">3)</span> 股东回报：分红比例逐年提高，回购计划增强确定性。</li>
</ol>
</section>
<section class="chapter">
<h2 id="advice">五、投资建议：硬件链条景气延续，应用端渐次展开</h2>
<h3 id="advice-1">（一）通信板块</h3>
<p>建议关注运营商、光模块与光芯片。盈利预测与估值如下。</p>
<figure class="table-figure" id="table-3">
<figcaption id="table-3-caption">表 3：建议关注标的盈利预测-通信（截至 2025年1月31日）</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="table-3-caption">
<table>
<colgroup><col style="width: 12.6%"><col style="width: 12.6%"><col style="width: 11.7%"><col style="width: 8.7%"><col style="width: 8.7%"><col style="width: 8.7%"><col style="width: 8.7%"><col style="width: 8.7%"><col style="width: 8.7%"><col style="width: 10.7%"></colgroup>
<thead><tr><th rowspan="2">代码</th><th rowspan="2">名称</th><th rowspan="2">总市值（亿元）</th><th colspan="3" class="group">EPS（元）</th><th colspan="3" class="group">P/E</th><th rowspan="2">评级</th></tr>
<tr><th class="num">2024E</th><th class="num">2025E</th><th class="num">2026E</th><th class="num">2024E</th><th class="num">2025E</th><th class="num">2026E</th></tr></thead>
<tbody>
<tr><td class="short">600941.SH</td><td class="short">中国移动</td><td class="num short">23877.77</td><td class="num short">6.48</td><td class="num short">6.86</td><td class="num short">7.25</td><td class="num short">17.13</td><td class="num short">16.18</td><td class="num short">15.31</td><td class="short">—</td></tr>
<tr><td class="short">600050.SH</td><td class="short">中国联通</td><td class="num short">1555.05</td><td class="num short">0.29</td><td class="num short">0.32</td><td class="num short">0.35</td><td class="num short">17.09</td><td class="num short">15.45</td><td class="num short">14.03</td><td class="short">—</td></tr>
<tr><td class="short">601728.SH</td><td class="short">中国电信</td><td class="num short">6460.40</td><td class="num short">0.36</td><td class="num short">0.39</td><td class="num short">0.41</td><td class="num short">19.66</td><td class="num short">18.25</td><td class="num short">17.03</td><td class="short">—</td></tr>
<tr><td class="short">300308.SZ</td><td class="short">中际旭创</td><td class="num short">1287.32</td><td class="num short">4.95</td><td class="num short">8.11</td><td class="num short">9.34</td><td class="num short">23.20</td><td class="num short">14.16</td><td class="num short">12.29</td><td class="short">推荐</td></tr>
<tr><td class="short">300502.SZ</td><td class="short">新易盛</td><td class="num short">891.47</td><td class="num short">3.50</td><td class="num short">6.45</td><td class="num short">8.55</td><td class="num short">35.93</td><td class="num short">19.50</td><td class="num short">14.71</td><td class="short">推荐</td></tr>
<tr><td class="short">300394.SZ</td><td class="short">天孚通信</td><td class="num short">558.40</td><td class="num short">2.58</td><td class="num short">4.16</td><td class="num short">5.46</td><td class="num short">39.08</td><td class="num short">24.22</td><td class="num short">18.48</td><td class="short">—</td></tr>
<tr><td class="short">002281.SZ</td><td class="short">光迅科技</td><td class="num short">384.18</td><td class="num short">0.98</td><td class="num short">1.37</td><td class="num short">1.72</td><td class="num short">49.43</td><td class="num short">35.30</td><td class="num short">28.14</td><td class="short">—</td></tr>
<tr><td class="short">000988.SZ</td><td class="short">华工科技</td><td class="num short">395.16</td><td class="num short">1.31</td><td class="num short">1.68</td><td class="num short">2.12</td><td class="num short">29.91</td><td class="num short">23.37</td><td class="num short">18.51</td><td class="short">—</td></tr>
<tr><td class="short">688498.SH</td><td class="short">源杰科技</td><td class="num short">124.44</td><td class="num short">0.31</td><td class="num short">1.27</td><td class="num short">2.35</td><td class="num short">469.71</td><td class="num short">114.65</td><td class="num short">61.96</td><td class="short">谨慎推荐</td></tr>
<tr><td class="short">688313.SH</td><td class="short">仕佳光子</td><td class="num short">88.92</td><td class="num short">0.12</td><td class="num short">0.24</td><td class="num short">0.37</td><td class="num short">167.79</td><td class="num short">80.62</td><td class="num short">52.25</td><td class="short">—</td></tr>
</tbody>
</table>
</div>
<p class="note">注：未评级公司采用 Wind 一致预期</p>
<p class="source">来源：Wind 一致预期，京华证券研究所</p>
</figure>
<h3 id="advice-2">（二）电子板块</h3>
<p>端侧 AI 的落地带动消费电子与 SoC 芯片的需求，建议关注相关产业链。</p>
<figure class="table-figure" id="table-4">
<figcaption id="table-4-caption">表 4：建议关注标的盈利预测-电子（截至 2025年1月31日）</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="table-4-caption">
<table>
<colgroup><col style="width: 14.1%"><col style="width: 14.1%"><col style="width: 13.0%"><col style="width: 9.8%"><col style="width: 9.8%"><col style="width: 9.8%"><col style="width: 9.8%"><col style="width: 9.8%"><col style="width: 9.8%"></colgroup>
<thead><tr><th rowspan="2">代码</th><th rowspan="2">名称</th><th rowspan="2">总市值（亿元）</th><th colspan="3" class="group">EPS（元）</th><th colspan="3" class="group">P/E</th></tr>
<tr><th class="num">2024E</th><th class="num">2025E</th><th class="num">2026E</th><th class="num">2024E</th><th class="num">2025E</th><th class="num">2026E</th></tr></thead>
<tbody>
<tr><td class="short">300433.SZ</td><td class="short">蓝思科技</td><td class="num short">1296.05</td><td class="num short">0.80</td><td class="num short">1.10</td><td class="num short">1.37</td><td class="num short">32.61</td><td class="num short">23.61</td><td class="num short">18.94</td></tr>
<tr><td class="short">002938.SZ</td><td class="short">鹏鼎控股</td><td class="num short">938.79</td><td class="num short">1.55</td><td class="num short">1.94</td><td class="num short">2.21</td><td class="num short">26.04</td><td class="num short">20.82</td><td class="num short">18.35</td></tr>
<tr><td class="short">688608.SH</td><td class="short">恒玄科技</td><td class="num short">476.59</td><td class="num short">3.24</td><td class="num short">4.86</td><td class="num short">6.58</td><td class="num short">122.44</td><td class="num short">81.74</td><td class="num short">60.31</td></tr>
<tr><td class="short">603893.SH</td><td class="short">瑞芯微</td><td class="num short">689.09</td><td class="num short">1.22</td><td class="num short">1.80</td><td class="num short">2.48</td><td class="num short">134.37</td><td class="num short">91.57</td><td class="num short">66.25</td></tr>
</tbody>
</table>
</div>
<p class="source">来源：Wind 一致预期，京华证券研究所</p>
</figure>
</section>
<section class="chapter">
<h2 id="companies">六、重点公司评级</h2>
<figure class="table-figure" id="table-5">
<figcaption id="table-5-caption">表 5：通信重点覆盖公司评级</figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="table-5-caption">
<table>
<colgroup><col style="width: 24.1%"><col style="width: 34.5%"><col style="width: 20.7%"><col style="width: 20.7%"></colgroup>
<thead><tr><th>代码</th><th>公司</th><th>评级</th><th>评级变动</th></tr></thead>
<tbody>
<tr><td class="short">300308.SZ</td><td class="short">中际旭创</td><td class="short">推荐</td><td class="short">维持</td></tr>
<tr><td class="short">300502.SZ</td><td class="short">新易盛</td><td class="short">推荐</td><td class="short">维持</td></tr>
<tr><td class="short">600941.SH</td><td class="short">中国移动</td><td class="short">推荐</td><td class="short">维持</td></tr>
<tr><td class="short">688498.SH</td><td class="short">源杰科技</td><td class="short">谨慎推荐</td><td class="short">首次</td></tr>
</tbody>
</table>
</div>
<p class="source">来源：京华证券研究所</p>
</figure>
</section>
<section class="chapter">
<h2 id="risks">七、风险提示</h2>
<p class="risk"><strong>1、AI 商业化进度低于预期</strong>：AI 应用的收费模式仍在摸索中，若付费意愿或使用量增长慢于预期，算力与网络投资可能放缓，相关公司的订单与盈利随之承压。</p>
<p class="risk"><strong>2、技术迭代不及预期</strong>：光互连、液冷、高速交换等技术仍在快速演进，若关键技术的良率、可靠性或标准化进度落后，产品放量时点可能推迟。</p>
<p class="risk"><strong>3、供应链集中与原材料短缺</strong>：光芯片、高端 GPU 与光纤预制棒等环节供应商集中，若出现产能不足、价格大幅上涨或交付中断，下游扩产与利润率将受影响。</p>
<p class="risk"><strong>4、贸易与出口管制政策变化</strong>：关税或出口管制政策若进一步收紧，可能影响海外订单、关键器件采购与海外业务的盈利能力。</p>
</section>
<section class="chapter compliance">
<h2 id="ratings">投资评级的说明</h2>
<h3>行业评级</h3>
<p>评级基准：未来 6–<span class="nowrap">12个月</span>相对沪深 300 指数的表现。</p>
<p class="rating-definition"><strong>推荐</strong>：预计未来 6–<span class="nowrap">12个月</span>内，行业指数表现优于沪深 300 指数 <span class="nowrap">10%</span> 以上。</p>
<p class="rating-definition"><strong>中性</strong>：预计未来 6–<span class="nowrap">12个月</span>内，行业指数表现相对沪深 300 指数在 <span class="nowrap">-10%</span> 至 <span class="nowrap">10%</span> 之间。</p>
<p class="rating-definition"><strong>回避</strong>：预计未来 6–<span class="nowrap">12个月</span>内，行业指数表现弱于沪深 300 指数 <span class="nowrap">10%</span> 以上。</p>
<h3>公司评级</h3>
<p>评级基准：未来 6–<span class="nowrap">12个月</span>公司股价相对沪深 300 指数（A 股）或恒生指数（港股）的表现。</p>
<p class="rating-definition"><strong>推荐</strong>：预计未来 6–<span class="nowrap">12个月</span>内，公司股价相对基准指数的涨幅在 <span class="nowrap">20%</span> 以上。</p>
<p class="rating-definition"><strong>谨慎推荐</strong>：预计未来 6–<span class="nowrap">12个月</span>内，公司股价相对基准指数的涨幅在 <span class="nowrap">10%</span> 至 <span class="nowrap">20%</span> 之间。</p>
<p class="rating-definition"><strong>中性</strong>：预计未来 6–<span class="nowrap">12个月</span>内，公司股价相对基准指数的变动在 <span class="nowrap">-10%</span> 至 <span class="nowrap">10%</span> 之间。</p>
<p class="rating-definition"><strong>回避</strong>：预计未来 6–<span class="nowrap">12个月</span>内，公司股价相对基准指数的跌幅在 <span class="nowrap">10%</span> 以上。</p>
</section>
<section class="chapter compliance">
<h2 id="certification">分析师声明</h2>
<p>本报告署名分析师均在中国证券业协会登记为证券分析师，具备证券投资咨询执业资格。报告中的观点与判断由署名分析师依据公开信息独立形成，如实反映其本人的研究意见；分析师的薪酬与本报告中的任何具体观点或投资建议无关，也不因此获得任何形式的补偿。</p>
</section>
<section class="chapter compliance">
<h2 id="disclaimer">特别声明</h2>
<p>京华证券股份有限公司具备中国证券监督管理委员会核准的证券投资咨询业务资格。</p>
<p>本报告的数据与信息取自 Wind、工业和信息化部、海关总署、上市公司公告与主流财经媒体等公开渠道，每张图表下方注明其来源。</p>
<p>本报告由京华证券股份有限公司（以下简称“本公司”）研究所编制，仅供本公司符合适当性要求的客户参考使用。本公司不因任何人收到本报告而视其为本公司的客户。</p>
<p>本报告所载信息来源于公开资料及本公司认为可靠的渠道，但本公司不对其准确性、完整性或及时性作出任何保证。报告中的观点、结论和建议仅反映研究人员在发布之日的判断，可能随市场变化而调整，恕不另行通知。</p>
<p>本报告不构成对任何人的投资建议，也未考虑个别投资者的投资目标、财务状况或特殊需求。投资者应独立判断并自行承担投资风险，必要时咨询专业顾问。本公司及研究人员不对因使用本报告而产生的任何损失承担责任。</p>
<p>本公司及其关联机构可能持有本报告所提及公司的证券，并可能为这些公司提供或争取提供投资银行、财务顾问等服务。投资者应当关注上述可能存在的利益冲突。</p>
<p>本报告版权归本公司所有。未经本公司书面许可，任何机构和个人不得以任何形式复制、转载、刊登或修改本报告的全部或部分内容；经许可引用时须注明出处为京华证券研究所，且不得作有悖原意的删改。</p>
<p>本报告仅在中华人民共和国境内（不含港澳台地区）发布。</p>
<p class="published">本报告发布时间：<span class="nowrap">2025年2月10日</span> 08:00</p>
<h3>联系我们</h3>
<div class="offices">
<div class="office"><p class="city">上海</p><p>电话：021-6100 1000</p><p>邮箱：research-sh@jhresearch.example</p><p>邮编：200120</p><p>地址：上海市浦东新区示例大道 100号 20楼</p></div>
<div class="office"><p class="city">北京</p><p>电话：010-6000 2000</p><p>邮箱：research-bj@jhresearch.example</p><p>邮编：100032</p><p>地址：北京市西城区示例街 8号 12层</p></div>
<div class="office"><p class="city">深圳</p><p>电话：0755-6000 3000</p><p>邮箱：research-sz@jhresearch.example</p><p>邮编：518048</p><p>地址：深圳市福田区示例路 2000号 18楼</p></div>
</div>
</section>
</main>
</body>
</html>

╔═ markdown ═╗
# 通信行业研究 · 行业周报

证券研究报告 · 衡川证券股份有限公司 · 通信组 · 2026年3月27日

**买入（维持评级）**

分析师：林知远 · 执业证书编号：S0990524070001 · 邮箱：linzhiyuan@hcresearch.example

## 光交换场景持续拓宽，国产 AI 芯片验证推进顺利

### 通信周观点

1) **OFC 2026 前瞻研讨**：NVIDIA、Lumentum、Meta 等厂商集中讨论光电路交换 (OCS)。我们的理解是，模型参数与推理时计算量的双重增长正在把高带宽网络推向系统设计的中心，OCS 已在横向扩展中落地，纵向扩展仍待集成与可靠性问题解决。

2) **Lumentum**：OCS 单季营收提前突破千万美元，在手订单超过 4亿美元，公司预计到 2027年底开始交付首批 CPO 产品。光交换与共封装光学的需求确定性在提升。

3) **华为**：新款 AI 芯片的客户测试进展顺利，字节跳动、阿里巴巴等有意采购。相较上一代产品，这是国产算力供给的一次实质性进展。

4) **光缆价格**：黑龙江电信应急采购中，G.652D 24芯室外光缆不含税单价达 3737.43元/皮长公里，折合约 155.73元/芯公里，光缆供给偏紧的判断得到印证。

5) **Google**：发布 TurboQuant 压缩算法，无需重新训练即可把键值缓存压缩到 3 bit，内存占用约降至六分之一，H100 上最高提速约 8倍，对推理成本与存储需求的影响值得跟踪。

6) **字节跳动**：火山引擎日均大模型调用量已超过 100万亿 Tokens，春节后不到两个月增长超 60%，国内推理需求的增长仍在加速。

7) **月之暗面**：据报道正评估赴港上市，并寻求最高 10亿美元的私募融资，对应估值约 180亿美元，大模型公司的资本化节奏加快。

8) **Arm**：首次推出自研 AGI CPU，最高 136核、功耗 300瓦，由台积电代工，Meta 为首个大客户；公司预计五年后芯片与 IP 业务合计年收入约 250亿美元。

### 细分赛道

**服务器**：本周服务器指数 -3.25%，本月以来服务器指数 -8.49%。Arm 首次销售自研 AGI CPU，Meta 成为首个主要客户，通用算力芯片的竞争格局出现新变量；国内服务器厂商短期仍受 GPU 供给节奏影响。

**光模块**：本周光模块 (CPO) 指数 +2.43%，本月以来光模块 (CPO) 指数 +10.65%。Lumentum 认为铜缆在横向扩展中已接近物理极限，OCS 与 CPO 将承接新增的互连需求。我们判断高速光模块的需求景气仍在上行通道。

**IDC**：本周 IDC 指数 -2.90%，本月以来 IDC 指数 -6.55%。国产 AI 芯片客户验证顺利，若供给约束逐步缓解，国内智算中心的建设节奏有望加快，IDC 需求随之改善。

### 核心数据更新

电信业务量收增速逐步改善：2026年1-2月电信业务收入累计 2904亿元，同比下降 1.7%，按上年不变价计算的电信业务总量同比增长 8.4%。光模块出口延续高增，2月当月出口金额同比增长 26.57%，1-2月累计同比增长 17.74%。4Q25 微软、谷歌、Meta、亚马逊资本开支分别为 299亿美元、279亿美元、214亿美元、395亿美元，同比分别 +89%、+95%、+48%、+42%。

### 投资建议与估值

建议关注国内 AI 投资带动的服务器、IDC 与液冷环节，以及海外 AI 资本开支带动的光模块、OCS 与高速连接器环节。

### 风险提示

AI 商业化进度低于预期、技术迭代不及预期、供应链集中与原材料短缺、贸易与出口管制政策变化、行业竞争加剧。

### 市场表现

<a id="panel-figure-1"></a>

**通信（申万）与沪深 300 近 12个月走势**

![通信（申万）与沪深 300 近 12个月走势](telecom-weekly-2026-W13-panel-figure-1.svg)

来源：Wind，衡川证券研究所

<a id="panel-figure-2"></a>

**细分指数涨跌幅**

| 指数 | 本周 | 本月以来 |
| --- | ---: | ---: |
| 服务器指数 | -3.25% | -8.49% |
| 光模块 (CPO) 指数 | +2.43% | +10.65% |
| IDC 指数 | -2.90% | -6.55% |

来源：Wind，衡川证券研究所

本周通信（申万）-1.42%，在 31个申万一级行业中排名第22。

## 内容目录

- [一、细分行业观点](#segments)
- [二、核心数据更新](#core-data)
  - [2.1 运营商：用户规模稳步扩大，千兆与 5G 渗透继续提升](#core-data-1)
  - [2.2 光模块：光模块出口金额同比高增](#core-data-2)
  - [2.3 物联网：连接数稳步增长，模组出货恢复正增长](#core-data-3)
  - [2.4 海外云厂商：北美云厂商资本开支维持高增](#core-data-4)
- [三、本周行情](#market)
- [四、本周重要新闻](#news)
  - [4.1 行业新闻](#news-industry)
  - [4.2 公司新闻](#news-company)
  - [4.3 海内外大厂重点跟踪](#news-big-tech)
- [风险提示](#risks)
- [行业投资评级的说明](#ratings)
- [分析师声明](#certification)
- [特别声明](#disclaimer)

## 图表目录

- [图表 1：服务器指数 (8841058.WI) 走势](#figure-1)
- [图表 2：光模块 (CPO) 指数 (8841258.WI) 走势](#figure-2)
- [图表 3：IDC 指数 (866052.WI) 走势](#figure-3)
- [图表 4：本周通信板块景气度](#figure-4)
- [图表 5：千兆宽带用户达 2.45亿户，占比 35.3%](#figure-5)
- [图表 6：截至 2026年2月末 5G 用户占比 67.6%](#figure-6)
- [图表 7：2026年1-2月移动互联网累计流量同比增长 20.4%](#figure-7)
- [图表 8：2026年2月当月 DOU 达 19.31GB/户·月](#figure-8)
- [图表 9：5G 基站总数达 490.9万个](#figure-9)
- [图表 10：运营商核心数据](#figure-10)
- [图表 11：2026年2月光模块出口金额当月同比增长 26.57%](#figure-11)
- [图表 12：光模块核心数据](#figure-12)
- [图表 13：截至 2026年2月末蜂窝物联网终端用户达 29.21亿户](#figure-13)
- [图表 14：物联网核心数据](#figure-14)
- [图表 15：海外云厂商核心数据](#figure-15)
- [图表 16：申万一级行业周涨跌幅排序（%）](#figure-16)
- [图表 17：通信（申万）周涨跌幅前 5 与后 5个股（%）](#figure-17)
- [图表 18：通信板块个股周涨跌幅](#figure-18)

<a id="segments"></a>

## 一、细分行业观点

**服务器**：本周服务器指数 -3.25%，本月以来服务器指数 -8.49%。Arm 首次销售自研 AGI CPU，Meta 成为首个主要客户，通用算力芯片的竞争格局出现新变量；国内服务器厂商短期仍受 GPU 供给节奏影响。

<a id="figure-1"></a>

**图表 1：服务器指数 (8841058.WI) 走势**

![服务器指数 (8841058.WI) 走势](telecom-weekly-2026-W13-figure-1.svg)

来源：Wind，衡川证券研究所

**光模块**：本周光模块 (CPO) 指数 +2.43%，本月以来光模块 (CPO) 指数 +10.65%。Lumentum 认为铜缆在横向扩展中已接近物理极限，OCS 与 CPO 将承接新增的互连需求。我们判断高速光模块的需求景气仍在上行通道。

<a id="figure-2"></a>

**图表 2：光模块 (CPO) 指数 (8841258.WI) 走势**

![光模块 (CPO) 指数 (8841258.WI) 走势](telecom-weekly-2026-W13-figure-2.svg)

来源：Wind，衡川证券研究所

**IDC**：本周 IDC 指数 -2.90%，本月以来 IDC 指数 -6.55%。国产 AI 芯片客户验证顺利，若供给约束逐步缓解，国内智算中心的建设节奏有望加快，IDC 需求随之改善。

<a id="figure-3"></a>

**图表 3：IDC 指数 (866052.WI) 走势**

![IDC 指数 (866052.WI) 走势](telecom-weekly-2026-W13-figure-3.svg)

来源：Wind，衡川证券研究所

<a id="figure-4"></a>

**图表 4：本周通信板块景气度**

| 板块 | 景气度指标 | 本期景气度说明 |
| --- | --- | --- |
| 运营商 | 稳健向上 | 5G 资本开支高峰已过，传统电信业务增速放缓，云与算力业务接力增长。 |
| 光模块 | 稳健向上 | OFC 期间 OCS 的落地场景得到系统阐述，光互连需求的确定性提高。 |
| 服务器 | 稳健向上 | 海外龙头对 2027年算力需求给出乐观指引，AI 服务器订单能见度较高。 |
| 交换机 | 稳健向上 | 高速交换机持续放量，国产厂商有望在 Scale-up 网络中取得突破。 |
| 连接器 | 稳健向上 | 龙头厂商在手订单饱满，超节点架构渗透将提升单机连接器用量。 |
| IDC | 加速向上 | 国产 AI 芯片验证顺利，供给改善预期下国内智算中心建设有望提速。 |
| 物联网 | 加速向上 | AI 眼镜等新终端即将批量出货，端侧 AI 有望打开物联网模组需求。 |
| 液冷 | 高景气维持 | 海外云厂商与国内液冷企业洽谈数据中心液冷采购，板块催化不断。 |

来源：讯石光通讯，REUTERS，衡川证券研究所

<a id="core-data"></a>

## 二、核心数据更新

<a id="core-data-1"></a>

### 2.1 运营商：用户规模稳步扩大，千兆与 5G 渗透继续提升

截至 2月末，三家基础电信企业的固定互联网宽带接入用户达 6.94亿户，比上年末增加 316.7万户；其中千兆及以上接入速率用户 2.45亿户，比上年末增加 637万户，占比 35.3%，较上年末提升 0.8个百分点。5G 移动电话用户达 12.35亿户，占移动电话用户的 67.6%。

1-2月移动互联网累计流量 666.7亿GB，同比增长 20.4%；2月末移动互联网用户 16.03亿户，比上年末减少 678.6万户；2月当月 DOU 为 19.31GB/户·月。移动电话去话通话时长 3036亿分钟，同比下降 5.6%。

网络建设方面，2月末互联网宽带接入端口达 12.6亿个，比上年末增加 901.1万个；10G PON 端口 3200万个，比上年末增加 37.6万个；5G 基站总数 490.9万个，比上年末增加 7万个。

<a id="figure-5"></a>

**图表 5：千兆宽带用户达 2.45亿户，占比 35.3%**

![千兆宽带用户达 2.45亿户，占比 35.3%](telecom-weekly-2026-W13-figure-5.svg)

来源：工信部，衡川证券研究所

<a id="figure-6"></a>

**图表 6：截至 2026年2月末 5G 用户占比 67.6%**

![截至 2026年2月末 5G 用户占比 67.6%](telecom-weekly-2026-W13-figure-6.svg)

来源：工信部，衡川证券研究所

<a id="figure-7"></a>

**图表 7：2026年1-2月移动互联网累计流量同比增长 20.4%**

![2026年1-2月移动互联网累计流量同比增长 20.4%](telecom-weekly-2026-W13-figure-7.svg)

来源：工信部，衡川证券研究所

<a id="figure-8"></a>

**图表 8：2026年2月当月 DOU 达 19.31GB/户·月**

![2026年2月当月 DOU 达 19.31GB/户·月](telecom-weekly-2026-W13-figure-8.svg)

来源：工信部，衡川证券研究所

<a id="figure-9"></a>

**图表 9：5G 基站总数达 490.9万个**

![5G 基站总数达 490.9万个](telecom-weekly-2026-W13-figure-9.svg)

来源：工信部，衡川证券研究所

<a id="figure-10"></a>

**图表 10：运营商核心数据**

| 指标 | 数值 | 变化 | 口径 | 期间 |
| --- | ---: | ---: | --- | --- |
| 电信业务收入（累计） | 2904亿元 | -1.7% | 同比 | 2026年1-2月 |
| 电信业务总量增速（上年不变价） | 8.4% | — | — | 2026年1-2月 |
| 固定互联网宽带接入用户 | 6.94亿户 | +316.7万户 | 比上年末 | 2026年2月末 |
| 千兆及以上宽带用户 | 2.45亿户 | +637万户 | 比上年末 | 2026年2月末 |
| 千兆用户占比 | 35.3% | +0.8个百分点 | 比上年末 | 2026年2月末 |
| 5G 移动电话用户 | 12.35亿户 | — | — | 2026年2月末 |
| 5G 用户占移动电话用户比例 | 67.6% | — | — | 2026年2月末 |
| 移动互联网累计流量 | 666.7亿GB | +20.4% | 同比 | 2026年1-2月 |
| 移动互联网用户 | 16.03亿户 | -678.6万户 | 比上年末 | 2026年2月末 |
| 户均移动互联网接入流量 (DOU) | 19.31GB/户·月 | — | — | 2026年2月 |
| 移动电话去话通话时长 | 3036亿分钟 | -5.6% | 同比 | 2026年1-2月 |
| 互联网宽带接入端口 | 12.6亿个 | +901.1万个 | 比上年末 | 2026年2月末 |
| 10G PON 端口 | 3200万个 | +37.6万个 | 比上年末 | 2026年2月末 |
| 5G 基站 | 490.9万个 | +7万个 | 比上年末 | 2026年2月末 |

来源：工信部，衡川证券研究所

<a id="core-data-2"></a>

### 2.2 光模块：光模块出口金额同比高增

2026年2月我国光模块出口金额同比增长 26.57%，1-2月累计同比增长 17.74%，海外 AI 建设对高速光模块的拉动仍在延续。

<a id="figure-11"></a>

**图表 11：2026年2月光模块出口金额当月同比增长 26.57%**

![2026年2月光模块出口金额当月同比增长 26.57%](telecom-weekly-2026-W13-figure-11.svg)

来源：Wind，衡川证券研究所

<a id="figure-12"></a>

**图表 12：光模块核心数据**

| 指标 | 数值 | 变化 | 口径 | 期间 |
| --- | ---: | ---: | --- | --- |
| 光模块出口金额当月同比 | 26.57% | — | — | 2026年2月 |
| 光模块出口金额累计同比 | 17.74% | — | — | 2026年1-2月 |

来源：Wind，衡川证券研究所

<a id="core-data-3"></a>

### 2.3 物联网：连接数稳步增长，模组出货恢复正增长

截至 2月末，三家基础电信企业的蜂窝物联网终端用户达 29.21亿户，比上年末增加 3308万户；IPTV（含 OTT）用户 4.1亿户，比上年末增加 167.3万户。2025年全球蜂窝物联网模组出货量同比增长 15%，行业需求温和修复。

<a id="figure-13"></a>

**图表 13：截至 2026年2月末蜂窝物联网终端用户达 29.21亿户**

![截至 2026年2月末蜂窝物联网终端用户达 29.21亿户](telecom-weekly-2026-W13-figure-13.svg)

来源：工信部，衡川证券研究所

<a id="figure-14"></a>

**图表 14：物联网核心数据**

| 指标 | 数值 | 变化 | 口径 | 期间 |
| --- | ---: | ---: | --- | --- |
| 蜂窝物联网终端用户 | 29.21亿户 | +3308万户 | 比上年末 | 2026年2月末 |
| IPTV（含 OTT）用户 | 4.1亿户 | +167.3万户 | 比上年末 | 2026年2月末 |
| 全球蜂窝物联网模组出货量同比 | 15% | — | — | 2025年 |

来源：工信部，C114 通信网，衡川证券研究所

<a id="core-data-4"></a>

### 2.4 海外云厂商：北美云厂商资本开支维持高增

4Q25 微软、谷歌、Meta、亚马逊的资本开支分别为 299亿美元、279亿美元、214亿美元、395亿美元，同比分别 +89%、+95%、+48%、+42%，AI 基础设施投入仍是主要驱动。

<a id="figure-15"></a>

**图表 15：海外云厂商核心数据**

| 指标 | 数值 | 变化 | 口径 | 期间 |
| --- | ---: | ---: | --- | --- |
| 微软资本开支 | 299亿美元 | +89% | 同比 | 4Q25 |
| 谷歌资本开支 | 279亿美元 | +95% | 同比 | 4Q25 |
| Meta 资本开支 | 214亿美元 | +48% | 同比 | 4Q25 |
| 亚马逊资本开支 | 395亿美元 | +42% | 同比 | 4Q25 |

来源：公司公告，衡川证券研究所

<a id="market"></a>

## 三、本周行情

回顾本周行情（3月23日-3月27日），参考申万一级行业划分，通信板块涨跌幅为 -1.42%，在 31个行业中排名第22。

<a id="figure-16"></a>

**图表 16：申万一级行业周涨跌幅排序（%）**

![申万一级行业周涨跌幅排序（%）](telecom-weekly-2026-W13-figure-16.svg)

来源：Wind，衡川证券研究所

从个股情况来看，本周光库科技、德科立、长盈通、亨通光电、铭普光磁为通信（申万）涨幅前 5，涨跌幅分别为 +18.72%、+16.38%、+15.67%、+13.89%、+13.81%；通信（申万）跌幅前 5 为剑桥科技、武汉凡谷、鼎通科技、国盾量子、世嘉科技，涨跌幅分别为 -9.36%、-9.91%、-14.10%、-14.15%、-18.96%。

<a id="figure-17"></a>

**图表 17：通信（申万）周涨跌幅前 5 与后 5个股（%）**

![通信（申万）周涨跌幅前 5 与后 5个股（%）](telecom-weekly-2026-W13-figure-17.svg)

来源：Wind，衡川证券研究所

<a id="figure-18"></a>

**图表 18：通信板块个股周涨跌幅**

| 排名 | 涨幅前列 | 周涨跌幅 | 跌幅前列 | 周涨跌幅 |
| ---: | --- | ---: | --- | ---: |
| 1 | 光库科技 (300620.SZ) | +18.72% | 剑桥科技 (603083.SH) | -9.36% |
| 2 | 德科立 (688205.SH) | +16.38% | 武汉凡谷 (002194.SZ) | -9.91% |
| 3 | 长盈通 (688143.SH) | +15.67% | 鼎通科技 (688668.SH) | -14.10% |
| 4 | 亨通光电 (600487.SH) | +13.89% | 国盾量子 (688027.SH) | -14.15% |
| 5 | 铭普光磁 (002902.SZ) | +13.81% | 世嘉科技 (002796.SZ) | -18.96% |

来源：Wind，衡川证券研究所

<a id="news"></a>

## 四、本周重要新闻

<a id="news-industry"></a>

### 4.1 行业新闻

3月24日 中国信科集团宣布实现 2.5 Pb/s、24芯光纤的超大容量实时传输，创下新的世界纪录，相关成果将用于数据中心互联和骨干网。 来源：科创板日报

3月25日 黑龙江电信发布室外光缆应急采购公告，G.652D 24芯室外光缆不含税单价为 3737.43元/皮长公里，约合 155.73元/芯公里；此前广东电信同规格光缆的采购限价在两个月内由 1245元上调至 2500元/皮长公里，光缆价格上行明显。 来源：讯石光通讯

<a id="news-company"></a>

### 4.2 公司新闻

#### 阿里巴巴

3月25日 据知情人士消息，华为新款 AI 芯片的客户测试进展顺利，阿里巴巴、字节跳动等公司计划采购。此前国内互联网公司对上一代昇腾芯片的大规模采用仍较谨慎。 来源：路透社

#### 腾讯

3月23日 微信推出 ClawBot 插件并支持接入 OpenClaw，聊天场景与 AI 智能体的连接进一步打通。 来源：公司公告

#### Cipher Digital

3月25日 Cipher Digital 与一家投资级超大规模租户签署为期 15年的数据中心园区租赁协议，并获得最高 2亿美元的循环信贷额度，用于补充流动性和支持扩张，公告当日盘前股价上涨近 10%。 来源：智通财经

#### Arm Holdings

3月24日 Arm 将首次销售自研芯片 AGI CPU，最高 136核、功耗 300瓦，由台积电生产，Meta 为首个主要客户。公司预计芯片业务五年后年收入约 150亿美元，连同 IP 业务总收入约 250亿美元。 来源：智通财经

#### Lumentum

3月24日 Lumentum 以 1800万美元收购 Qorvo 位于格林斯伯勒的半导体制造厂，计划两年内投产。公司 OCS 季度营收已提前突破千万美元，订单积压超过 4亿美元，预计大部分在下半年发货。 来源：讯石光通讯

#### Ciena

3月22日 Ciena 在 OFC 会前研讨中指出，OCS 的规模化需要数万个无阻塞端口和微秒级切换，800G 以上链路的损耗预算已压缩至 3–4 dB，需要低损耗收发器或相干方案。 来源：讯石光通讯

<a id="news-big-tech"></a>

### 4.3 海内外大厂重点跟踪

#### 字节跳动

3月24日 火山引擎日均大模型调用量已超过 100万亿 Tokens，春节后不到两个月增长超过 60%，个人用户的 Token 消耗也明显上升。 来源：晚点 LatePost

#### 月之暗面

3月26日 月之暗面正处于评估赴港上市的早期阶段，并寻求最高 10亿美元的新一轮私募融资，对应估值约 180亿美元；上市时间尚未确定。 来源：彭博

#### Google

3月26日 谷歌推出 TurboQuant 压缩算法，可在不重新训练模型的情况下将键值缓存压缩至 3 bit，实现约 6倍内存压缩；在 H100 上最高提速约 8倍，并可用于向量检索。 来源：财联社

#### OpenAI

3月26日 ChatGPT 广告业务上线约 6周，年化收入已超过 1亿美元，目前仅覆盖不到 20% 的美国免费版与 Go 版用户。 来源：The Information

#### Microsoft

3月25日 微软同意租用得克萨斯州一处原由甲骨文与 OpenAI 洽谈的数据中心项目，并与英伟达合作推出面向核电项目全生命周期的 AI 工具。 来源：彭博

<a id="risks"></a>

## 风险提示

**1、AI 商业化进度低于预期**：AI 应用的收费模式仍在摸索中，若付费意愿或使用量增长慢于预期，算力与网络投资可能放缓，相关公司的订单与盈利随之承压。

**2、技术迭代不及预期**：光互连、液冷、高速交换等技术仍在快速演进，若关键技术的良率、可靠性或标准化进度落后，产品放量时点可能推迟。

**3、供应链集中与原材料短缺**：光芯片、高端 GPU 与光纤预制棒等环节供应商集中，若出现产能不足、价格大幅上涨或交付中断，下游扩产与利润率将受影响。

**4、贸易与出口管制政策变化**：关税或出口管制政策若进一步收紧，可能影响海外订单、关键器件采购与海外业务的盈利能力。

**5、行业竞争加剧**：新进入者增加与价格竞争可能压缩毛利率，技术路线更替也可能使部分公司的既有产品较快失去竞争力。

<a id="ratings"></a>

## 行业投资评级的说明

评级基准：未来 3–6个月相对沪深 300 指数的表现。

- **买入**：预计未来 3–6个月内，行业指数相对沪深 300 指数的超额收益在 15% 以上。
- **增持**：预计未来 3–6个月内，行业指数相对沪深 300 指数的超额收益在 5% 至 15% 之间。
- **中性**：预计未来 3–6个月内，行业指数相对沪深 300 指数的表现在 -5% 至 5% 之间。
- **减持**：预计未来 3–6个月内，行业指数相对沪深 300 指数的表现落后 5% 以上。

<a id="certification"></a>

## 分析师声明

本报告署名分析师均在中国证券业协会登记为证券分析师，具备证券投资咨询执业资格。报告中的观点与判断由署名分析师依据公开信息独立形成，如实反映其本人的研究意见；分析师的薪酬与本报告中的任何具体观点或投资建议无关，也不因此获得任何形式的补偿。

<a id="disclaimer"></a>

## 特别声明

衡川证券股份有限公司具备中国证券监督管理委员会核准的证券投资咨询业务资格。

本报告的数据与信息取自 Wind、工业和信息化部、海关总署、上市公司公告与主流财经媒体等公开渠道，每张图表下方注明其来源。

本报告由衡川证券股份有限公司（以下简称“本公司”）研究所编制，仅供本公司符合适当性要求的客户参考使用。本公司不因任何人收到本报告而视其为本公司的客户。

本报告所载信息来源于公开资料及本公司认为可靠的渠道，但本公司不对其准确性、完整性或及时性作出任何保证。报告中的观点、结论和建议仅反映研究人员在发布之日的判断，可能随市场变化而调整，恕不另行通知。

本报告不构成对任何人的投资建议，也未考虑个别投资者的投资目标、财务状况或特殊需求。投资者应独立判断并自行承担投资风险，必要时咨询专业顾问。本公司及研究人员不对因使用本报告而产生的任何损失承担责任。

本公司及其关联机构可能持有本报告所提及公司的证券，并可能为这些公司提供或争取提供投资银行、财务顾问等服务。投资者应当关注上述可能存在的利益冲突。

本报告版权归本公司所有。未经本公司书面许可，任何机构和个人不得以任何形式复制、转载、刊登或修改本报告的全部或部分内容；经许可引用时须注明出处为衡川证券研究所，且不得作有悖原意的删改。

本报告仅在中华人民共和国境内（不含港澳台地区）发布。

本报告发布时间：2026年3月27日 07:30

### 联系我们

**上海** 电话：021-6000 1000；邮箱：research-sh@hcresearch.example；邮编：200120；地址：上海市浦东新区示例大道 100号 20楼

**北京** 电话：010-6000 2000；邮箱：research-bj@hcresearch.example；邮编：100032；地址：北京市西城区示例街 8号 12层

**深圳** 电话：0755-6000 3000；邮箱：research-sz@hcresearch.example；邮编：518048；地址：深圳市福田区示例路 2000号 18楼


╔═ markdown/monthly ═╗
# 通信行业研究 · 行业月报

证券研究报告 · 衡川证券股份有限公司 · 通信组 · 2026年3月31日

**买入（维持评级）**

分析师：林知远 · 执业证书编号：S0990524070001 · 邮箱：linzhiyuan@hcresearch.example

分析师：苏晓岚 · 执业证书编号：S0990525030002 · 邮箱：suxiaolan@hcresearch.example

## AI 应用流量继续扩张，推理需求外溢至光互连与算力网络

### 投资逻辑

**光模块**：海外云厂商的资本开支指引仍在上修，800G 进入放量中段，1.6T 的送样与小批量交付提前。我们认为推理侧带宽需求的增长斜率已不低于训练侧，光模块的景气在 2026年内有望延续。

**运营商**：三家运营商的智算规模继续扩张，云与算力收入占比提升，分红与回购的确定性仍是板块估值的锚。传统业务增速放缓对利润的拖累正在减弱。

**算力与 IDC**：国产 AI 芯片的客户验证进展顺利，智算中心的建设节奏有望加快；液冷与高速连接器的单机价值量随超节点架构渗透而提升。

**AI 应用**：国内外头部 AI 应用的访问量保持环比增长，个人助手与搜索仍是流量最集中的两类，视频生成工具的迭代加快。我们建议关注调用量增长带来的推理算力需求。

### 风险提示

AI 商业化进度低于预期、技术迭代不及预期、供应链集中与原材料短缺、行业竞争加剧。

## 内容目录

- [1\. AI 应用月度数据跟踪](#ai-apps)
  - [1.1 全球市场 AI 应用情况](#ai-apps-1)
  - [1.2 国内市场 AI 应用情况](#ai-apps-2)
- [2\. 行情回顾](#market)
- [3\. 行业新闻与公司公告](#news)
  - [3.1 海外大模型与算力进展](#news-1)
  - [3.2 国内 AI 行业动态](#news-2)
- [4\. 投资建议](#advice)
- [5\. 风险提示](#risks)
- [行业投资评级的说明](#ratings)
- [分析师声明](#certification)
- [特别声明](#disclaimer)

## 图表目录

- [图表 1：2026年2月全球访问量居前的 AI 应用（亿次）](#figure-1)
- [图表 2：全球访问量 Top50 AI 应用的类别分布（%）](#figure-2)
- [图表 3：数据平台的应用访问榜单（截图）](#figure-3)
- [图表 4：2026年2月国内访问量居前的 AI 应用](#figure-4)
- [图表 5：年初以来通信（申万）指数与沪深 300 累计涨跌幅](#figure-5)
- [图表 6：3月通信板块涨跌幅前五的公司](#figure-6)
- [图表 7：通信板块重点公司公告](#figure-7)

<a id="ai-apps"></a>

## 1\. AI 应用月度数据跟踪

<a id="ai-apps-1"></a>

### 1.1 全球市场 AI 应用情况

2026年2月全球访问量居前的 AI 应用仍以头部平台的通用助手为主，ChatGPT 的月访问量约 52亿次，领先优势稳定；搜索类应用 Perplexity 与 Bing 的访问量环比继续提升。从类别看，个人聊天与助手类占 Top50 访问量的近一半，搜索类约占四分之一。

<a id="figure-1"></a>

**图表 1：2026年2月全球访问量居前的 AI 应用（亿次）**

![2026年2月全球访问量居前的 AI 应用（亿次）](telecom-monthly-2026-03-figure-1.svg)

来源：SimilarWeb，衡川证券研究所

<a id="figure-2"></a>

**图表 2：全球访问量 Top50 AI 应用的类别分布（%）**

![全球访问量 Top50 AI 应用的类别分布（%）](telecom-monthly-2026-03-figure-2.svg)

来源：SimilarWeb，衡川证券研究所

<a id="figure-3"></a>

**图表 3：数据平台的应用访问榜单（截图）**

![数据平台的应用访问榜单（截图）](telecom-monthly-2026-03-figure-3.png)

注：截图取自数据平台页面，数值为月访问量

来源：SimilarWeb，衡川证券研究所

<a id="ai-apps-2"></a>

### 1.2 国内市场 AI 应用情况

国内 AI 应用的访问量集中度较高，Kimi、文心一言与豆包居前三，访问量分别约为 2455万次、2053万次与 1351万次。视频生成与 AI 搜索类应用的增速领先，新上线的产品多以垂直场景切入。

<a id="figure-4"></a>

**图表 4：2026年2月国内访问量居前的 AI 应用**

| 排名 | 应用 | 访问量（万次） | 环比（%） |
| ---: | --- | ---: | ---: |
| 1 | Kimi | 2455 | 6.8 |
| 2 | 文心一言 | 2053 | 3.1 |
| 3 | 豆包 | 1351 | 12.4 |
| 4 | 通义 | 1102 | 9.7 |
| 5 | 智谱清言 | 846 | 5.2 |
| 6 | 海螺 AI | 712 | 18.9 |
| 7 | 天工 | 540 | -2.3 |
| 8 | 秘塔 AI 搜索 | 498 | 7.6 |

注：环比为访问量较上月的变化

来源：SimilarWeb，衡川证券研究所

<a id="market"></a>

## 2\. 行情回顾

3月通信（申万）指数累计上涨，年初以来跑赢沪深 300；板块内光模块与光器件公司涨幅居前，运营商表现平稳。

<a id="figure-5"></a>

**图表 5：年初以来通信（申万）指数与沪深 300 累计涨跌幅**

![年初以来通信（申万）指数与沪深 300 累计涨跌幅](telecom-monthly-2026-03-figure-5.svg)

来源：Wind，衡川证券研究所

<a id="figure-6"></a>

**图表 6：3月通信板块涨跌幅前五的公司**

| 排名 | 涨幅前五 | 月涨跌幅 | 跌幅前五 | 月涨跌幅 |
| :---: | --- | ---: | --- | ---: |
| 1 | 光库科技 | +41.25% | 世嘉科技 | -23.10% |
| 2 | 德科立 | +36.80% | 国盾量子 | -19.64% |
| 3 | 长盈通 | +31.42% | 鼎通科技 | -17.05% |
| 4 | 亨通光电 | +27.96% | 武汉凡谷 | -12.88% |
| 5 | 铭普光磁 | +24.33% | 剑桥科技 | -11.72% |

来源：Wind，衡川证券研究所

<a id="news"></a>

## 3\. 行业新闻与公司公告

<a id="news-1"></a>

### 3.1 海外大模型与算力进展

- **云厂商上修全年资本开支指引**

  3月中旬，多家北美云厂商在投资者会议上表示，推理负载的增长快于预期，全年资本开支指引较年初上调。

- **1.6T 光模块进入小批量交付**

  3月下旬，海外头部光模块厂商宣布 1.6T 产品完成客户认证并开始小批量交付，硅光方案占比提升。

<a id="news-2"></a>

### 3.2 国内 AI 行业动态

- **国产 AI 芯片客户测试推进**

  3月，多家互联网公司对新一代国产 AI 芯片的测试进入规模验证阶段，采购意向逐步明确。

- **运营商发布智算网络建设计划**

  3月，运营商在年度发布会上公布智算中心与算力网络的建设目标，400G 骨干网继续扩容。

<a id="figure-7"></a>

**图表 7：通信板块重点公司公告**

| 代码 | 公司 | 公告日期 | 公告内容 |
| --- | --- | --- | --- |
| 300308.SZ | 中际旭创 | 2026-03-20 | 公布年度报告，高速光模块收入占比继续提升 |
| 600941.SH | 中国移动 | 2026-03-19 | 公布年度业绩，宣布派发末期股息并披露算力网络投资计划 |
| 688498.SH | 源杰科技 | 2026-03-17 | 拟定增募资扩产高速率光芯片 |
| 300502.SZ | 新易盛 | 2026-03-12 | 与海外客户签订长期供货框架协议 |

来源：巨潮资讯，公司公告，衡川证券研究所

<a id="advice"></a>

## 4\. 投资建议

**光模块与光器件**：关注 800G 与 1.6T 放量带来的业绩弹性，以及硅光、光芯片的国产替代。

**运营商**：关注算力业务收入占比提升与高分红带来的估值修复。

**算力基础设施**：关注服务器、液冷与高速连接器在超节点架构下的量价齐升。

<a id="risks"></a>

## 5\. 风险提示

**1、AI 商业化进度低于预期**：AI 应用的收费模式仍在摸索中，若付费意愿或使用量增长慢于预期，算力与网络投资可能放缓，相关公司的订单与盈利随之承压。

**2、技术迭代不及预期**：光互连、液冷、高速交换等技术仍在快速演进，若关键技术的良率、可靠性或标准化进度落后，产品放量时点可能推迟。

**3、供应链集中与原材料短缺**：光芯片、高端 GPU 与光纤预制棒等环节供应商集中，若出现产能不足、价格大幅上涨或交付中断，下游扩产与利润率将受影响。

**4、行业竞争加剧**：新进入者增加与价格竞争可能压缩毛利率，技术路线更替也可能使部分公司的既有产品较快失去竞争力。

<a id="ratings"></a>

## 行业投资评级的说明

评级基准：未来 3–6个月相对沪深 300 指数的表现。

- **买入**：预计未来 3–6个月内，行业指数相对沪深 300 指数的超额收益在 15% 以上。
- **增持**：预计未来 3–6个月内，行业指数相对沪深 300 指数的超额收益在 5% 至 15% 之间。
- **中性**：预计未来 3–6个月内，行业指数相对沪深 300 指数的表现在 -5% 至 5% 之间。
- **减持**：预计未来 3–6个月内，行业指数相对沪深 300 指数的表现落后 5% 以上。

<a id="certification"></a>

## 分析师声明

本报告署名分析师均在中国证券业协会登记为证券分析师，具备证券投资咨询执业资格。报告中的观点与判断由署名分析师依据公开信息独立形成，如实反映其本人的研究意见；分析师的薪酬与本报告中的任何具体观点或投资建议无关，也不因此获得任何形式的补偿。

<a id="disclaimer"></a>

## 特别声明

衡川证券股份有限公司具备中国证券监督管理委员会核准的证券投资咨询业务资格。

本报告的数据与信息取自 Wind、工业和信息化部、海关总署、上市公司公告与主流财经媒体等公开渠道，每张图表下方注明其来源。

本报告由衡川证券股份有限公司（以下简称“本公司”）研究所编制，仅供本公司符合适当性要求的客户参考使用。本公司不因任何人收到本报告而视其为本公司的客户。

本报告所载信息来源于公开资料及本公司认为可靠的渠道，但本公司不对其准确性、完整性或及时性作出任何保证。报告中的观点、结论和建议仅反映研究人员在发布之日的判断，可能随市场变化而调整，恕不另行通知。

本报告不构成对任何人的投资建议，也未考虑个别投资者的投资目标、财务状况或特殊需求。投资者应独立判断并自行承担投资风险，必要时咨询专业顾问。本公司及研究人员不对因使用本报告而产生的任何损失承担责任。

本公司及其关联机构可能持有本报告所提及公司的证券，并可能为这些公司提供或争取提供投资银行、财务顾问等服务。投资者应当关注上述可能存在的利益冲突。

本报告版权归本公司所有。未经本公司书面许可，任何机构和个人不得以任何形式复制、转载、刊登或修改本报告的全部或部分内容；经许可引用时须注明出处为衡川证券研究所，且不得作有悖原意的删改。

本报告仅在中华人民共和国境内（不含港澳台地区）发布。

本报告发布时间：2026年3月31日 07:30

### 联系我们

**上海** 电话：021-6000 1000；邮箱：research-sh@hcresearch.example；邮编：200120；地址：上海市浦东新区示例大道 100号 20楼

**北京** 电话：010-6000 2000；邮箱：research-bj@hcresearch.example；邮编：100032；地址：北京市西城区示例街 8号 12层

**深圳** 电话：0755-6000 3000；邮箱：research-sz@hcresearch.example；邮编：518048；地址：深圳市福田区示例路 2000号 18楼


╔═ markdown/thematic ═╗
# 通信行业研究 · 专题报告

证券研究报告 · 京华证券股份有限公司 · 通信组 · 2025年2月10日

分析师：周明哲 · 执业证书编号：S1230523080001 · 邮箱：zhoumingzhe@jhresearch.example

分析师：何雨宁 · 执业证书编号：S1230524110003 · 邮箱：heyuning@jhresearch.example

研究助理：林书航、陈可欣

## DeepSeek 之后：推理算力、光通信与运营商的再定价

### 投资要点

**算法与工程的降本改变了算力的用法，而不是减少了算力的需求**：低成本、开源且可蒸馏的模型让更多企业能够部署推理，推理侧的调用量有望成为算力需求的主要增量。

**光通信：速率迭代仍是主线**：800G 与 1.6T 的放量节奏不因训练成本下降而放缓，LPO 与 CPO 在推理集群中的渗透值得跟踪；国产光芯片在推理侧的成本优势更为突出。

**运营商：从管道到算力网络**：流量与推理负载的增长提高了算力网络的价值，运营商的分红与资本开支结构改善，估值仍低于海外同业。

**投资建议**：关注光模块与光芯片、运营商、以及推理侧服务器与液冷；重点覆盖公司的评级见第六章。

### 风险提示

AI 商业化进度低于预期、技术迭代不及预期、供应链集中与原材料短缺、贸易与出口管制政策变化。

## 内容目录

- [一、算法与工程创新：大模型的成本曲线下移](#cost)
  - [（一）发展历程：两年内完成从通用模型到推理模型的迭代](#cost-1)
  - [（二）训练与推理成本：数量级的差距](#cost-2)
  - [（三）技术路线：工程能力与算法创新并重](#cost-3)
    - [1.3.1 混合专家与负载均衡](#cost-3-1)
    - [1.3.2 多 Token 预测与低精度训练](#cost-3-2)
    - [1.3.3 蒸馏：小模型的能力提升](#cost-3-3)
- [二、芯片：推理需求打开新的空间](#chips)
  - [（一）推理侧的 scaling law](#chips-1)
  - [（二）光芯片：国产化进程加快](#chips-2)
- [三、光通信：速率迭代的节奏不变](#optical)
  - [（一）高速光模块需求](#optical-1)
  - [（二）LPO 与 CPO：功耗约束下的新方案](#optical-2)
- [四、运营商：从流量管道到算力网络](#operators)
- [五、投资建议：硬件链条景气延续，应用端渐次展开](#advice)
  - [（一）通信板块](#advice-1)
  - [（二）电子板块](#advice-2)
- [六、重点公司评级](#companies)
- [七、风险提示](#risks)
- [投资评级的说明](#ratings)
- [分析师声明](#certification)
- [特别声明](#disclaimer)

## 图表目录

- [图 1：DeepSeek 模型迭代时间线](#figure-1)
- [图 2：每百万 Token 推理价格对比（美元）](#figure-2)
- [图 3：混合专家 (MoE) 架构示意](#figure-3)
- [图 4：推理时计算量与模型表现的关系（示意）](#figure-4)
- [表 1：光芯片按功能分类](#table-1)
- [图 5：全球光芯片市场规模（亿美元）](#figure-5)
- [图 6：400G 与 800G 光模块需求（百万美元）](#figure-6)
- [表 2：传统光模块、LPO 与 CPO 的比较](#table-2)
- [表 3：建议关注标的盈利预测-通信（截至 2025年1月31日）](#table-3)
- [表 4：建议关注标的盈利预测-电子（截至 2025年1月31日）](#table-4)
- [表 5：通信重点覆盖公司评级](#table-5)

<a id="cost"></a>

## 一、算法与工程创新：大模型的成本曲线下移

DeepSeek 的训练与推理成本显著低于同代模型，带来的讨论集中在一个问题上：成本下降会减少算力需求，还是让更多的应用用得起算力。我们的判断是后者，本章先梳理降本从何而来。

<a id="cost-1"></a>

### （一）发展历程：两年内完成从通用模型到推理模型的迭代

<a id="figure-1"></a>

**图 1：DeepSeek 模型迭代时间线**

![DeepSeek 模型迭代时间线](telecom-thematic-2025-02-10-deepseek-figure-1.svg)

来源：公司官网，公开资料整理，京华证券研究所

公司自 2023年发布首个通用模型起，先后推出代码、数学与混合专家模型，2025年1月发布的推理模型在多项基准测试中接近同期头部闭源模型。

<a id="cost-2"></a>

### （二）训练与推理成本：数量级的差距

公开资料显示，该模型的正式训练约使用 2048块 H800 GPU，训练成本约 557.6万美元；API 的推理价格约为每百万 Token 0.14美元，而同期可比闭源模型约为 7.5美元。

<a id="figure-2"></a>

**图 2：每百万 Token 推理价格对比（美元）**

![每百万 Token 推理价格对比（美元）](telecom-thematic-2025-02-10-deepseek-figure-2.svg)

来源：公司官网，京华证券研究所

<a id="figure-3"></a>

**图 3：混合专家 (MoE) 架构示意**

![混合专家 (MoE) 架构示意](telecom-thematic-2025-02-10-deepseek-figure-3.svg)

来源：公开论文，京华证券研究所

<a id="cost-3"></a>

### （三）技术路线：工程能力与算法创新并重

<a id="cost-3-1"></a>

#### 1.3.1 混合专家与负载均衡

每个 Token 只激活少数专家，训练与推理的计算量随之下降；无辅助损失的负载均衡减少了专家间的性能折损。

<a id="cost-3-2"></a>

#### 1.3.2 多 Token 预测与低精度训练

- 多 Token 预测提高了训练信号的密度，也为推理时的投机解码提供了基础。

- FP8 混合精度训练降低了显存占用与通信量，对互联带宽的利用更为充分。

<a id="cost-3-3"></a>

#### 1.3.3 蒸馏：小模型的能力提升

用大模型的推理过程蒸馏出的小模型，在数学与代码任务上超过部分更大的模型，端侧部署的门槛随之下降。

<a id="chips"></a>

## 二、芯片：推理需求打开新的空间

<a id="chips-1"></a>

### （一）推理侧的 scaling law

<a id="figure-4"></a>

**图 4：推理时计算量与模型表现的关系（示意）**

![推理时计算量与模型表现的关系（示意）](telecom-thematic-2025-02-10-deepseek-figure-4.png)

来源：公开论文，京华证券研究所

推理时给模型更多的思考步骤可以持续提升表现，推理算力的需求不再只与用户数成正比，也与任务的复杂度相关。

<a id="chips-2"></a>

### （二）光芯片：国产化进程加快

<a id="table-1"></a>

**表 1：光芯片按功能分类**

| 类别 | 主要产品 | 作用 |
| --- | --- | --- |
| 激光器芯片 | DFB、EML、VCSEL | 把电信号转为光信号 |
| 探测器芯片 | PIN、APD | 把光信号转为电信号 |
| 调制器芯片 | 硅光、薄膜铌酸锂 | 把信号加载到光载波上 |

来源：公开资料整理，京华证券研究所

<a id="figure-5"></a>

**图 5：全球光芯片市场规模（亿美元）**

![全球光芯片市场规模（亿美元）](telecom-thematic-2025-02-10-deepseek-figure-5.svg)

注：2024年及以后为预测

来源：公开资料整理，京华证券研究所

<a id="optical"></a>

## 三、光通信：速率迭代的节奏不变

<a id="optical-1"></a>

### （一）高速光模块需求

推理集群同样需要高带宽的横向扩展网络。800G 光模块的需求在 2024年下半年明显放量，1.6T 预计 2025年进入小批量交付。

<a id="figure-6"></a>

**图 6：400G 与 800G 光模块需求（百万美元）**

![400G 与 800G 光模块需求（百万美元）](telecom-thematic-2025-02-10-deepseek-figure-6.svg)

来源：公开资料整理，京华证券研究所

<a id="optical-2"></a>

### （二）LPO 与 CPO：功耗约束下的新方案

<a id="table-2"></a>

**表 2：传统光模块、LPO 与 CPO 的比较**

| 方案 | 功耗 | 时延 | 可维护性 | 成熟度 |
| --- | --- | --- | --- | --- |
| 传统可插拔光模块 | 较高 | 较高 | 好 | 成熟 |
| 线性驱动可插拔 (LPO) | 低 | 低 | 好 | 验证中 |
| 共封装光学 (CPO) | 最低 | 最低 | 差 | 早期 |

来源：公开资料整理，京华证券研究所

<a id="operators"></a>

## 四、运营商：从流量管道到算力网络

运营商的现金流与分红能力持续改善，估值仍处于历史低位。推理负载的增长提高了算力网络与边缘节点的价值，我们认为运营商在 AI 时代的角色正在转变。

1) 算力网络：三家运营商的智算规模快速扩张，带动 400G 骨干网与数据中心互联投资。

2) 云与算力收入：收入占比提升，成为增长的主要来源。

3) 股东回报：分红比例逐年提高，回购计划增强确定性。

<a id="advice"></a>

## 五、投资建议：硬件链条景气延续，应用端渐次展开

<a id="advice-1"></a>

### （一）通信板块

建议关注运营商、光模块与光芯片。盈利预测与估值如下。

<a id="table-3"></a>

**表 3：建议关注标的盈利预测-通信（截至 2025年1月31日）**

| 代码 | 名称 | 总市值（亿元） | EPS（元） 2024E | EPS（元） 2025E | EPS（元） 2026E | P/E 2024E | P/E 2025E | P/E 2026E | 评级 |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
| 600941.SH | 中国移动 | 23877.77 | 6.48 | 6.86 | 7.25 | 17.13 | 16.18 | 15.31 | — |
| 600050.SH | 中国联通 | 1555.05 | 0.29 | 0.32 | 0.35 | 17.09 | 15.45 | 14.03 | — |
| 601728.SH | 中国电信 | 6460.40 | 0.36 | 0.39 | 0.41 | 19.66 | 18.25 | 17.03 | — |
| 300308.SZ | 中际旭创 | 1287.32 | 4.95 | 8.11 | 9.34 | 23.20 | 14.16 | 12.29 | 推荐 |
| 300502.SZ | 新易盛 | 891.47 | 3.50 | 6.45 | 8.55 | 35.93 | 19.50 | 14.71 | 推荐 |
| 300394.SZ | 天孚通信 | 558.40 | 2.58 | 4.16 | 5.46 | 39.08 | 24.22 | 18.48 | — |
| 002281.SZ | 光迅科技 | 384.18 | 0.98 | 1.37 | 1.72 | 49.43 | 35.30 | 28.14 | — |
| 000988.SZ | 华工科技 | 395.16 | 1.31 | 1.68 | 2.12 | 29.91 | 23.37 | 18.51 | — |
| 688498.SH | 源杰科技 | 124.44 | 0.31 | 1.27 | 2.35 | 469.71 | 114.65 | 61.96 | 谨慎推荐 |
| 688313.SH | 仕佳光子 | 88.92 | 0.12 | 0.24 | 0.37 | 167.79 | 80.62 | 52.25 | — |

注：未评级公司采用 Wind 一致预期

来源：Wind 一致预期，京华证券研究所

<a id="advice-2"></a>

### （二）电子板块

端侧 AI 的落地带动消费电子与 SoC 芯片的需求，建议关注相关产业链。

<a id="table-4"></a>

**表 4：建议关注标的盈利预测-电子（截至 2025年1月31日）**

| 代码 | 名称 | 总市值（亿元） | EPS（元） 2024E | EPS（元） 2025E | EPS（元） 2026E | P/E 2024E | P/E 2025E | P/E 2026E |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| 300433.SZ | 蓝思科技 | 1296.05 | 0.80 | 1.10 | 1.37 | 32.61 | 23.61 | 18.94 |
| 002938.SZ | 鹏鼎控股 | 938.79 | 1.55 | 1.94 | 2.21 | 26.04 | 20.82 | 18.35 |
| 688608.SH | 恒玄科技 | 476.59 | 3.24 | 4.86 | 6.58 | 122.44 | 81.74 | 60.31 |
| 603893.SH | 瑞芯微 | 689.09 | 1.22 | 1.80 | 2.48 | 134.37 | 91.57 | 66.25 |

来源：Wind 一致预期，京华证券研究所

<a id="companies"></a>

## 六、重点公司评级

<a id="table-5"></a>

**表 5：通信重点覆盖公司评级**

| 代码 | 公司 | 评级 | 评级变动 |
| --- | --- | --- | --- |
| 300308.SZ | 中际旭创 | 推荐 | 维持 |
| 300502.SZ | 新易盛 | 推荐 | 维持 |
| 600941.SH | 中国移动 | 推荐 | 维持 |
| 688498.SH | 源杰科技 | 谨慎推荐 | 首次 |

来源：京华证券研究所

<a id="risks"></a>

## 七、风险提示

**1、AI 商业化进度低于预期**：AI 应用的收费模式仍在摸索中，若付费意愿或使用量增长慢于预期，算力与网络投资可能放缓，相关公司的订单与盈利随之承压。

**2、技术迭代不及预期**：光互连、液冷、高速交换等技术仍在快速演进，若关键技术的良率、可靠性或标准化进度落后，产品放量时点可能推迟。

**3、供应链集中与原材料短缺**：光芯片、高端 GPU 与光纤预制棒等环节供应商集中，若出现产能不足、价格大幅上涨或交付中断，下游扩产与利润率将受影响。

**4、贸易与出口管制政策变化**：关税或出口管制政策若进一步收紧，可能影响海外订单、关键器件采购与海外业务的盈利能力。

<a id="ratings"></a>

## 投资评级的说明

### 行业评级

评级基准：未来 6–12个月相对沪深 300 指数的表现。

- **推荐**：预计未来 6–12个月内，行业指数表现优于沪深 300 指数 10% 以上。
- **中性**：预计未来 6–12个月内，行业指数表现相对沪深 300 指数在 -10% 至 10% 之间。
- **回避**：预计未来 6–12个月内，行业指数表现弱于沪深 300 指数 10% 以上。

### 公司评级

评级基准：未来 6–12个月公司股价相对沪深 300 指数（A 股）或恒生指数（港股）的表现。

- **推荐**：预计未来 6–12个月内，公司股价相对基准指数的涨幅在 20% 以上。
- **谨慎推荐**：预计未来 6–12个月内，公司股价相对基准指数的涨幅在 10% 至 20% 之间。
- **中性**：预计未来 6–12个月内，公司股价相对基准指数的变动在 -10% 至 10% 之间。
- **回避**：预计未来 6–12个月内，公司股价相对基准指数的跌幅在 10% 以上。

<a id="certification"></a>

## 分析师声明

本报告署名分析师均在中国证券业协会登记为证券分析师，具备证券投资咨询执业资格。报告中的观点与判断由署名分析师依据公开信息独立形成，如实反映其本人的研究意见；分析师的薪酬与本报告中的任何具体观点或投资建议无关，也不因此获得任何形式的补偿。

<a id="disclaimer"></a>

## 特别声明

京华证券股份有限公司具备中国证券监督管理委员会核准的证券投资咨询业务资格。

本报告的数据与信息取自 Wind、工业和信息化部、海关总署、上市公司公告与主流财经媒体等公开渠道，每张图表下方注明其来源。

本报告由京华证券股份有限公司（以下简称“本公司”）研究所编制，仅供本公司符合适当性要求的客户参考使用。本公司不因任何人收到本报告而视其为本公司的客户。

本报告所载信息来源于公开资料及本公司认为可靠的渠道，但本公司不对其准确性、完整性或及时性作出任何保证。报告中的观点、结论和建议仅反映研究人员在发布之日的判断，可能随市场变化而调整，恕不另行通知。

本报告不构成对任何人的投资建议，也未考虑个别投资者的投资目标、财务状况或特殊需求。投资者应独立判断并自行承担投资风险，必要时咨询专业顾问。本公司及研究人员不对因使用本报告而产生的任何损失承担责任。

本公司及其关联机构可能持有本报告所提及公司的证券，并可能为这些公司提供或争取提供投资银行、财务顾问等服务。投资者应当关注上述可能存在的利益冲突。

本报告版权归本公司所有。未经本公司书面许可，任何机构和个人不得以任何形式复制、转载、刊登或修改本报告的全部或部分内容；经许可引用时须注明出处为京华证券研究所，且不得作有悖原意的删改。

本报告仅在中华人民共和国境内（不含港澳台地区）发布。

本报告发布时间：2025年2月10日 08:00

### 联系我们

**上海** 电话：021-6100 1000；邮箱：research-sh@jhresearch.example；邮编：200120；地址：上海市浦东新区示例大道 100号 20楼

**北京** 电话：010-6000 2000；邮箱：research-bj@jhresearch.example；邮编：100032；地址：北京市西城区示例街 8号 12层

**深圳** 电话：0755-6000 3000；邮箱：research-sz@jhresearch.example；邮编：518048；地址：深圳市福田区示例路 2000号 18楼


╔═ pdf ═╗
pages: 11

outline:
- 光交换场景持续拓宽，国产 AI 芯片验证推进顺利
- 内容目录
- 一、细分行业观点
- 二、核心数据更新
  - 2.1 运营商：用户规模稳步扩大，千兆与 5G 渗透继续提升
  - 2.2 光模块：光模块出口金额同比高增
  - 2.3 物联网：连接数稳步增长，模组出货恢复正增长
  - 2.4 海外云厂商：北美云厂商资本开支维持高增
- 三、本周行情
- 四、本周重要新闻
  - 4.1 行业新闻
  - 4.2 公司新闻
  - 4.3 海内外大厂重点跟踪
- 风险提示
- 行业投资评级的说明
- 分析师声明
- 特别声明

--- page 1 ---
通信行业研究 买入（维持评级）
分析师：林知远
行业周报 · 证券研究报告 执业证书编号：S0990524070001
衡川证券股份有限公司 · 通信组 · 2026年3月27日 邮箱：linzhiyuan@hcresearch.example
 
光 交换场景持续拓宽，国产 AI 芯片验证推进顺利
通信周观点 市场表现
1) OFC 2026 前瞻研讨：NVIDIA、Lumentum、Meta 等厂商集中讨论光 通信（申万）与沪深 300 近 12个月走势
电路交换 (OCS)。我们的理解是，模型参数与推理时计算量的双重增长正
在把高带宽网络推向系统设计的中心，OCS 已在横向扩展中落地，纵向 通信（申万） 沪深 300
扩展仍待集成与可靠性问题解决。
2) Lumentum：OCS 单季营收提前突破千万美元，在手订单超过 4亿美 40%
元，公司预计到 2027年底开始交付首批 CPO 产品。光交换与共封装光学
的需求确定性在提升。 20%
3) 华为：新款 AI 芯片的客户测试进展顺利，字节跳动、阿里巴巴等有意
采购。相较上一代产品，这是国产算力供给的一次实质性进展。 0%
4) 光缆价格：黑龙江电信应急采购中，G.652D 24芯室外光缆不含税单价 2025/6 2025/9 2025/12 2026/3
达 3737.43元/皮长公里，折合约 155.73元/芯公里，光缆供给偏紧的判断
得到印证。 来源：Wind，衡川证券研究所
5) Google：发布 TurboQuant 压缩算法，无需重新训练即可把键值缓存 细分指数涨跌幅
压缩到 3 bit，内存占用约降至六分之一，H100 上最高提速约 8倍，对推
指数 本周 本月以来
理成本与存储需求的影响值得跟踪。
服务器指数 -3.25% -8.49%
6) 字节跳动：火山引擎日均大模型调用量已超过 100万亿 Tokens，春节
后不到两个月增长超 60%，国内推理需求的增长仍在加速。 光模块 (CPO) 指数 +2.43% +10.65%
7)  月之暗面：据报道正评估赴港上市，并寻求最高  10亿美元的私募融 IDC 指数 -2.90% -6.55%
资，对应估值约  180亿美元，大模型公司的资本化节奏加快。 来源：Wind，衡川证券研究所
8) Arm：首次推出自研 AGI CPU，最高 136核、功耗 300瓦，由台积电
代工，Meta 为首个大客户；公司预计五年后芯片与 IP 业务合计年收入约 本周通信（申万）-1.42%，在 31个申万一级行业
250亿美元。 中排名第22。
细分赛道
服务器：本周服务器指数 -3.25%，本月以来服务器指数 -8.49%。Arm 首次销售自研 AGI CPU，Meta 成为首个主要客户，
通用算力芯片的竞争格局出现新变量；国内服务器厂商短期仍受 GPU 供给节奏影响。
光模块：本周光模块 (CPO) 指数 +2.43%，本月以来光模块 (CPO) 指数 +10.65%。Lumentum 认为铜缆在横向扩展中已接
近物理极限，OCS 与 CPO 将承接新增的互连需求。我们判断高速光模块的需求景气仍在上行通道。
IDC：本周 IDC 指数 -2.90%，本月以来 IDC 指数 -6.55%。国产 AI 芯片客户验证顺利，若供给约束逐步缓解，国内智算中
心的建设节奏有望加快，IDC 需求随之改善。
核心数据更新
电信业务量收增速逐步改善：2026年1-2月电信业务收入累计 2904亿元，同比下降 1.7%，按上年不变价计算的电信业务总
量同比增长 8.4%。光模块出口延续高增，2月当月出口金额同比增长 26.57%，1-2月累计同比增长 17.74%。4Q25 微软、
谷歌、Meta、亚马逊资本开支分别为  299亿美元、279亿美元、214亿美元、395亿美元，同比分别  +89%、+95%、
+48%、+42%。
投资建议与估值
建议关注国内 AI 投资带动的服务器、IDC 与液冷环节，以及海外 AI 资本开支带动的光模块、OCS 与高速连接器环节。
风险提示
AI 商业化进度低于预期、技术迭代不及预期、供应链集中与原材料短缺、贸易与出口管制政策变化、行业竞争加剧。
请务必阅读正文之后的特别声明部分 第 1 页 / 共 11 页

--- page 2 ---
衡川证券 · 通信行业周报 证券研究报告 · 2026年3月27日
内 容目录
一、细分行业观点 3
二、核心数据更新 4
2.1 运营商：用户规模稳步扩大，千兆与 5G 渗透继续提升 4
2.2 光模块：光模块出口金额同比高增 6
2.3 物联网：连接数稳步增长，模组出货恢复正增长 7
2.4 海外云厂商：北美云厂商资本开支维持高增 7
三、本周行情 8
四、本周重要新闻 9
4.1 行业新闻 9
4.2 公司新闻 9
4.3 海内外大厂重点跟踪 10
风险提示 10
行业投资评级的说明 11
分析师声明 11
特别声明 11
 
图 表目录
图表 1：服务器指数 (8841058.WI) 走势 3
图表 2：光模块 (CPO) 指数 (8841258.WI) 走势 3
图表 3：IDC 指数 (866052.WI) 走势 4
图表 4：本周通信板块景气度 4
图表 5：千兆宽带用户达 2.45亿户，占比 35.3% 5
图表 6：截至 2026年2月末 5G 用户占比 67.6% 5
图表 7：2026年1-2月移动互联网累计流量同比增长 20.4% 5
图表 8：2026年2月当月 DOU 达 19.31GB/户·月 5
图表 9：5G 基站总数达 490.9万个 5
图表 10：运营商核心数据 6
图表 11：2026年2月光模块出口金额当月同比增长 26.57% 6
图表 12：光模块核心数据 6
图表 13：截至 2026年2月末蜂窝物联网终端用户达 29.21亿户 7
图表 14：物联网核心数据 7
图表 15：海外云厂商核心数据 7
图表 16：申万一级行业周涨跌幅排序（%） 8
图表 17：通信（申万）周涨跌幅前 5 与后 5个股（%） 9
图表 18：通信板块个股周涨跌幅 9
请务必阅读正文之后的特别声明部分 第 2 页 / 共 11 页

--- page 3 ---
衡川证券 · 通信行业周报 证券研究报告 · 2026年3月27日
一 、细分行业观点
 
服务器：本周服务器指数 -3.25%，本月以来服务器指数 -8.49%。Arm 首次销售自研 AGI CPU，Meta 成为首
个主要客户，通用算力芯片的竞争格局出现新变量；国内服务器厂商短期仍受 GPU 供给节奏影响。
图表 1：服务器指数 (8841058.WI) 走势
5,400
5,300
5,200
5,100
5,000
4,900
4,800
1/7 1/14 1/21 1/28 2/4 2/11 2/18 2/25 3/4 3/11 3/18 3/25
来源：Wind，衡川证券研究所
 
光模块：本周光模块 (CPO) 指数 +2.43%，本月以来光模块 (CPO) 指数 +10.65%。Lumentum 认为铜缆在横
向扩展中已接近物理极限，OCS 与 CPO 将承接新增的互连需求。我们判断高速光模块的需求景气仍在上行
通道。
图表 2：光模块 (CPO) 指数 (8841258.WI) 走势
10,000
9,500
9,000
8,500
8,000
1/7 1/14 1/21 1/28 2/4 2/11 2/18 2/25 3/4 3/11 3/18 3/25
来源：Wind，衡川证券研究所
 
IDC：本周 IDC 指数 -2.90%，本月以来 IDC 指数 -6.55%。国产 AI 芯片客户验证顺利，若供给约束逐步缓解，
国内智算中心的建设节奏有望加快，IDC 需求随之改善。
请务必阅读正文之后的特别声明部分 第 3 页 / 共 11 页

--- page 4 ---
衡川证券 · 通信行业周报 证券研究报告 · 2026年3月27日
图表 3：IDC 指数 (866052.WI) 走势
3,150
3,100
3,050
3,000
2,950
2,900
1/7 1/14 1/21 1/28 2/4 2/11 2/18 2/25 3/4 3/11 3/18 3/25
来源：Wind，衡川证券研究所
图表 4：本周通信板块景气度
板块 景气度指标 本期景气度说明
运营商 稳健向上 5G 资本开支高峰已过，传统电信业务增速放缓，云与算力业务接力增长。
光模块 稳健向上 OFC 期间 OCS 的落地场景得到系统阐述，光互连需求的确定性提高。
服务器 稳健向上 海外龙头对 2027年算力需求给出乐观指引，AI 服务器订单能见度较高。
交换机 稳健向上 高速交换机持续放量，国产厂商有望在 Scale-up 网络中取得突破。
连接器 稳健向上 龙头厂商在手订单饱满，超节点架构渗透将提升单机连接器用量。
IDC 加速向上 国产 AI 芯片验证顺利，供给改善预期下国内智算中心建设有望提速。
物联网 加速向上 AI 眼镜等新终端即将批量出货，端侧 AI 有望打开物联网模组需求。
液冷 高景气维持 海外云厂商与国内液冷企业洽谈数据中心液冷采购，板块催化不断。
 
来源：讯石光通讯，REUTERS，衡川证券研究所
 
 
二 、核心数据更新
 
2  .1 运营商：用户规模稳步扩大，千兆与 5G 渗透继续提升
截至 2月末，三家基础电信企业的固定互联网宽带接入用户达 6.94亿户，比上年末增加 316.7万户；其中千兆
及以上接入速率用户 2.45亿户，比上年末增加 637万户，占比 35.3%，较上年末提升 0.8个百分点。5G 移动电
话 用户达 12.35亿户，占移动电话用户的 67.6%。
1-2月移动互联网累计流量 666.7亿GB，同比增长 20.4%；2月末移动互联网用户 16.03亿户，比上年末减少
6 78.6万户；2月当月 DOU 为 19.31GB/户·月。移动电话去话通话时长 3036亿分钟，同比下降 5.6%。
网络建设方面，2月末互联网宽带接入端口达 12.6亿个，比上年末增加 901.1万个；10G PON 端口 3200万个，
比上年末增加 37.6万个；5G 基站总数 490.9万个，比上年末增加 7万个。
请务必阅读正文之后的特别声明部分 第 4 页 / 共 11 页

--- page 5 ---
衡川证券 · 通信行业周报 证券研究报告 · 2026年3月27日
图表 5：千兆宽带用户达 2.45亿户，占比 35.3% 图表 6：截至 2026年2月末 5G 用户占比 67.6%
千兆及以上宽带用户（亿户） 同比（%） 5G 移动电话用户（亿户） 同比（%）
2.5 30 24
2 10
25 22
1.5
1 5 20
20
0.5 18
0 15 0
2025-02
2025-03
2025-04
2025-05
2025-06
2025-07
2025-08
2025-09
2025-10
2025-11
2025-12
2026-02
2025-02
2025-03
2025-04
2025-05
2025-06
2025-07
2025-08
2025-09
2025-10
2025-11
2025-12
2026-02
来源：工信部，衡川证券研究所 来源：工信部，衡川证券研究所
图表 7：2026年1-2月移动互联网累计流量同比增长 20.4% 图表 8：2026年2月当月 DOU 达 19.31GB/户·月
移动互联网累计流量（亿 GB） 同比（%） 户均移动互联网接入流量 (DOU)（GB/户·月）
同比（%）
3,000 20
20
19 15 11
2,000
18 10 10.5
1,000 17 5 10
0 16 0 9.5
2025-02
2025-03
2025-04
2025-05
2025-06
2025-07
2025-08
2025-09
2025-10
2025-11
2025-12
2026-02
2025-02
2025-03
2025-04
2025-05
2025-06
2025-07
2025-08
2025-09
2025-10
2025-11
2025-12
2026-02
来源：工信部，衡川证券研究所 来源：工信部，衡川证券研究所
图表 9：5G 基站总数达 490.9万个
5G 基站（万个） 同比（%）
500 28
26
400
24
300 22
20
200
18
100 16
14
0
2025-02
2025-03
2025-04
2025-05
2025-06
2025-07
2025-08
2025-09
2025-10
2025-11
2025-12
2026-02
来源：工信部，衡川证券研究所
请务必阅读正文之后的特别声明部分 第 5 页 / 共 11 页

--- page 6 ---
衡川证券 · 通信行业周报 证券研究报告 · 2026年3月27日
图表 10：运营商核心数据
指标 数值 变化 口径 期间
电信业务收入（累计） 2904亿元 -1.7% 同比 2026年1-2月
电信业务总量增速（上年不变价） 8.4% — — 2026年1-2月
固定互联网宽带接入用户 6.94亿户 +316.7万户 比上年末 2026年2月末
千兆及以上宽带用户 2.45亿户 +637万户 比上年末 2026年2月末
千兆用户占比 35.3% +0.8个百分点 比上年末 2026年2月末
5G 移动电话用户 12.35亿户 — — 2026年2月末
5G 用户占移动电话用户比例 67.6% — — 2026年2月末
移动互联网累计流量 666.7亿GB +20.4% 同比 2026年1-2月
移动互联网用户 16.03亿户 -678.6万户 比上年末 2026年2月末
户均移动互联网接入流量 (DOU) 19.31GB/户·月 — — 2026年2月
移动电话去话通话时长 3036亿分钟 -5.6% 同比 2026年1-2月
互联网宽带接入端口 12.6亿个 +901.1万个 比上年末 2026年2月末
10G PON 端口 3200万个 +37.6万个 比上年末 2026年2月末
5G 基站 490.9万个 +7万个 比上年末 2026年2月末
 
来源：工信部，衡川证券研究所
 
 
2  .2 光模块：光模块出口金额同比高增
2026年2月我国光模块出口金额同比增长 26.57%，1-2月累计同比增长 17.74%，海外 AI 建设对高速光模块的
拉动仍在延续。
图表 11：2026年2月光模块出口金额当月同比增长 26.57%
光模块出口金额当月同比（%）
40
30
20
10
0
2025-02
2025-03
2025-04
2025-05
2025-06
2025-07
2025-08
2025-09
2025-10
2025-11
2025-12
2026-01
2026-02
来源：Wind，衡川证券研究所
图表 12：光模块核心数据
指标 数值 变化 口径 期间
光模块出口金额当月同比 26.57% — — 2026年2月
光模块出口金额累计同比 17.74% — — 2026年1-2月
 
来源：Wind，衡川证券研究所
 
请务必阅读正文之后的特别声明部分 第 6 页 / 共 11 页

--- page 7 ---
衡川证券 · 通信行业周报 证券研究报告 · 2026年3月27日
2  .3 物联网：连接数稳步增长，模组出货恢复正增长
截至  2月末，三家基础电信企业的蜂窝物联网终端用户达  29.21亿户，比上年末增加  3308万户；IPTV（含
OTT）用户 4.1亿户，比上年末增加 167.3万户。2025年全球蜂窝物联网模组出货量同比增长 15%，行业需求
温和修复。
图表 13：截至 2026年2月末蜂窝物联网终端用户达 29.21亿户
蜂窝物联网终端用户（亿户） 同比（%）
30
12
25
20 11
15 10
10
9
5
0 8
2025-02
2025-03
2025-04
2025-05
2025-06
2025-07
2025-08
2025-09
2025-10
2025-11
2025-12
2026-02
来源：工信部，衡川证券研究所
图表 14：物联网核心数据
指标 数值 变化 口径 期间
蜂窝物联网终端用户 29.21亿户 +3308万户 比上年末 2026年2月末
IPTV（含 OTT）用户 4.1亿户 +167.3万户 比上年末 2026年2月末
全球蜂窝物联网模组出货量同比 15% — — 2025年
 
来源：工信部，C114 通信网，衡川证券研究所
 
 
2  .4 海外云厂商：北美云厂商资本开支维持高增
4Q25 微软、谷歌、Meta、亚马逊的资本开支分别为 299亿美元、279亿美元、214亿美元、395亿美元，同比
分别 +89%、+95%、+48%、+42%，AI 基础设施投入仍是主要驱动。
图表 15：海外云厂商核心数据
指标 数值 变化 口径 期间
微软资本开支 299亿美元 +89% 同比 4Q25
谷歌资本开支 279亿美元 +95% 同比 4Q25
Meta 资本开支 214亿美元 +48% 同比 4Q25
亚马逊资本开支 395亿美元 +42% 同比 4Q25
 
来源：公司公告，衡川证券研究所
 
请务必阅读正文之后的特别声明部分 第 7 页 / 共 11 页

--- page 8 ---
衡川证券 · 通信行业周报 证券研究报告 · 2026年3月27日
三 、本周行情
 
回顾本周行情（3月23日-3月27日），参考申万一级行业划分，通信板块涨跌幅为 -1.42%，在 31个行业中排
名第22。
图表 16：申万一级行业周涨跌幅排序（%）
社会服务 +3.58
综合 +3.30
食品饮料 +2.40
轻工制造 +2.32
有色金属 +2.04
医药生物 +1.93
交通运输 +1.30
房地产 +0.87
商贸零售 +0.69
建筑材料 +0.64
钢铁 +0.59
家用电器 -0.20
建筑装饰 -0.37
纺织服饰 -0.62
电子 -0.66
公用事业 -0.67
基础化工 -0.79
汽车 -0.79
银行 -0.89
非银金融 -1.25
农林牧渔 -1.29
通信 -1.42
国防军工 -1.65
环保 -1.65
美容护理 -2.03
煤炭 -2.87
石油石化 -2.99
机械设备 -3.60
电力设备 -3.71
传媒 -4.08
计算机 -4.11
-5 -4 -3 -2 -1 0 1 2 3 4
来源：Wind，衡川证券研究所
 
从个股情况来看，本周光库科技、德科立、长盈通、亨通光电、铭普光磁为通信（申万）涨幅前 5，涨跌幅分
别为 +18.72%、+16.38%、+15.67%、+13.89%、+13.81%；通信（申万）跌幅前 5 为剑桥科技、武汉凡谷、
鼎通科技、国盾量子、世嘉科技，涨跌幅分别为 -9.36%、-9.91%、-14.10%、-14.15%、-18.96%。
请务必阅读正文之后的特别声明部分 第 8 页 / 共 11 页

--- page 9 ---
衡川证券 · 通信行业周报 证券研究报告 · 2026年3月27日
图表 17：通信（申万）周涨跌幅前 5 与后 5个股（%）
光库科技 +18.72
德科立 +16.38
长盈通 +15.67
亨通光电 +13.89
铭普光磁 +13.81
剑桥科技 -9.36
武汉凡谷 -9.91
鼎通科技 -14.10
国盾量子 -14.15
世嘉科技 -18.96
-20 -15 -10 -5 0 5 10 15 20
来源：Wind，衡川证券研究所
图表 18：通信板块个股周涨跌幅
排名 涨幅前列 周涨跌幅 跌幅前列 周涨跌幅
1 光库科技 (300620.SZ) +18.72% 剑桥科技 (603083.SH) -9.36%
2 德科立 (688205.SH) +16.38% 武汉凡谷 (002194.SZ) -9.91%
3 长盈通 (688143.SH) +15.67% 鼎通科技 (688668.SH) -14.10%
4 亨通光电 (600487.SH) +13.89% 国盾量子 (688027.SH) -14.15%
5 铭普光磁 (002902.SZ) +13.81% 世嘉科技 (002796.SZ) -18.96%
 
来源：Wind，衡川证券研究所
 
 
四 、本周重要新闻
 
4  .1 行业新闻
3月24日 中国信科集团宣布实现 2.5 Pb/s、24芯光纤的超大容量实时传输，创下新的世界纪录，相关成果将用
于 数据中心互联和骨干网。 来源：科创板日报
3月25日 黑龙江电信发布室外光缆应急采购公告，G.652D 24芯室外光缆不含税单价为 3737.43元/皮长公里，
约合 155.73元/芯公里；此前广东电信同规格光缆的采购限价在两个月内由 1245元上调至 2500元/皮长公里，
光缆价格上行明显。 来源：讯石光通讯
 
4 .2 公司新闻
 
阿 里巴巴
3月25日 据知情人士消息，华为新款 AI 芯片的客户测试进展顺利，阿里巴巴、字节跳动等公司计划采购。此
前国内互联网公司对上一代昇腾芯片的大规模采用仍较谨慎。 来源：路透社
 
腾 讯
3月23日  微信推出 ClawBot 插件并支持接入 OpenClaw，聊天场景与 AI 智能体的连接进一步打通。 来源：
公司公告
 
C ipher Digital
3月25日 Cipher Digital 与一家投资级超大规模租户签署为期 15年的数据中心园区租赁协议，并获得最高 2亿
美元的循环信贷额度，用于补充流动性和支持扩张，公告当日盘前股价上涨近 10%。 来源：智通财经
请务必阅读正文之后的特别声明部分 第 9 页 / 共 11 页

--- page 10 ---
衡川证券 · 通信行业周报 证券研究报告 · 2026年3月27日
A rm Holdings
3月24日 Arm 将首次销售自研芯片 AGI CPU，最高 136核、功耗 300瓦，由台积电生产，Meta 为首个主要客
户。公司预计芯片业务五年后年收入约 150亿美元，连同 IP 业务总收入约 250亿美元。 来源：智通财经
 
L umentum
3月24日  Lumentum 以 1800万美元收购 Qorvo 位于格林斯伯勒的半导体制造厂，计划两年内投产。公司
OCS 季度营收已提前突破千万美元，订单积压超过 4亿美元，预计大部分在下半年发货。 来源：讯石光通讯
 
C iena
3月22日 Ciena 在 OFC 会前研讨中指出，OCS 的规模化需要数万个无阻塞端口和微秒级切换，800G 以上链路
的损耗预算已压缩至 3–4 dB，需要低损耗收发器或相干方案。 来源：讯石光通讯
 
4 .3 海内外大厂重点跟踪
 
字 节跳动
3月24日 火山引擎日均大模型调用量已超过 100万亿 Tokens，春节后不到两个月增长超过 60%，个人用户的
Token 消耗也明显上升。 来源：晚点 LatePost
 
月 之暗面
3月26日  月之暗面正处于评估赴港上市的早期阶段，并寻求最高  10亿美元的新一轮私募融资，对应估值约
180亿美元；上市时间尚未确定。  来源：彭博
 
G oogle
3月26日 谷歌推出 TurboQuant 压缩算法，可在不重新训练模型的情况下将键值缓存压缩至 3 bit，实现约 6倍
内存压缩；在 H100 上最高提速约 8倍，并可用于向量检索。 来源：财联社
 
O penAI
3月26日 ChatGPT 广告业务上线约 6周，年化收入已超过 1亿美元，目前仅覆盖不到 20% 的美国免费版与 Go
版用户。 来源：The Information
 
M icrosoft
3月25日 微软同意租用得克萨斯州一处原由甲骨文与 OpenAI 洽谈的数据中心项目，并与英伟达合作推出面向
核电项目全生命周期的 AI 工具。 来源：彭博
 
风 险提示
 
1、AI 商业化进度低于预期：AI 应用的收费模式仍在摸索中，若付费意愿或使用量增长慢于预期，算力与网络
投 资可能放缓，相关公司的订单与盈利随之承压。
2、技术迭代不及预期：光互连、液冷、高速交换等技术仍在快速演进，若关键技术的良率、可靠性或标准化
进 度落后，产品放量时点可能推迟。
3、供应链集中与原材料短缺：光芯片、高端 GPU 与光纤预制棒等环节供应商集中，若出现产能不足、价格大
幅 上涨或交付中断，下游扩产与利润率将受影响。
4、贸易与出口管制政策变化：关税或出口管制政策若进一步收紧，可能影响海外订单、关键器件采购与海外
业 务的盈利能力。
请务必阅读正文之后的特别声明部分 第 10 页 / 共 11 页

--- page 11 ---
衡川证券 · 通信行业周报 证券研究报告 · 2026年3月27日
5、行业竞争加剧：新进入者增加与价格竞争可能压缩毛利率，技术路线更替也可能使部分公司的既有产品较
快失去竞争力。
 
行 业投资评级的说明
 
评 级基准：未来 3–6个月相对沪深 300 指数的表现。
买 入：预计未来 3–6个月内，行业指数相对沪深 300 指数的超额收益在 15% 以上。
增 持：预计未来 3–6个月内，行业指数相对沪深 300 指数的超额收益在 5% 至 15% 之间。
中 性：预计未来 3–6个月内，行业指数相对沪深 300 指数的表现在 -5% 至 5% 之间。
减持：预计未来 3–6个月内，行业指数相对沪深 300 指数的表现落后 5% 以上。
 
分 析师声明
 
本报告署名分析师均在中国证券业协会登记为证券分析师，具备证券投资咨询执业资格。报告中的观点与判断由署名分析师依据
公开信息独立形成，如实反映其本人的研究意见；分析师的薪酬与本报告中的任何具体观点或投资建议无关，也不因此获得任何
形式的补偿。
 
特 别声明
 
衡 川证券股份有限公司具备中国证券监督管理委员会核准的证券投资咨询业务资格。
本报告的数据与信息取自 Wind、工业和信息化部、海关总署、上市公司公告与主流财经媒体等公开渠道，每张图表下方注明其
来 源。
本报告由衡川证券股份有限公司（以下简称“本公司”）研究所编制，仅供本公司符合适当性要求的客户参考使用。本公司不因
任 何人收到本报告而视其为本公司的客户。
本报告所载信息来源于公开资料及本公司认为可靠的渠道，但本公司不对其准确性、完整性或及时性作出任何保证。报告中的观
点 、结论和建议仅反映研究人员在发布之日的判断，可能随市场变化而调整，恕不另行通知。
本报告不构成对任何人的投资建议，也未考虑个别投资者的投资目标、财务状况或特殊需求。投资者应独立判断并自行承担投资
风 险，必要时咨询专业顾问。本公司及研究人员不对因使用本报告而产生的任何损失承担责任。
本公司及其关联机构可能持有本报告所提及公司的证券，并可能为这些公司提供或争取提供投资银行、财务顾问等服务。投资者
应 当关注上述可能存在的利益冲突。
本报告版权归本公司所有。未经本公司书面许可，任何机构和个人不得以任何形式复制、转载、刊登或修改本报告的全部或部分
内 容；经许可引用时须注明出处为衡川证券研究所，且不得作有悖原意的删改。
本 报告仅在中华人民共和国境内（不含港澳台地区）发布。
本报告发布时间：2026年3月27日 07:30
 
联 系我们
上海 北京 深圳
电话：021-6000 1000 电话：010-6000 2000 电话：0755-6000 3000
邮箱：research-sh@hcresearch.example 邮箱：research-bj@hcresearch.example 邮箱：research-sz@hcresearch.example
邮编：200120 邮编：100032 邮编：518048
地址：上海市浦东新区示例大道 100号 20楼 地址：北京市西城区示例街 8号 12层 地址：深圳市福田区示例路 2000号 18楼
请务必阅读正文之后的特别声明部分 第 11 页 / 共 11 页

╔═ pdf/monthly ═╗
pages: 6

outline:
- AI 应用流量继续扩张，推理需求外溢至光互连与算力网络
- 内容目录
- 1. AI 应用月度数据跟踪
  - 1.1 全球市场 AI 应用情况
  - 1.2 国内市场 AI 应用情况
- 2. 行情回顾
- 3. 行业新闻与公司公告
  - 3.1 海外大模型与算力进展
  - 3.2 国内 AI 行业动态
- 4. 投资建议
- 5. 风险提示
- 行业投资评级的说明
- 分析师声明
- 特别声明

--- page 1 ---
通信行业研究 买入（维持评级）
分析师：林知远
行业月报 · 证券研究报告 执业证书编号：S0990524070001
衡川证券股份有限公司 · 通信组 · 2026年3月31日 邮箱：linzhiyuan@hcresearch.example
分析师：苏晓岚
执业证书编号：S0990525030002
邮箱：suxiaolan@hcresearch.example
 
A I 应用流量继续扩张，推理需求外溢至光互连与算力网络
 
投  资逻辑
光模块：海外云厂商的资本开支指引仍在上修，800G 进入放量中段，1.6T 的送样与小批量交付提前。我们认为推理侧带
宽 需求的增长斜率已不低于训练侧，光模块的景气在 2026年内有望延续。
运营商：三家运营商的智算规模继续扩张，云与算力收入占比提升，分红与回购的确定性仍是板块估值的锚。传统业务增
速 放缓对利润的拖累正在减弱。
算力与 IDC：国产 AI 芯片的客户验证进展顺利，智算中心的建设节奏有望加快；液冷与高速连接器的单机价值量随超节点
架 构渗透而提升。
AI 应用：国内外头部 AI 应用的访问量保持环比增长，个人助手与搜索仍是流量最集中的两类，视频生成工具的迭代加快。
我 们建议关注调用量增长带来的推理算力需求。
风  险提示
AI 商业化进度低于预期、技术迭代不及预期、供应链集中与原材料短缺、行业竞争加剧。
请务必阅读正文之后的特别声明部分 第 1 页 / 共 6 页

--- page 2 ---
衡川证券 · 通信行业月报 证券研究报告 · 2026年3月31日
内 容目录
1. AI 应用月度数据跟踪 3
1.1 全球市场 AI 应用情况 3
1.2 国内市场 AI 应用情况 3
2. 行情回顾 4
3. 行业新闻与公司公告 5
3.1 海外大模型与算力进展 5
3.2 国内 AI 行业动态 5
4. 投资建议 5
5. 风险提示 5
行业投资评级的说明 6
分析师声明 6
特别声明 6
 
图 表目录
图表 1：2026年2月全球访问量居前的 AI 应用（亿次） 3
图表 2：全球访问量 Top50 AI 应用的类别分布（%） 3
图表 3：数据平台的应用访问榜单（截图） 3
图表 4：2026年2月国内访问量居前的 AI 应用 4
图表 5：年初以来通信（申万）指数与沪深 300 累计涨跌幅 4
图表 6：3月通信板块涨跌幅前五的公司 4
图表 7：通信板块重点公司公告 5
请务必阅读正文之后的特别声明部分 第 2 页 / 共 6 页

--- page 3 ---
衡川证券 · 通信行业月报 证券研究报告 · 2026年3月31日
1 . AI 应用月度数据跟踪
 
1  .1 全球市场 AI 应用情况
2026年2月全球访问量居前的 AI 应用仍以头部平台的通用助手为主，ChatGPT 的月访问量约 52亿次，领先优
势稳定；搜索类应用 Perplexity 与 Bing 的访问量环比继续提升。从类别看，个人聊天与助手类占 Top50 访问
量的近一半，搜索类约占四分之一。
图表 1：2026年2月全球访问量居前的 AI 应用（亿次）
ChatGPT 52.3
Bing 14.8
Canva 9.6
Gemini 8.9
DeepL 3.2
Perplexity 2.6
Character.AI 2.1
Claude 1.9
Kimi 0.98
豆包 0.86
0 5 10 15 20 25 30 35 40 45 50 55
来源：SimilarWeb，衡川证券研究所
图表 2：全球访问量 Top50 AI 应用的类别分布（%） 图表 3：数据平台的应用访问榜单（截图）
其他 11.1%
办公工具 4.6%
个人聊天与助手 
图像与设计 11.9% 47.4%
搜索 25.1%
注：截图取自数据平台页面，数值为月访问量
来源：SimilarWeb，衡川证券研究所
来源：SimilarWeb，衡川证券研究所
 
1  .2 国内市场 AI 应用情况
国内 AI 应用的访问量集中度较高，Kimi、文心一言与豆包居前三，访问量分别约为 2455万次、2053万次与
1351万次。视频生成与 AI 搜索类应用的增速领先，新上线的产品多以垂直场景切入。
请务必阅读正文之后的特别声明部分 第 3 页 / 共 6 页

--- page 4 ---
衡川证券 · 通信行业月报 证券研究报告 · 2026年3月31日
图表 4：2026年2月国内访问量居前的 AI 应用
排名 应用 访问量（万次） 环比（%）
1 Kimi 2455 6.8
2 文心一言 2053 3.1
3 豆包 1351 12.4
4 通义 1102 9.7
5 智谱清言 846 5.2
6 海螺 AI 712 18.9
7 天工 540 -2.3
8 秘塔 AI 搜索 498 7.6
 
注 ：环比为访问量较上月的变化
来源：SimilarWeb，衡川证券研究所
 
 
2 . 行情回顾
 
3月通信（申万）指数累计上涨，年初以来跑赢沪深 300；板块内光模块与光器件公司涨幅居前，运营商表现
平稳。
图表 5：年初以来通信（申万）指数与沪深 300 累计涨跌幅
通信（申万） 沪深 300
12%
10%
8%
6%
4%
2%
0%
1/4 1/11 1/18 1/25 2/1 2/8 2/15 2/22 3/1 3/8 3/15 3/22
来源：Wind，衡川证券研究所
图表 6：3月通信板块涨跌幅前五的公司
排名 涨幅前五 月涨跌幅 跌幅前五 月涨跌幅
1 光库科技 +41.25% 世嘉科技 -23.10%
2 德科立 +36.80% 国盾量子 -19.64%
3 长盈通 +31.42% 鼎通科技 -17.05%
4 亨通光电 +27.96% 武汉凡谷 -12.88%
5 铭普光磁 +24.33% 剑桥科技 -11.72%
 
来源：Wind，衡川证券研究所
 
请务必阅读正文之后的特别声明部分 第 4 页 / 共 6 页

--- page 5 ---
衡川证券 · 通信行业月报 证券研究报告 · 2026年3月31日
3 . 行业新闻与公司公告
 
3  .1 海外大模型与算力进展
·  云厂商上修全年资本开支指引
3月中旬，多家北美云厂商在投资者会议上表示，推理负载的增长快于预期，全年资本开支指引较年初
 上调。
·  1.6T 光模块进入小批量交付
3月下旬，海外头部光模块厂商宣布 1.6T 产品完成客户认证并开始小批量交付，硅光方案占比提升。
 
3  .2 国内 AI 行业动态
·  国产 AI 芯片客户测试推进
 3月，多家互联网公司对新一代国产 AI 芯片的测试进入规模验证阶段，采购意向逐步明确。
·  运营商发布智算网络建设计划
3月，运营商在年度发布会上公布智算中心与算力网络的建设目标，400G 骨干网继续扩容。
图表 7：通信板块重点公司公告
代码 公司 公告日期 公告内容
300308.SZ 中际旭创 2026-03-20 公布年度报告，高速光模块收入占比继续提升
600941.SH 中国移动 2026-03-19 公布年度业绩，宣布派发末期股息并披露算力网络投资
计划
688498.SH 源杰科技 2026-03-17 拟定增募资扩产高速率光芯片
300502.SZ 新易盛 2026-03-12 与海外客户签订长期供货框架协议
 
来源：巨潮资讯，公司公告，衡川证券研究所
 
 
4 . 投资建议
 
光 模块与光器件：关注 800G 与 1.6T 放量带来的业绩弹性，以及硅光、光芯片的国产替代。
运 营商：关注算力业务收入占比提升与高分红带来的估值修复。
算力基础设施：关注服务器、液冷与高速连接器在超节点架构下的量价齐升。
 
5 . 风险提示
 
1、AI 商业化进度低于预期：AI 应用的收费模式仍在摸索中，若付费意愿或使用量增长慢于预期，算力与网络
投 资可能放缓，相关公司的订单与盈利随之承压。
2、技术迭代不及预期：光互连、液冷、高速交换等技术仍在快速演进，若关键技术的良率、可靠性或标准化
进 度落后，产品放量时点可能推迟。
3、供应链集中与原材料短缺：光芯片、高端 GPU 与光纤预制棒等环节供应商集中，若出现产能不足、价格大
幅 上涨或交付中断，下游扩产与利润率将受影响。
4、行业竞争加剧：新进入者增加与价格竞争可能压缩毛利率，技术路线更替也可能使部分公司的既有产品较
快失去竞争力。
请务必阅读正文之后的特别声明部分 第 5 页 / 共 6 页

--- page 6 ---
衡川证券 · 通信行业月报 证券研究报告 · 2026年3月31日
行 业投资评级的说明
 
评 级基准：未来 3–6个月相对沪深 300 指数的表现。
买 入：预计未来 3–6个月内，行业指数相对沪深 300 指数的超额收益在 15% 以上。
增 持：预计未来 3–6个月内，行业指数相对沪深 300 指数的超额收益在 5% 至 15% 之间。
中 性：预计未来 3–6个月内，行业指数相对沪深 300 指数的表现在 -5% 至 5% 之间。
减持：预计未来 3–6个月内，行业指数相对沪深 300 指数的表现落后 5% 以上。
 
分 析师声明
 
本报告署名分析师均在中国证券业协会登记为证券分析师，具备证券投资咨询执业资格。报告中的观点与判断由署名分析师依据
公开信息独立形成，如实反映其本人的研究意见；分析师的薪酬与本报告中的任何具体观点或投资建议无关，也不因此获得任何
形式的补偿。
 
特 别声明
 
衡 川证券股份有限公司具备中国证券监督管理委员会核准的证券投资咨询业务资格。
本报告的数据与信息取自 Wind、工业和信息化部、海关总署、上市公司公告与主流财经媒体等公开渠道，每张图表下方注明其
来 源。
本报告由衡川证券股份有限公司（以下简称“本公司”）研究所编制，仅供本公司符合适当性要求的客户参考使用。本公司不因
任 何人收到本报告而视其为本公司的客户。
本报告所载信息来源于公开资料及本公司认为可靠的渠道，但本公司不对其准确性、完整性或及时性作出任何保证。报告中的观
点 、结论和建议仅反映研究人员在发布之日的判断，可能随市场变化而调整，恕不另行通知。
本报告不构成对任何人的投资建议，也未考虑个别投资者的投资目标、财务状况或特殊需求。投资者应独立判断并自行承担投资
风 险，必要时咨询专业顾问。本公司及研究人员不对因使用本报告而产生的任何损失承担责任。
本公司及其关联机构可能持有本报告所提及公司的证券，并可能为这些公司提供或争取提供投资银行、财务顾问等服务。投资者
应 当关注上述可能存在的利益冲突。
本报告版权归本公司所有。未经本公司书面许可，任何机构和个人不得以任何形式复制、转载、刊登或修改本报告的全部或部分
内 容；经许可引用时须注明出处为衡川证券研究所，且不得作有悖原意的删改。
本 报告仅在中华人民共和国境内（不含港澳台地区）发布。
本报告发布时间：2026年3月31日 07:30
 
联 系我们
上海 北京 深圳
电话：021-6000 1000 电话：010-6000 2000 电话：0755-6000 3000
邮箱：research-sh@hcresearch.example 邮箱：research-bj@hcresearch.example 邮箱：research-sz@hcresearch.example
邮编：200120 邮编：100032 邮编：518048
地址：上海市浦东新区示例大道 100号 20楼 地址：北京市西城区示例街 8号 12层 地址：深圳市福田区示例路 2000号 18楼
请务必阅读正文之后的特别声明部分 第 6 页 / 共 6 页

╔═ pdf/thematic ═╗
pages: 8

outline:
- DeepSeek 之后：推理算力、光通信与运营商的再定价
- 内容目录
- 一、算法与工程创新：大模型的成本曲线下移
  - （一）发展历程：两年内完成从通用模型到推理模型的迭代
  - （二）训练与推理成本：数量级的差距
  - （三）技术路线：工程能力与算法创新并重
    - 1.3.1 混合专家与负载均衡
    - 1.3.2 多 Token 预测与低精度训练
    - 1.3.3 蒸馏：小模型的能力提升
- 二、芯片：推理需求打开新的空间
  - （一）推理侧的 scaling law
  - （二）光芯片：国产化进程加快
- 三、光通信：速率迭代的节奏不变
  - （一）高速光模块需求
  - （二）LPO 与 CPO：功耗约束下的新方案
- 四、运营商：从流量管道到算力网络
- 五、投资建议：硬件链条景气延续，应用端渐次展开
  - （一）通信板块
  - （二）电子板块
- 六、重点公司评级
- 七、风险提示
- 投资评级的说明
- 分析师声明
- 特别声明

--- page 1 ---
通信行业研究 分析师：周明哲
执业证书编号：S1230523080001
邮箱：zhoumingzhe@jhresearch.example
专题报告 · 证券研究报告 分析师：何雨宁
京华证券股份有限公司 · 通信组 · 2025年2月10日 执业证书编号：S1230524110003
邮箱：heyuning@jhresearch.example
研究助理：林书航、陈可欣
 
D eepSeek 之后：推理算力、光通信与运营商的再定价
 
投  资要点
算法与工程的降本改变了算力的用法，而不是减少了算力的需求：低成本、开源且可蒸馏的模型让更多企业能够部署推
理 ，推理侧的调用量有望成为算力需求的主要增量。
光通信：速率迭代仍是主线：800G 与 1.6T 的放量节奏不因训练成本下降而放缓，LPO 与 CPO 在推理集群中的渗透值得跟
踪 ；国产光芯片在推理侧的成本优势更为突出。
运营商：从管道到算力网络：流量与推理负载的增长提高了算力网络的价值，运营商的分红与资本开支结构改善，估值仍
低 于海外同业。
投 资建议：关注光模块与光芯片、运营商、以及推理侧服务器与液冷；重点覆盖公司的评级见第六章。
风  险提示
AI 商业化进度低于预期、技术迭代不及预期、供应链集中与原材料短缺、贸易与出口管制政策变化。
请务必阅读正文之后的特别声明部分 第 1 页 / 共 8 页

--- page 2 ---
京华证券 · 通信专题报告 证券研究报告 · 2025年2月10日
内 容目录
一、算法与工程创新：大模型的成本曲线下移 3
（一）发展历程：两年内完成从通用模型到推理模型的迭代 3
（二）训练与推理成本：数量级的差距 3
（三）技术路线：工程能力与算法创新并重 3
1.3.1 混合专家与负载均衡 3
1.3.2 多 Token 预测与低精度训练 4
1.3.3 蒸馏：小模型的能力提升 4
二、芯片：推理需求打开新的空间 4
（一）推理侧的 scaling law 4
（二）光芯片：国产化进程加快 4
三、光通信：速率迭代的节奏不变 5
（一）高速光模块需求 5
（二）LPO 与 CPO：功耗约束下的新方案 6
四、运营商：从流量管道到算力网络 6
五、投资建议：硬件链条景气延续，应用端渐次展开 6
（一）通信板块 6
（二）电子板块 6
六、重点公司评级 7
七、风险提示 7
投资评级的说明 7
分析师声明 8
特别声明 8
 
图 表目录
图 1：DeepSeek 模型迭代时间线 3
图 2：每百万 Token 推理价格对比（美元） 3
图 3：混合专家 (MoE) 架构示意 3
图 4：推理时计算量与模型表现的关系（示意） 4
表 1：光芯片按功能分类 4
图 5：全球光芯片市场规模（亿美元） 5
图 6：400G 与 800G 光模块需求（百万美元） 5
表 2：传统光模块、LPO 与 CPO 的比较 6
表 3：建议关注标的盈利预测-通信（截至 2025年1月31日） 6
表 4：建议关注标的盈利预测-电子（截至 2025年1月31日） 7
表 5：通信重点覆盖公司评级 7
请务必阅读正文之后的特别声明部分 第 2 页 / 共 8 页

--- page 3 ---
京华证券 · 通信专题报告 证券研究报告 · 2025年2月10日
一 、算法与工程创新：大模型的成本曲线下移
 
DeepSeek 的训练与推理成本显著低于同代模型，带来的讨论集中在一个问题上：成本下降会减少算力需求，
还是让更多的应用用得起算力。我们的判断是后者，本章先梳理降本从何而来。
 
（ 一）发展历程：两年内完成从通用模型到推理模型的迭代
图 1：DeepSeek 模型迭代时间线
来源：公司官网，公开资料整理，京华证券研究所
 
公司自 2023年发布首个通用模型起，先后推出代码、数学与混合专家模型，2025年1月发布的推理模型在多项
基准测试中接近同期头部闭源模型。
 
（  二）训练与推理成本：数量级的差距
公开资料显示，该模型的正式训练约使用 2048块 H800 GPU，训练成本约 557.6万美元；API 的推理价格约为
每百万 Token 0.14美元，而同期可比闭源模型约为 7.5美元。
图 2：每百万 Token 推理价格对比（美元） 图 3：混合专家 (MoE) 架构示意
7
6
5
4
3
2
1
0
DeepSeek-R1 可比闭源模型
来源：公司官网，京华证券研究所 来源：公开论文，京华证券研究所
 
（ 三）技术路线：工程能力与算法创新并重
 
1 .3.1 混合专家与负载均衡
每个  Token  只激活少数专家，训练与推理的计算量随之下降；无辅助损失的负载均衡减少了专家间的性能
折损。
请务必阅读正文之后的特别声明部分 第 3 页 / 共 8 页
美元

--- page 4 ---
京华证券 · 通信专题报告 证券研究报告 · 2025年2月10日
1 .3.2 多 Token 预测与低精度训练
·  多 Token 预测提高了训练信号的密度，也为推理时的投机解码提供了基础。
· FP8 混合精度训练降低了显存占用与通信量，对互联带宽的利用更为充分。
 
1 .3.3 蒸馏：小模型的能力提升
用大模型的推理过程蒸馏出的小模型，在数学与代码任务上超过部分更大的模型，端侧部署的门槛随之下降。
 
二 、芯片：推理需求打开新的空间
 
（ 一）推理侧的 scaling law
图 4：推理时计算量与模型表现的关系（示意）
来源：公开论文，京华证券研究所
 
推理时给模型更多的思考步骤可以持续提升表现，推理算力的需求不再只与用户数成正比，也与任务的复杂度
相关。
 
（ 二）光芯片：国产化进程加快
表 1：光芯片按功能分类
类别 主要产品 作用
激光器芯片 DFB、EML、VCSEL 把电信号转为光信号
探测器芯片 PIN、APD 把光信号转为电信号
调制器芯片 硅光、薄膜铌酸锂 把信号加载到光载波上
 
来源：公开资料整理，京华证券研究所
 
请务必阅读正文之后的特别声明部分 第 4 页 / 共 8 页

--- page 5 ---
京华证券 · 通信专题报告 证券研究报告 · 2025年2月10日
图 5：全球光芯片市场规模（亿美元）
市场规模 同比
15.5
50 15
14.5
40 14
30 13.5
13
20 12.5
12
10
11.5
0 11
2020 2021 2022 2023 2024E 2025E 2026E
注：2024年及以后为预测
来源：公开资料整理，京华证券研究所
 
三 、光通信：速率迭代的节奏不变
 
（  一）高速光模块需求
推理集群同样需要高带宽的横向扩展网络。800G 光模块的需求在 2024年下半年明显放量，1.6T 预计 2025年
进入小批量交付。
图 6：400G 与 800G 光模块需求（百万美元）
400G 800G
1,400
1,200
1,000
800
600
400
200
0
1Q23 2Q23 3Q23 4Q23 1Q24 2Q24
来源：公开资料整理，京华证券研究所
请务必阅读正文之后的特别声明部分 第 5 页 / 共 8 页

--- page 6 ---
京华证券 · 通信专题报告 证券研究报告 · 2025年2月10日
（ 二）LPO 与 CPO：功耗约束下的新方案
表 2：传统光模块、LPO 与 CPO 的比较
方案 功耗 时延 可维护性 成熟度
传统可插拔光模块 较高 较高 好 成熟
线性驱动可插拔 (LPO) 低 低 好 验证中
共封装光学 (CPO) 最低 最低 差 早期
 
来源：公开资料整理，京华证券研究所
 
 
四 、运营商：从流量管道到算力网络
 
运营商的现金流与分红能力持续改善，估值仍处于历史低位。推理负载的增长提高了算力网络与边缘节点的价
值 ，我们认为运营商在 AI 时代的角色正在转变。
1 ) 算力网络：三家运营商的智算规模快速扩张，带动 400G 骨干网与数据中心互联投资。
2 ) 云与算力收入：收入占比提升，成为增长的主要来源。
3) 股东回报：分红比例逐年提高，回购计划增强确定性。
 
五 、投资建议：硬件链条景气延续，应用端渐次展开
 
（  一）通信板块
建议关注运营商、光模块与光芯片。盈利预测与估值如下。
表 3：建议关注标的盈利预测-通信（截至 2025年1月31日）
EPS（元） P/E
代码 名称 总市值
（亿元） 评级
2024E 2025E 2026E 2024E 2025E 2026E
600941.SH 中国移动 23877.77 6.48 6.86 7.25 17.13 16.18 15.31 —
600050.SH 中国联通 1555.05 0.29 0.32 0.35 17.09 15.45 14.03 —
601728.SH 中国电信 6460.40 0.36 0.39 0.41 19.66 18.25 17.03 —
300308.SZ 中际旭创 1287.32 4.95 8.11 9.34 23.20 14.16 12.29 推荐
300502.SZ 新易盛 891.47 3.50 6.45 8.55 35.93 19.50 14.71 推荐
300394.SZ 天孚通信 558.40 2.58 4.16 5.46 39.08 24.22 18.48 —
002281.SZ 光迅科技 384.18 0.98 1.37 1.72 49.43 35.30 28.14 —
000988.SZ 华工科技 395.16 1.31 1.68 2.12 29.91 23.37 18.51 —
688498.SH 源杰科技 124.44 0.31 1.27 2.35 469.71 114.65 61.96 谨慎推荐
688313.SH 仕佳光子 88.92 0.12 0.24 0.37 167.79 80.62 52.25 —
 
注 ：未评级公司采用 Wind 一致预期
来源：Wind 一致预期，京华证券研究所
 
 
（  二）电子板块
端侧 AI 的落地带动消费电子与 SoC 芯片的需求，建议关注相关产业链。
请务必阅读正文之后的特别声明部分 第 6 页 / 共 8 页

--- page 7 ---
京华证券 · 通信专题报告 证券研究报告 · 2025年2月10日
表 4：建议关注标的盈利预测-电子（截至 2025年1月31日）
代码 名称 总市值 EPS（元） P/E
（亿元） 2024E 2025E 2026E 2024E 2025E 2026E
300433.SZ 蓝思科技 1296.05 0.80 1.10 1.37 32.61 23.61 18.94
002938.SZ 鹏鼎控股 938.79 1.55 1.94 2.21 26.04 20.82 18.35
688608.SH 恒玄科技 476.59 3.24 4.86 6.58 122.44 81.74 60.31
603893.SH 瑞芯微 689.09 1.22 1.80 2.48 134.37 91.57 66.25
 
来源：Wind 一致预期，京华证券研究所
 
 
六 、重点公司评级
表 5：通信重点覆盖公司评级
代码 公司 评级 评级变动
300308.SZ 中际旭创 推荐 维持
300502.SZ 新易盛 推荐 维持
600941.SH 中国移动 推荐 维持
688498.SH 源杰科技 谨慎推荐 首次
 
来源：京华证券研究所
 
 
七 、风险提示
 
1、AI 商业化进度低于预期：AI 应用的收费模式仍在摸索中，若付费意愿或使用量增长慢于预期，算力与网络
投 资可能放缓，相关公司的订单与盈利随之承压。
2、技术迭代不及预期：光互连、液冷、高速交换等技术仍在快速演进，若关键技术的良率、可靠性或标准化
进 度落后，产品放量时点可能推迟。
3、供应链集中与原材料短缺：光芯片、高端 GPU 与光纤预制棒等环节供应商集中，若出现产能不足、价格大
幅 上涨或交付中断，下游扩产与利润率将受影响。
4、贸易与出口管制政策变化：关税或出口管制政策若进一步收紧，可能影响海外订单、关键器件采购与海外
业务的盈利能力。
 
投 资评级的说明
 
行  业评级
评 级基准：未来 6–12个月相对沪深 300 指数的表现。
推 荐：预计未来 6–12个月内，行业指数表现优于沪深 300 指数 10% 以上。
中 性：预计未来 6–12个月内，行业指数表现相对沪深 300 指数在 -10% 至 10% 之间。
回避：预计未来 6–12个月内，行业指数表现弱于沪深 300 指数 10% 以上。
请务必阅读正文之后的特别声明部分 第 7 页 / 共 8 页

--- page 8 ---
京华证券 · 通信专题报告 证券研究报告 · 2025年2月10日
公  司评级
评 级基准：未来 6–12个月公司股价相对沪深 300 指数（A 股）或恒生指数（港股）的表现。
推 荐：预计未来 6–12个月内，公司股价相对基准指数的涨幅在 20% 以上。
谨 慎推荐：预计未来 6–12个月内，公司股价相对基准指数的涨幅在 10% 至 20% 之间。
中 性：预计未来 6–12个月内，公司股价相对基准指数的变动在 -10% 至 10% 之间。
回避：预计未来 6–12个月内，公司股价相对基准指数的跌幅在 10% 以上。
 
分 析师声明
 
本报告署名分析师均在中国证券业协会登记为证券分析师，具备证券投资咨询执业资格。报告中的观点与判断由署名分析师依据
公开信息独立形成，如实反映其本人的研究意见；分析师的薪酬与本报告中的任何具体观点或投资建议无关，也不因此获得任何
形式的补偿。
 
特 别声明
 
京 华证券股份有限公司具备中国证券监督管理委员会核准的证券投资咨询业务资格。
本报告的数据与信息取自 Wind、工业和信息化部、海关总署、上市公司公告与主流财经媒体等公开渠道，每张图表下方注明其
来 源。
本报告由京华证券股份有限公司（以下简称“本公司”）研究所编制，仅供本公司符合适当性要求的客户参考使用。本公司不因
任 何人收到本报告而视其为本公司的客户。
本报告所载信息来源于公开资料及本公司认为可靠的渠道，但本公司不对其准确性、完整性或及时性作出任何保证。报告中的观
点 、结论和建议仅反映研究人员在发布之日的判断，可能随市场变化而调整，恕不另行通知。
本报告不构成对任何人的投资建议，也未考虑个别投资者的投资目标、财务状况或特殊需求。投资者应独立判断并自行承担投资
风 险，必要时咨询专业顾问。本公司及研究人员不对因使用本报告而产生的任何损失承担责任。
本公司及其关联机构可能持有本报告所提及公司的证券，并可能为这些公司提供或争取提供投资银行、财务顾问等服务。投资者
应 当关注上述可能存在的利益冲突。
本报告版权归本公司所有。未经本公司书面许可，任何机构和个人不得以任何形式复制、转载、刊登或修改本报告的全部或部分
内 容；经许可引用时须注明出处为京华证券研究所，且不得作有悖原意的删改。
本 报告仅在中华人民共和国境内（不含港澳台地区）发布。
本报告发布时间：2025年2月10日 08:00
 
联 系我们
上海 北京 深圳
电话：021-6100 1000 电话：010-6000 2000 电话：0755-6000 3000
邮箱：research-sh@jhresearch.example 邮箱：research-bj@jhresearch.example 邮箱：research-sz@jhresearch.example
邮编：200120 邮编：100032 邮编：518048
地址：上海市浦东新区示例大道 100号 20楼 地址：北京市西城区示例街 8号 12层 地址：深圳市福田区示例路 2000号 18楼
请务必阅读正文之后的特别声明部分 第 8 页 / 共 8 页

╔═ rixml ═╗
<?xml version="1.0" encoding="UTF-8"?>
<Research createDateTime="2026-03-26T23:30:00Z" language="zho" researchID="81c09542-d9c4-33b4-b11c-1c5e317a6963" xmlns="http://www.rixml.org/2017/9/RIXML">
  <Product productID="10a5b77d-b139-3abb-8e5a-5d53d19c13e5">
    <StatusInfo currentStatusIndicator="Yes" statusDateTime="2026-03-26T23:30:00Z" statusType="Published"/>
    <Source>
      <Organization primaryIndicator="Yes" type="SellSideFirm">
        <OrganizationID idType="PublisherDefined">衡川证券</OrganizationID>
        <OrganizationName nameType="Display">衡川证券股份有限公司</OrganizationName>
        <PersonGroup>
          <PersonGroupMember primaryIndicator="Yes" role="Author" sequence="1">
            <Person personID="09c0ae96-7d0a-3222-bac1-6c6ed54190dc">
              <FamilyName>林</FamilyName>
              <GivenName>知远</GivenName>
              <DisplayName>林知远</DisplayName>
              <Credentials>S0990524070001</Credentials>
              <ContactInfo nature="Business">
                <Email>linzhiyuan@hcresearch.example</Email>
              </ContactInfo>
            </Person>
          </PersonGroupMember>
        </PersonGroup>
      </Organization>
    </Source>
    <Content>
      <Title>通信行业周报 (2026-W13)：光交换场景持续拓宽，国产 AI 芯片验证推进顺利</Title>
      <Abstract>光交换场景持续拓宽，国产 AI 芯片验证推进顺利
OFC 2026 前瞻研讨：NVIDIA、Lumentum、Meta 等厂商集中讨论光电路交换 (OCS)。我们的理解是，模型参数与推理时计算量的双重增长正在把高带宽网络推向系统设计的中心，OCS 已在横向扩展中落地，纵向扩展仍待集成与可靠性问题解决。
Lumentum：OCS 单季营收提前突破千万美元，在手订单超过 4亿美元，公司预计到 2027年底开始交付首批 CPO 产品。光交换与共封装光学的需求确定性在提升。
华为：新款 AI 芯片的客户测试进展顺利，字节跳动、阿里巴巴等有意采购。相较上一代产品，这是国产算力供给的一次实质性进展。
光缆价格：黑龙江电信应急采购中，G.652D 24芯室外光缆不含税单价达 3737.43元/皮长公里，折合约 155.73元/芯公里，光缆供给偏紧的判断得到印证。
Google：发布 TurboQuant 压缩算法，无需重新训练即可把键值缓存压缩到 3 bit，内存占用约降至六分之一，H100 上最高提速约 8倍，对推理成本与存储需求的影响值得跟踪。
字节跳动：火山引擎日均大模型调用量已超过 100万亿 Tokens，春节后不到两个月增长超 60%，国内推理需求的增长仍在加速。
月之暗面：据报道正评估赴港上市，并寻求最高 10亿美元的私募融资，对应估值约 180亿美元，大模型公司的资本化节奏加快。
Arm：首次推出自研 AGI CPU，最高 136核、功耗 300瓦，由台积电代工，Meta 为首个大客户；公司预计五年后芯片与 IP 业务合计年收入约 250亿美元。</Abstract>
      <Resource language="zho" primaryIndicator="Yes" resourceID="ebb2fc5e-3421-3a34-b0e7-b891f99700e6" sequence="1">
        <MIMEType>application/pdf</MIMEType>
        <Name>telecom-weekly-2026-W13.pdf</Name>
      </Resource>
      <Resource language="zho" primaryIndicator="No" resourceID="f70d4347-c1e1-362f-8c74-e8aa38d378ee" sequence="2">
        <MIMEType>text/html</MIMEType>
        <Name>telecom-weekly-2026-W13.html</Name>
      </Resource>
      <Resource language="zho" primaryIndicator="No" resourceID="fe9f1d97-2a8e-3b61-9f99-1b2b18e149d7" sequence="3">
        <MIMEType>text/markdown</MIMEType>
        <Name>telecom-weekly-2026-W13.md</Name>
      </Resource>
    </Content>
    <Context external="Yes">
      <ProductDetails periodicalIndicator="Yes" publicationDateTime="2026-03-26T23:30:00Z">
        <ProductCategory productCategory="Report">行业周报</ProductCategory>
        <ProductSeries>
          <Periodicity periodicityValue="Weekly"/>
          <SeriesName>通信行业周报</SeriesName>
          <SeriesID>fe81c801-fc30-3828-88d2-f314d2540ae5</SeriesID>
        </ProductSeries>
      </ProductDetails>
      <ProductClassifications>
        <SectorIndustry classificationType="PublisherDefined" code="telecom" focusLevel="Yes" level="1" primaryIndicator="Yes">
          <Rating rating="PublisherDefined" ratingAction="Reiterate" ratingDateTime="2026-03-26T23:30:00Z">
            <PublisherDefinedValue>买入</PublisherDefinedValue>
            <RatingEntity ratingEntity="Publisher"/>
          </Rating>
          <Name>通信</Name>
        </SectorIndustry>
      </ProductClassifications>
    </Context>
  </Product>
</Research>

╔═ rixml/monthly ═╗
<?xml version="1.0" encoding="UTF-8"?>
<Research createDateTime="2026-03-30T23:30:00Z" language="zho" researchID="bbfc5a1c-4101-350d-aa26-0eedacfd55b7" xmlns="http://www.rixml.org/2017/9/RIXML">
  <Product productID="192655c3-2bbc-3402-bef9-80a0f0a022dc">
    <StatusInfo currentStatusIndicator="Yes" statusDateTime="2026-03-30T23:30:00Z" statusType="Published"/>
    <Source>
      <Organization primaryIndicator="Yes" type="SellSideFirm">
        <OrganizationID idType="PublisherDefined">衡川证券</OrganizationID>
        <OrganizationName nameType="Display">衡川证券股份有限公司</OrganizationName>
        <PersonGroup>
          <PersonGroupMember primaryIndicator="Yes" role="Author" sequence="1">
            <Person personID="09c0ae96-7d0a-3222-bac1-6c6ed54190dc">
              <FamilyName>林</FamilyName>
              <GivenName>知远</GivenName>
              <DisplayName>林知远</DisplayName>
              <Credentials>S0990524070001</Credentials>
              <ContactInfo nature="Business">
                <Email>linzhiyuan@hcresearch.example</Email>
              </ContactInfo>
            </Person>
          </PersonGroupMember>
          <PersonGroupMember primaryIndicator="No" role="Author" sequence="2">
            <Person personID="27f11284-8965-364d-a18f-1925d4687031">
              <FamilyName>苏</FamilyName>
              <GivenName>晓岚</GivenName>
              <DisplayName>苏晓岚</DisplayName>
              <Credentials>S0990525030002</Credentials>
              <ContactInfo nature="Business">
                <Email>suxiaolan@hcresearch.example</Email>
              </ContactInfo>
            </Person>
          </PersonGroupMember>
        </PersonGroup>
      </Organization>
    </Source>
    <Content>
      <Title>通信行业月报 (2026-03)：AI 应用流量继续扩张，推理需求外溢至光互连与算力网络</Title>
      <Abstract>AI 应用流量继续扩张，推理需求外溢至光互连与算力网络
光模块：海外云厂商的资本开支指引仍在上修，800G 进入放量中段，1.6T 的送样与小批量交付提前。我们认为推理侧带宽需求的增长斜率已不低于训练侧，光模块的景气在 2026年内有望延续。
运营商：三家运营商的智算规模继续扩张，云与算力收入占比提升，分红与回购的确定性仍是板块估值的锚。传统业务增速放缓对利润的拖累正在减弱。
算力与 IDC：国产 AI 芯片的客户验证进展顺利，智算中心的建设节奏有望加快；液冷与高速连接器的单机价值量随超节点架构渗透而提升。
AI 应用：国内外头部 AI 应用的访问量保持环比增长，个人助手与搜索仍是流量最集中的两类，视频生成工具的迭代加快。我们建议关注调用量增长带来的推理算力需求。</Abstract>
      <Resource language="zho" primaryIndicator="Yes" resourceID="fb6033e1-1b23-3ee4-8d44-ec13df7ea63a" sequence="1">
        <MIMEType>application/pdf</MIMEType>
        <Name>telecom-monthly-2026-03.pdf</Name>
      </Resource>
      <Resource language="zho" primaryIndicator="No" resourceID="e7505520-a18c-3cf5-8d51-661850020a16" sequence="2">
        <MIMEType>text/html</MIMEType>
        <Name>telecom-monthly-2026-03.html</Name>
      </Resource>
      <Resource language="zho" primaryIndicator="No" resourceID="8053cb51-630c-30ab-9915-46ca37ad5947" sequence="3">
        <MIMEType>text/markdown</MIMEType>
        <Name>telecom-monthly-2026-03.md</Name>
      </Resource>
    </Content>
    <Context external="Yes">
      <ProductDetails periodicalIndicator="Yes" publicationDateTime="2026-03-30T23:30:00Z">
        <ProductCategory productCategory="Report">行业月报</ProductCategory>
        <ProductSeries>
          <Periodicity periodicityValue="Monthly"/>
          <SeriesName>通信行业月报</SeriesName>
          <SeriesID>e997d237-61d0-3fc4-a553-d7e8dbeefe6c</SeriesID>
        </ProductSeries>
      </ProductDetails>
      <ProductClassifications>
        <SectorIndustry classificationType="PublisherDefined" code="telecom" focusLevel="Yes" level="1" primaryIndicator="Yes">
          <Rating rating="PublisherDefined" ratingAction="Reiterate" ratingDateTime="2026-03-30T23:30:00Z">
            <PublisherDefinedValue>买入</PublisherDefinedValue>
            <RatingEntity ratingEntity="Publisher"/>
          </Rating>
          <Name>通信</Name>
        </SectorIndustry>
      </ProductClassifications>
    </Context>
  </Product>
</Research>

╔═ rixml/thematic ═╗
<?xml version="1.0" encoding="UTF-8"?>
<Research createDateTime="2025-02-10T00:00:00Z" language="zho" researchID="ec7f2e22-f886-3af8-82df-3d410d4402d5" xmlns="http://www.rixml.org/2017/9/RIXML">
  <Product productID="e604a26d-bbe1-3875-b806-af66e2494580">
    <StatusInfo currentStatusIndicator="Yes" statusDateTime="2025-02-10T00:00:00Z" statusType="Published"/>
    <Source>
      <Organization primaryIndicator="Yes" type="SellSideFirm">
        <OrganizationID idType="PublisherDefined">京华证券</OrganizationID>
        <OrganizationName nameType="Display">京华证券股份有限公司</OrganizationName>
        <PersonGroup>
          <PersonGroupMember primaryIndicator="Yes" role="Author" sequence="1">
            <Person personID="17fbbf42-1ef3-3641-a5df-d73f9527f377">
              <FamilyName>周</FamilyName>
              <GivenName>明哲</GivenName>
              <DisplayName>周明哲</DisplayName>
              <Credentials>S1230523080001</Credentials>
              <ContactInfo nature="Business">
                <Email>zhoumingzhe@jhresearch.example</Email>
              </ContactInfo>
            </Person>
          </PersonGroupMember>
          <PersonGroupMember primaryIndicator="No" role="Author" sequence="2">
            <Person personID="0b4e8f6d-cc79-37d6-99d1-03a5650b3d0d">
              <FamilyName>何</FamilyName>
              <GivenName>雨宁</GivenName>
              <DisplayName>何雨宁</DisplayName>
              <Credentials>S1230524110003</Credentials>
              <ContactInfo nature="Business">
                <Email>heyuning@jhresearch.example</Email>
              </ContactInfo>
            </Person>
          </PersonGroupMember>
        </PersonGroup>
      </Organization>
    </Source>
    <Content>
      <Title>通信专题报告 (2025-02-10-deepseek)：DeepSeek 之后：推理算力、光通信与运营商的再定价</Title>
      <Abstract>DeepSeek 之后：推理算力、光通信与运营商的再定价
算法与工程的降本改变了算力的用法，而不是减少了算力的需求：低成本、开源且可蒸馏的模型让更多企业能够部署推理，推理侧的调用量有望成为算力需求的主要增量。
光通信：速率迭代仍是主线：800G 与 1.6T 的放量节奏不因训练成本下降而放缓，LPO 与 CPO 在推理集群中的渗透值得跟踪；国产光芯片在推理侧的成本优势更为突出。
运营商：从管道到算力网络：流量与推理负载的增长提高了算力网络的价值，运营商的分红与资本开支结构改善，估值仍低于海外同业。
投资建议：关注光模块与光芯片、运营商、以及推理侧服务器与液冷；重点覆盖公司的评级见第六章。</Abstract>
      <Resource language="zho" primaryIndicator="Yes" resourceID="314a0acc-22df-377c-b262-666ab31bbf0a" sequence="1">
        <MIMEType>application/pdf</MIMEType>
        <Name>telecom-thematic-2025-02-10-deepseek.pdf</Name>
      </Resource>
      <Resource language="zho" primaryIndicator="No" resourceID="085a23fa-6408-33a1-bd97-98767d447a3c" sequence="2">
        <MIMEType>text/html</MIMEType>
        <Name>telecom-thematic-2025-02-10-deepseek.html</Name>
      </Resource>
      <Resource language="zho" primaryIndicator="No" resourceID="d1d20fe5-9fd3-34f4-84d4-5a5db6711ddb" sequence="3">
        <MIMEType>text/markdown</MIMEType>
        <Name>telecom-thematic-2025-02-10-deepseek.md</Name>
      </Resource>
    </Content>
    <Context external="Yes">
      <IssuerDetails>
        <Issuer issuerType="Corporate" primaryIndicator="No">
          <SecurityDetails>
            <Security primaryIndicator="Yes">
              <SecurityID idType="PublisherDefined" idValue="300308.SZ" publisherDefinedValue="ExchangeCode"/>
              <AssetClass assetClass="Equity"/>
              <AssetType assetType="Stock"/>
              <Rating rating="PublisherDefined" ratingAction="Reiterate" ratingDateTime="2025-02-10T00:00:00Z">
                <PublisherDefinedValue>推荐</PublisherDefinedValue>
                <RatingEntity ratingEntity="Publisher"/>
              </Rating>
            </Security>
          </SecurityDetails>
          <IssuerID idType="PublisherDefined" idValue="300308.SZ" publisherDefinedValue="ExchangeCode"/>
          <IssuerName nameType="Display">
            <NameValue>中际旭创</NameValue>
          </IssuerName>
        </Issuer>
        <Issuer issuerType="Corporate" primaryIndicator="No">
          <SecurityDetails>
            <Security primaryIndicator="Yes">
              <SecurityID idType="PublisherDefined" idValue="300502.SZ" publisherDefinedValue="ExchangeCode"/>
              <AssetClass assetClass="Equity"/>
              <AssetType assetType="Stock"/>
              <Rating rating="PublisherDefined" ratingAction="Reiterate" ratingDateTime="2025-02-10T00:00:00Z">
                <PublisherDefinedValue>推荐</PublisherDefinedValue>
                <RatingEntity ratingEntity="Publisher"/>
              </Rating>
            </Security>
          </SecurityDetails>
          <IssuerID idType="PublisherDefined" idValue="300502.SZ" publisherDefinedValue="ExchangeCode"/>
          <IssuerName nameType="Display">
            <NameValue>新易盛</NameValue>
          </IssuerName>
        </Issuer>
        <Issuer issuerType="Corporate" primaryIndicator="No">
          <SecurityDetails>
            <Security primaryIndicator="Yes">
              <SecurityID idType="PublisherDefined" idValue="600941.SH" publisherDefinedValue="ExchangeCode"/>
              <AssetClass assetClass="Equity"/>
              <AssetType assetType="Stock"/>
              <Rating rating="PublisherDefined" ratingAction="Reiterate" ratingDateTime="2025-02-10T00:00:00Z">
                <PublisherDefinedValue>推荐</PublisherDefinedValue>
                <RatingEntity ratingEntity="Publisher"/>
              </Rating>
            </Security>
          </SecurityDetails>
          <IssuerID idType="PublisherDefined" idValue="600941.SH" publisherDefinedValue="ExchangeCode"/>
          <IssuerName nameType="Display">
            <NameValue>中国移动</NameValue>
          </IssuerName>
        </Issuer>
        <Issuer issuerType="Corporate" primaryIndicator="No">
          <SecurityDetails>
            <Security primaryIndicator="Yes">
              <SecurityID idType="PublisherDefined" idValue="688498.SH" publisherDefinedValue="ExchangeCode"/>
              <AssetClass assetClass="Equity"/>
              <AssetType assetType="Stock"/>
              <Rating rating="PublisherDefined" ratingAction="Initiate" ratingDateTime="2025-02-10T00:00:00Z">
                <PublisherDefinedValue>谨慎推荐</PublisherDefinedValue>
                <RatingEntity ratingEntity="Publisher"/>
              </Rating>
            </Security>
          </SecurityDetails>
          <IssuerID idType="PublisherDefined" idValue="688498.SH" publisherDefinedValue="ExchangeCode"/>
          <IssuerName nameType="Display">
            <NameValue>源杰科技</NameValue>
          </IssuerName>
        </Issuer>
      </IssuerDetails>
      <ProductDetails periodicalIndicator="No" publicationDateTime="2025-02-10T00:00:00Z">
        <ProductCategory productCategory="Report">专题报告</ProductCategory>
      </ProductDetails>
      <ProductClassifications>
        <SectorIndustry classificationType="PublisherDefined" code="telecom" focusLevel="Yes" level="1" primaryIndicator="Yes">
          <Name>通信</Name>
        </SectorIndustry>
      </ProductClassifications>
    </Context>
  </Product>
</Research>

╔═ [end of file] ═╗
