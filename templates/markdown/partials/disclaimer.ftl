<#-- 特别声明 and contacts: the desk's legal text, verbatim from desk.yaml. -->
<#assign section = report.disclaimer>
## ${section.heading.text}

${section.licenceStatement}

${section.informationSources}

<#list section.paragraphs as paragraph>
${paragraph}

</#list>
${section.published}

### ${section.contactsTitle}

<#list section.offices as office>
**${office.city}**${labels["punct.colon"]}<#list office.lines as line>${line}<#sep>${labels["punct.semicolon"]}</#list>

</#list>
