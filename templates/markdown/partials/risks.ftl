<#-- 风险提示: the desk's standard wording for the risks this week lists. -->
<#assign section = report.risks>
## ${section.heading.text}

<#list section.items as risk>
**${risk.number}${labels["punct.item"]}${risk.title}**${labels["punct.colon"]}${risk.text}

</#list>
