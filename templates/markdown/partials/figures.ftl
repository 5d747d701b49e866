<#-- Charts: caption, a link to the SVG drawing beside the .md file, source line. -->
<#macro figures block>
<#list block.figures as figure>
**${figure.title}**

![${figure.caption}](${figure.file})

${figure.source}

</#list>
</#macro>
