<#-- 重点公司评级: the covered companies' ratings this week, when the week lists them. -->
<#if report.companies??>
<#assign section = report.companies>
## ${section.heading.text}

<@fig.table section.table />
</#if>
