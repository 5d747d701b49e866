<#-- 一、细分行业观点: each segment's index moves, commentary and index chart, then the 景气度 table. -->
<#assign section = report.segments>
## ${section.heading.text}

<#list section.segments as segment>
**${segment.name}**${labels["punct.colon"]}${segment.moves}${rich(segment.commentary)}

<#if segment.chart??><@fig.chart segment.chart /></#if>
</#list>
<@fig.table section.sentiment />

