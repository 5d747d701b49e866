<#-- 内容目录 and 图表目录: every heading and every figure, in order. -->
## ${labels["contents.title"]}

<#list report.outline() as heading>
<#if heading.level == 1>- <#else>  - </#if>${heading.text}
</#list>

## ${labels["contents.figures"]}

<#list report.figures() as figure>
- ${figure.title()}
</#list>

