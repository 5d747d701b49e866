<#-- 三、本周行情: the sector's move and rank among all industries, then the top gainers and losers. -->
<#assign section = report.market>
## ${section.heading.text}

${section.review}

<#if section.industries??><@fig.chart section.industries /></#if>
${section.movers}

<@fig.chart section.moversChart />
<@fig.table section.table />

