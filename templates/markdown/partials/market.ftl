<#-- 三、本周行情: the sector's move and rank, then the top gainers and losers. -->
<#assign section = report.market>
## ${section.heading.text}

${section.review}

${section.movers}

<@fig.table section.table />

