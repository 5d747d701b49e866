<#-- 内容目录 and 图表目录: every listed heading, indented by level, and every figure, in order. -->
## ${labels["contents.title"]}

<#list document.outline() as heading>
${""?left_pad((heading.level - 1) * 2)}- ${heading.text}
</#list>

## ${labels["contents.figures"]}

<#list document.figures() as figure>
- ${figure.title}
</#list>

