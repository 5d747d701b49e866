<#-- 一、细分行业观点: each segment's index moves and commentary, then the 景气度 table. -->
<#assign section = report.segments>
## ${section.heading.text}

<#list section.segments as segment>
**${segment.name}**：${segment.moves}${rich(segment.commentary)}

</#list>
<@fig.table section.sentiment />

