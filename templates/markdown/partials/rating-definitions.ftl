<#-- 行业投资评级的说明: the desk's rating scale, verbatim from desk.yaml. -->
<#assign section = report.ratings>
## ${section.heading.text}

${section.basis}

<#list section.ratings as rating>
- **${rating.name}**：${rating.definition}
</#list>

