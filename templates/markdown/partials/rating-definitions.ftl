<#-- 行业投资评级的说明: the desk's rating scales, verbatim from desk.yaml. -->
<#assign section = report.ratings>
## ${section.heading.text}

<#list section.scales as scale>
<#if scale.title??>
### ${scale.title}

</#if>
${scale.basis}

<#list scale.ratings as rating>
- **${rating.name}**${labels["punct.colon"]}${rating.definition}
</#list>

</#list>
