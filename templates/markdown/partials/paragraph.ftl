<#macro paragraph p>
${rich(p.text)}

</#macro>
