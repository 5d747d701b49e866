<#-- The weekly as Markdown (CommonMark with pipe tables). ${…} escapes Markdown syntax in content. -->
<#import "partials/figure.ftl" as fig>
<#include "partials/cover.ftl">
<#include "partials/contents.ftl">
<#include "partials/segments.ftl">
<#include "partials/core-data.ftl">
<#include "partials/market.ftl">
<#include "partials/news.ftl">
<#include "partials/companies.ftl">
<#include "partials/risks.ftl">
<#include "partials/rating-definitions.ftl">
<#include "partials/certification.ftl">
<#include "partials/disclaimer.ftl">
