<#-- 分析师声明: the analyst certification, verbatim from desk.yaml. -->
<#assign section = report.certification>
## ${section.heading.text}

${section.text}

