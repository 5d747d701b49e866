<#-- 四、本周重要新闻: industry news, company news, big-tech tracking. -->
<#assign section = report.news>
## ${section.heading.text}

<#list section.groups as group>
### ${group.heading.text}

<#list group.companies as company>
<#if company.company?has_content>
#### ${company.company}

</#if>
<#list company.items as item>
${item.date} ${rich(item.text)} ${item.source}

</#list>
</#list>
</#list>
